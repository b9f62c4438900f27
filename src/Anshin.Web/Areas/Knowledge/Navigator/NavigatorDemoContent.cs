using Anshin.Web.Platform.Data;

namespace Anshin.Web.Areas.Knowledge.Navigator;

/// <summary>The seeded navigator (Seed/navigator-ja.json, Seed/navigator-en.json): the common symptoms the desk hears, saved and published.</summary>
public sealed class NavigatorDemoContent(NavigatorEditor editor) : IDemoContent
{
    public int Order => 210;

    public async Task SeedAsync(AnshinDbContext db, CancellationToken ct)
    {
        foreach (var language in NavigatorEditor.Languages)
        {
            var tree = NavigatorTree.Parse(await SeedFile.ReadAsync($"navigator-{language}.json", ct));
            var (state, _) = await editor.DraftAsync(language, ct);
            if (state.CurrentVersion > 0)
            {
                continue;
            }

            await editor.SaveAsync(language, tree, 0, "demo", "demo", ct);
            var problems = await editor.PublishAsync(language, "demo", ct);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"The seeded navigator ({language}) cannot be published: {string.Join(", ", problems)}");
            }
        }
    }
}
