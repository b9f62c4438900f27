using System.Data;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>
/// Adds the waiting <see cref="CountDelta"/>s into the <see cref="DailyCount"/>s and deletes them, in one transaction.
/// On PostgreSQL the transaction reads one snapshot (repeatable read), so a delta committed while it runs is neither
/// added nor deleted, and is folded next time. Callers hold the <c>statistics</c> lease.
/// </summary>
public sealed class CountFolder(AnshinDbContext db, SqliteWriteGate writeGate)
{
    public const string Lease = "statistics";

    /// <summary>The number of deltas folded.</summary>
    public async Task<int> FoldAsync(CancellationToken ct)
    {
        using var turn = db.Database.IsSqlite() ? await writeGate.EnterAsync(ct) : null;
        await using var tx = await db.Database.BeginTransactionAsync(db.Database.IsNpgsql() ? IsolationLevel.RepeatableRead : IsolationLevel.Serializable, ct);
        var last = await db.Set<CountDelta>().MaxAsync(d => (long?)d.Id, ct);
        if (last is null)
        {
            return 0;
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "DailyCounts" ("Dimension", "Day", "Key", "Count")
            SELECT "Dimension", "Day", "Key", SUM("Change") FROM "CountDeltas" WHERE "Id" <= {last} GROUP BY "Dimension", "Day", "Key"
            ON CONFLICT ("Dimension", "Day", "Key") DO UPDATE SET "Count" = "DailyCounts"."Count" + excluded."Count"
            """, ct);
        var folded = await db.Set<CountDelta>().Where(d => d.Id <= last).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        return folded;
    }
}
