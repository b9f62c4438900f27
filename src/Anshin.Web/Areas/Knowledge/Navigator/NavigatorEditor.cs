using System.Globalization;
using Anshin.Web.Areas.Knowledge.Search;
using Anshin.Web.Areas.Knowledge.Services;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Knowledge.Navigator;

/// <summary>
/// Changes to a language's navigator: every change is a new version of the whole tree (ADR 0010), made from the
/// version the writer was looking at — a change based on an older one is refused, so two writers never overwrite each
/// other. Publishing makes the current version the public one (after <see cref="NavigatorTree.Problems"/>), indexes its
/// pages for the site search and clears the public page cache. Restoring copies an old version as a new one.
/// </summary>
public sealed class NavigatorEditor(AnshinDbContext db, AuditLog audit, IOutputCacheStore cache, TimeProvider clock, SiteIndexer indexer)
{
    public static readonly IReadOnlyList<string> Languages = ["ja", "en"];

    /// <summary>The state of the language and its current (draft) tree; an empty tree at version 0 before the first save.</summary>
    public async Task<(NavigatorState State, NavigatorTree Tree)> DraftAsync(string language, CancellationToken ct)
    {
        var state = await db.Set<NavigatorState>().AsNoTracking().SingleOrDefaultAsync(s => s.Language == language, ct)
            ?? new NavigatorState { Language = language };
        return (state, await TreeAsync(language, state.CurrentVersion, ct) ?? new NavigatorTree());
    }

    /// <summary>The tree of one version, or null when there is no such version.</summary>
    public async Task<NavigatorTree?> TreeAsync(string language, int number, CancellationToken ct)
    {
        var json = await db.Set<NavigatorVersion>().Where(v => v.Language == language && v.Number == number)
            .Select(v => v.Document).SingleOrDefaultAsync(ct);
        return json is null ? null : NavigatorTree.Parse(json);
    }

    /// <summary>
    /// Saves <paramref name="tree"/> as the next version, if the current version is still <paramref name="basedOn"/>.
    /// </summary>
    /// <returns>The new version's number, or null when someone saved another version first.</returns>
    public async Task<int?> SaveAsync(string language, NavigatorTree tree, int basedOn, string note, string savedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var state = await db.Set<NavigatorState>().SingleOrDefaultAsync(s => s.Language == language, ct);
        if ((state?.CurrentVersion ?? 0) != basedOn)
        {
            return null;
        }

        if (state is null)
        {
            state = new NavigatorState { Language = language };
            db.Add(state);
        }

        state.CurrentVersion = basedOn + 1;
        db.Add(new NavigatorVersion
        {
            Language = language,
            Number = state.CurrentVersion,
            Document = tree.ToJson(),
            SavedAt = clock.GetUtcNow().UtcDateTime,
            SavedBy = savedBy,
            Note = note.Length > 500 ? note[..500] : note,
        });
        audit.Add(KnowledgeAudit.NavigatorSaved, Target(language), detail: $"v{state.CurrentVersion} {note}");
        try
        {
            // The unique (language, number) index turns a race between two writers into a refusal for the second.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }

        return state.CurrentVersion;
    }

    /// <summary>Publishes the current version; returns what stops it instead when the tree is not ready.</summary>
    public async Task<IReadOnlyList<(string Key, string Message)>> PublishAsync(string language, string publishedBy, CancellationToken ct)
    {
        var state = await db.Set<NavigatorState>().SingleOrDefaultAsync(s => s.Language == language, ct);
        var tree = state is null ? null : await TreeAsync(language, state.CurrentVersion, ct);
        if (state is null || tree is null)
        {
            return [("", "Navigator.Error.Empty")];
        }

        var problems = tree.Problems();
        if (problems.Count > 0)
        {
            return problems;
        }

        state.PublishedVersion = state.CurrentVersion;
        state.PublishedAt = clock.GetUtcNow().UtcDateTime;
        state.PublishedBy = publishedBy;
        audit.Add(KnowledgeAudit.NavigatorPublished, Target(language), detail: $"v{state.CurrentVersion}");
        await db.SaveChangesAsync(ct);
        await indexer.IndexNavigatorAsync(language, tree, state.PublishedAt.Value, ct);
        await PublicPageCache.EvictAsync(cache, ct);
        return [];
    }

    /// <summary>Makes version <paramref name="number"/> the current one again, as a new version; false when it does not exist.</summary>
    public async Task<bool> RestoreAsync(string language, int number, string savedBy, CancellationToken ct)
    {
        var (state, _) = await DraftAsync(language, ct);
        if (await TreeAsync(language, number, ct) is not { } old)
        {
            return false;
        }

        var saved = await SaveAsync(language, old, state.CurrentVersion, string.Create(CultureInfo.InvariantCulture, $"restore v{number}"), savedBy, ct);
        return saved is not null;
    }

    private static string Target(string language) => $"navigator:{language}";
}
