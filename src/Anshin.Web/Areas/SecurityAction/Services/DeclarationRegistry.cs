using System.Runtime.CompilerServices;
using Anshin.Core.Organisations;
using Anshin.Core.SecurityAction;
using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Anshin.Web.Areas.SecurityAction.Services;

/// <summary>What anyone may know about a declaration: never the contact person, address or e-mail.</summary>
public sealed record PublicDeclaration(string Id, int Level, string OrganisationName, int Prefecture, string Industry,
    DeclarationState State, DateTime DeclaredAt, DateTime UpdatedAt, DateTime? WithdrawnAt, DateTime? SuspendedAt)
{
    /// <summary>Changes whenever anything shown changes: the ETag of the verification API.</summary>
    public string Version => $"\"{Id}-{(int)State}-{UpdatedAt.Ticks:x}\"";
}

/// <summary>A page of the public list of declarants.</summary>
public sealed record DeclarantPage(IReadOnlyList<PublicDeclaration> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Filters of the public list: name (or kana), prefecture, industry and level.</summary>
public sealed record DeclarantQuery(string? Name, int? Prefecture, string? Industry, int? Level, int Page = 1);

/// <summary>How many active declarations there are, by level, prefecture and industry.</summary>
public sealed record DeclarationCounts(int Total, IReadOnlyDictionary<int, int> ByLevel, IReadOnlyDictionary<int, int> ByPrefecture,
    IReadOnlyDictionary<string, int> ByIndustry);

/// <summary>The public side of declarations: verification by ID or corporate number, the list of declarants, and counts.</summary>
public sealed class DeclarationRegistry(AnshinDbContext db)
{
    public const int PageSize = 50;

    public async Task<PublicDeclaration?> VerifyAsync(string? id, CancellationToken ct)
    {
        if (DeclarationIds.Normalize(id) is not { } publicId)
        {
            return null;
        }

        return await ById.GetValue(db.Model, _ => CompileById())(db, publicId);
    }

    // Compiled once per model (a compiled query belongs to one; tests run SQLite and PostgreSQL apps in one process):
    // the verification API is the busiest read of the module.
    private static readonly ConditionalWeakTable<IModel, Func<AnshinDbContext, string, Task<PublicDeclaration?>>> ById = new();

    private static Func<AnshinDbContext, string, Task<PublicDeclaration?>> CompileById() => EF.CompileAsyncQuery(
        (AnshinDbContext db, string id) => db.Set<Declaration>().AsNoTracking().Where(d => d.PublicId == id)
            .Select(d => new PublicDeclaration(d.PublicId!, d.Level, d.Name, d.Prefecture, d.Industry, d.State, d.DeclaredAt!.Value,
                d.UpdatedAt, d.WithdrawnAt, d.SuspendedAt))
            .FirstOrDefault());

    /// <summary>Every declaration made under the corporate number (a withdrawn one and its successor both), newest first.</summary>
    public async Task<IReadOnlyList<PublicDeclaration>> ByCorporateNumberAsync(string corporateNumber, CancellationToken ct) =>
        await Public(db.Set<Declaration>().AsNoTracking()
                .Where(d => d.CorporateNumber == corporateNumber && d.PublicId != null)
                .OrderByDescending(d => d.DeclaredAt))
            .ToListAsync(ct);

    /// <summary>Active declarations matching the filters, newest first.</summary>
    public async Task<DeclarantPage> ListAsync(DeclarantQuery query, CancellationToken ct)
    {
        var q = db.Set<Declaration>().AsNoTracking().Where(d => d.State == DeclarationState.Active);
        if (query.Prefecture is { } prefecture)
        {
            q = q.Where(d => d.Prefecture == prefecture);
        }

        if (query.Industry is { Length: 1 } industry)
        {
            q = q.Where(d => d.Industry == industry);
        }

        if (query.Level is { } level)
        {
            q = q.Where(d => d.Level == level);
        }

        if (Fold(query.Name) is { Length: > 0 } name)
        {
            q = q.Where(d => d.SearchText.Contains(name));
        }

        var page = Math.Max(1, query.Page);
        var total = await q.CountAsync(ct);
        var items = await Public(q.OrderByDescending(d => d.DeclaredAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
        return new DeclarantPage(items, total, page, PageSize);
    }

    public async Task<DeclarationCounts> CountsAsync(CancellationToken ct)
    {
        var active = db.Set<Declaration>().AsNoTracking().Where(d => d.State == DeclarationState.Active);
        var byLevel = await active.GroupBy(d => d.Level).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byPrefecture = await active.GroupBy(d => d.Prefecture).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byIndustry = await active.GroupBy(d => d.Industry).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new DeclarationCounts(byLevel.Values.Sum(), byLevel, byPrefecture, byIndustry);
    }

    public static string? Fold(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : DeclarationDetails.SearchText(text, "").TrimEnd('\u0001');

    private static IQueryable<PublicDeclaration> Public(IQueryable<Declaration> q) => q.Select(d => new PublicDeclaration(
        d.PublicId!, d.Level, d.Name, d.Prefecture, d.Industry, d.State, d.DeclaredAt!.Value, d.UpdatedAt, d.WithdrawnAt, d.SuspendedAt));

    /// <summary>The corporate number as typed, if it is a valid one.</summary>
    public static string? CorporateNumberOf(string? input) =>
        CorporateNumber.Normalize(input) is { } n && CorporateNumber.IsValid(n) ? n : null;
}
