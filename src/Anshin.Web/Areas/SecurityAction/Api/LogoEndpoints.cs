using Anshin.Core.Imaging;
using Anshin.Core.SecurityAction;

namespace Anshin.Web.Areas.SecurityAction.Api;

/// <summary>
/// The SECURITY ACTION logos, drawn by the app: <c>/security-action/logo/one-star.svg</c> (or <c>.png</c>) and
/// <c>two-stars</c>. The same for every declarant of a level, so they are made once and cached for a day.
/// </summary>
public static class LogoEndpoints
{
    private static readonly Dictionary<DeclarationLevel, Lazy<byte[]>> Pngs = new()
    {
        [DeclarationLevel.OneStar] = new(() => DeclarationLogo.Png(DeclarationLevel.OneStar)),
        [DeclarationLevel.TwoStars] = new(() => DeclarationLogo.Png(DeclarationLevel.TwoStars)),
    };

    public static void MapLogoEndpoints(this WebApplication app)
    {
        app.MapGet("/security-action/logo/{name}", (string name, HttpContext http) =>
        {
            var dot = name.LastIndexOf('.');
            var level = dot < 0 ? null : Level(name[..dot]);
            var extension = dot < 0 ? "" : name[(dot + 1)..];
            if (level is not { } l || extension is not ("svg" or "png"))
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=86400";
            var download = http.Request.Query.ContainsKey("download");
            var fileName = download ? $"security-action-{name}" : null;
            return extension == "svg"
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(DeclarationLogo.Svg(l)), "image/svg+xml", fileName)
                : Results.File(Pngs[l].Value, "image/png", fileName);
        }).ExcludeFromDescription().AllowAnonymous();
    }

    public static string Slug(DeclarationLevel level) => level == DeclarationLevel.TwoStars ? "two-stars" : "one-star";

    private static DeclarationLevel? Level(string slug) => slug switch
    {
        "one-star" => DeclarationLevel.OneStar,
        "two-stars" => DeclarationLevel.TwoStars,
        _ => null,
    };
}
