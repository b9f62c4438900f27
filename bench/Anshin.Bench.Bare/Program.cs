using System.Text;

namespace Anshin.Bench.Bare;

/// <summary>
/// Bare Kestrel baseline for <c>bench/http/run.sh</c>: GET / returns a fixed ~5 KB Japanese HTML page (the size of the Anshin home page),
/// with no middleware, no database and no Razor. Listens on the URL given by <c>--urls</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();

        var app = builder.Build();
        var page = Encoding.UTF8.GetBytes(Page.Html);

        app.MapGet("/", (HttpContext context) =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = page.Length;
            return context.Response.Body.WriteAsync(page).AsTask();
        });

        app.Run();
    }
}
