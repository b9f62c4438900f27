using System.Text.RegularExpressions;
using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>
/// The versions of the standard's rules. Until an administrator writes one, the built-in <see cref="StandardRules.Initial"/>
/// applies; every later version is a new row, so what an application was checked against can always be shown again.
/// </summary>
public sealed partial class StandardVersions(AnshinDbContext db, TimeProvider clock, AuditLog audit, ServiceRegistry registry)
{
    public async Task<StandardRules> CurrentAsync(CancellationToken ct)
    {
        var newest = await db.Set<StandardVersion>().AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefaultAsync(ct);
        return newest is null ? StandardRules.Initial : StandardRules.FromJson(newest.Version, newest.Rules);
    }

    /// <summary>The rules of a named version (the built-in one included); null when there is no such version.</summary>
    public async Task<StandardRules?> FindAsync(string? version, CancellationToken ct)
    {
        if (version == StandardRules.Initial.Version)
        {
            return StandardRules.Initial;
        }

        var row = await db.Set<StandardVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.Version == version, ct);
        return row is null ? null : StandardRules.FromJson(row.Version, row.Rules);
    }

    public async Task<IReadOnlyList<StandardVersion>> ListAsync(CancellationToken ct) =>
        await db.Set<StandardVersion>().AsNoTracking().OrderByDescending(v => v.Id).ToListAsync(ct);

    /// <summary>Adds a version; the error is a resource key when the version name is taken or malformed.</summary>
    public async Task<string?> AddAsync(string? version, IReadOnlyDictionary<string, RequirementSetting> settings, string? note, string staff, CancellationToken ct)
    {
        var name = Core.Text.ContactText.Normalize(version);
        if (!VersionPattern().IsMatch(name))
        {
            return "Otasuketai.Standard.VersionInvalid";
        }

        if (name == StandardRules.Initial.Version || await db.Set<StandardVersion>().AnyAsync(v => v.Version == name, ct))
        {
            return "Otasuketai.Standard.VersionTaken";
        }

        if (settings.Values.Any(s => s.Amount is < 0))
        {
            return "Otasuketai.Error.AmountInvalid";
        }

        var rules = new StandardRules { Version = name, Settings = settings };
        var text = Core.Text.ContactText.Normalize(note);
        db.Add(new StandardVersion
        {
            Version = name,
            Rules = rules.ToJson(),
            Note = text.Length > 2000 ? text[..2000] : text,
            CreatedBy = staff,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        audit.Add(OtasuketaiAudit.StandardVersionAdded, name, detail: rules.ToJson());
        await db.SaveChangesAsync(ct);
        await registry.EvictAsync(ct);
        return null;
    }

    [GeneratedRegex(@"^[0-9A-Za-z][0-9A-Za-z.\-]{0,19}$")]
    private static partial Regex VersionPattern();
}
