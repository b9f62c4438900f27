using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Anshin.BrowserTests.Infrastructure;

/// <summary>What a page reports as broken while a test uses it: console errors, uncaught script errors, CSP violations.</summary>
public sealed class PageProblems
{
    private const string ReportCspViolation = "anshinTestReportCspViolation";

    private readonly ConcurrentQueue<string> problems = new();

    public IReadOnlyList<string> All => [.. problems];

    /// <summary>Starts watching; call before the first navigation.</summary>
    public static async Task<PageProblems> WatchAsync(IPage page)
    {
        var watcher = new PageProblems();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watcher.problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => watcher.problems.Enqueue($"script error: {error}");

        // Init scripts and exposed functions come from DevTools, so the page's own CSP does not block the listener.
        await page.ExposeFunctionAsync(ReportCspViolation, (string violation) => watcher.problems.Enqueue($"CSP violation: {violation}"));
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window." + ReportCspViolation +
            "(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));");
        return watcher;
    }
}
