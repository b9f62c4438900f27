using System.Globalization;
using System.Text;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>A line of an import that was refused: its number (1 = the header) and a localisation key with its argument.</summary>
public sealed record ImportProblem(int Line, string Code, string Argument = "");

/// <summary>The outcome of an import: what was stored, or why nothing was.</summary>
public sealed record ImportOutcome(int Stored, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Historical figures from CSV (<c>year,quarter,method,count[,source]</c>; quarter empty for a whole year, method empty
/// for all consultations or a 手口 code). All or nothing: one bad line refuses the file and changes nothing. A row for a
/// year, quarter and method already imported replaces it.
/// </summary>
public sealed class HistoricalFigures(AnshinDbContext db)
{
    public const int MaxRows = 5_000;

    public async Task<ImportOutcome> ImportAsync(string csv, string defaultSource, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var methods = (await db.Set<Method>().Select(m => m.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var (rows, problems) = Parse(csv, defaultSource, methods);
        if (problems.Count > 0)
        {
            return new ImportOutcome(0, problems);
        }

        var existing = await db.Set<HistoricalCount>().ToListAsync(ct);
        foreach (var row in rows)
        {
            var old = existing.FirstOrDefault(e => e.Year == row.Year && e.Quarter == row.Quarter && e.MethodCode == row.MethodCode);
            if (old is null)
            {
                db.Add(row);
                existing.Add(row);
            }
            else
            {
                old.Count = row.Count;
                old.Source = row.Source;
            }
        }

        await db.SaveChangesAsync(ct);
        return new ImportOutcome(rows.Count, []);
    }

    public Task<List<HistoricalCount>> AllAsync(CancellationToken ct) =>
        db.Set<HistoricalCount>().AsNoTracking().OrderBy(h => h.Year).ThenBy(h => h.Quarter).ThenBy(h => h.MethodCode).ToListAsync(ct);

    public async Task<bool> DeleteAsync(int id, CancellationToken ct) =>
        await db.Set<HistoricalCount>().Where(h => h.Id == id).ExecuteDeleteAsync(ct) == 1;

    /// <summary>Checks every line; the rows when all are good.</summary>
    public static (List<HistoricalCount> Rows, List<ImportProblem> Problems) Parse(string csv, string defaultSource, ISet<string> methodCodes)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(methodCodes);
        var rows = new List<HistoricalCount>();
        var problems = new List<ImportProblem>();
        var lines = csv.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = SplitLine(lines[0]).Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (header.Count < 4 || header[0] != "year" || header[1] != "quarter" || header[2] != "method" || header[3] != "count")
        {
            return (rows, [new ImportProblem(1, "Statistics.Import.BadHeader")]);
        }

        var seen = new HashSet<(int, int, string)>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var line = i + 1;
            if (rows.Count + problems.Count >= MaxRows)
            {
                problems.Add(new ImportProblem(line, "Statistics.Import.TooMany", MaxRows.ToString(CultureInfo.InvariantCulture)));
                break;
            }

            var f = SplitLine(lines[i]).Select(v => v.Normalize(NormalizationForm.FormKC).Trim()).ToList();
            if (f.Count < 4)
            {
                problems.Add(new ImportProblem(line, "Statistics.Import.TooFewFields"));
                continue;
            }

            if (!int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1990 || year > 2100)
            {
                problems.Add(new ImportProblem(line, "Statistics.Import.BadYear", f[0]));
                continue;
            }

            var quarter = 0;
            if (f[1].Length > 0 && (!int.TryParse(f[1].TrimStart('Q', 'q'), NumberStyles.None, CultureInfo.InvariantCulture, out quarter) || quarter > 4))
            {
                problems.Add(new ImportProblem(line, "Statistics.Import.BadQuarter", f[1]));
                continue;
            }

            if (f[2].Length > 0 && !methodCodes.Contains(f[2]))
            {
                problems.Add(new ImportProblem(line, "Statistics.Import.UnknownMethod", f[2]));
                continue;
            }

            if (!int.TryParse(f[3].Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                problems.Add(new ImportProblem(line, "Statistics.Import.BadCount", f[3]));
                continue;
            }

            if (!seen.Add((year, quarter, f[2])))
            {
                problems.Add(new ImportProblem(line, "Statistics.Import.Duplicate"));
                continue;
            }

            var source = f.Count > 4 && f[4].Length > 0 ? f[4] : defaultSource;
            rows.Add(new HistoricalCount { Year = year, Quarter = quarter, MethodCode = f[2], Count = count, Source = source.Length > 200 ? source[..200] : source });
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(1, "Statistics.Import.Empty"));
        }

        return (rows, problems);
    }

    // RFC 4180 fields of one line: quoted fields may hold commas and doubled quotes (line breaks inside quotes are not taken).
    private static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
