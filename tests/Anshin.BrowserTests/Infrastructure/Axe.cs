using System.Text.Json;
using Microsoft.Playwright;

namespace Anshin.BrowserTests.Infrastructure;

/// <summary>Runs the vendored axe-core (Vendor/update-axe.sh) in a page and returns what it found.</summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vendor", "axe-core", "axe.min.js")));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Violations of the WCAG 2.0–2.2 A and AA rules. The page's context must bypass CSP to take the script.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> WcagViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Source.Value });
        var json = await page.EvaluateAsync<string>(
            """
            async () => {
              const results = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
              });
              return JSON.stringify(results.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                nodes: v.nodes.map(n => `${n.target.join(' ')}: ${n.failureSummary}`),
              })));
            }
            """);
        return JsonSerializer.Deserialize<AxeViolation[]>(json, Json) ?? [];
    }
}

public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Nodes)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() => $"{Id} ({Impact}): {Help}\n    {string.Join("\n    ", Nodes)}";
}
