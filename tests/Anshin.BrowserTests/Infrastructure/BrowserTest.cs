using Microsoft.Playwright;

namespace Anshin.BrowserTests.Infrastructure;

/// <summary>A browser test: every page it opens gets a fresh context (no cookies) against the shared app.</summary>
public abstract class BrowserTest(AppProcess app, Chromium chromium) : IAsyncLifetime
{
    private readonly List<IBrowserContext> contexts = [];

    protected AppProcess App => app;

    /// <param name="bypassCsp">Only for injecting test tooling (axe-core); the app's own pages never need it.</param>
    /// <param name="javaScript">False to browse as with script turned off.</param>
    /// <param name="phone">A small touch screen (375 × 667, mobile, touch), as a smartphone shows the site.</param>
    protected async Task<IPage> OpenPageAsync(bool bypassCsp = false, bool javaScript = true, bool phone = false)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl.ToString(),
            BypassCSP = bypassCsp,
            JavaScriptEnabled = javaScript,
            ViewportSize = phone ? new ViewportSize { Width = 375, Height = 667 } : null,
            IsMobile = phone,
            HasTouch = phone,
        });
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
    }
}
