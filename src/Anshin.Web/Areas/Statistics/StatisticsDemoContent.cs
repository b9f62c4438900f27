using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Data;

namespace Anshin.Web.Areas.Statistics;

/// <summary>The desk's published yearly totals for 2015–2021 as imported history (the demo cases count through the ledger).</summary>
public sealed class StatisticsDemoContent : IDemoContent
{
    /// <summary>After the desk's demo cases.</summary>
    public int Order => 900;

    public async Task SeedAsync(AnshinDbContext db, CancellationToken ct)
    {
        var outcome = await new HistoricalFigures(db).ImportAsync(await SeedFile.ReadAsync("statistics-history.csv", ct), "", ct);
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"The shipped statistics history does not import: {string.Join("; ", outcome.Problems)}");
        }
    }
}
