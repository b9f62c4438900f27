using System.Data;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Statistics.Ledger;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>
/// Recounts every <see cref="DailyCount"/> from the cases themselves (<c>rebuild-statistics</c>, and after bulk loads).
/// Deleting the old counts and deltas and reading the cases happen in one transaction and one snapshot, so a case
/// changed meanwhile keeps its delta and is counted exactly once.
/// </summary>
public sealed class StatisticsRebuilder(AnshinDbContext db, DeskCalendar calendar, SqliteWriteGate writeGate)
{
    /// <summary>Rebuilds the counts; the number of cases counted.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        await FillAnswerDaysAsync(ct);
        using var turn = db.Database.IsSqlite() ? await writeGate.EnterAsync(ct) : null;
        await using var tx = await db.Database.BeginTransactionAsync(db.Database.IsNpgsql() ? IsolationLevel.RepeatableRead : IsolationLevel.Serializable, ct);
        await db.Set<DailyCount>().ExecuteDeleteAsync(ct);
        await db.Set<CountDelta>().ExecuteDeleteAsync(ct);

        var counts = new Dictionary<(StatisticsDimension, DateOnly, string), int>();
        var cases = 0;
        var rows = db.Set<Consultation>().AsNoTracking().Select(c => new Consultation
        {
            ReceivedAt = c.ReceivedAt,
            MethodId = c.MethodId,
            Channel = c.Channel,
            DeviceType = c.DeviceType,
            OperatingSystem = c.OperatingSystem,
            Status = c.Status,
            ReferralId = c.ReferralId,
            SlaOutcome = c.SlaOutcome,
            FirstAnswerBusinessDays = c.FirstAnswerBusinessDays,
            AssigneeId = c.AssigneeId,
        }).AsAsyncEnumerable();
        await foreach (var c in rows.WithCancellation(ct))
        {
            var facts = CaseFacts.From(c);
            cases += facts.Counted ? 1 : 0;
            foreach (var (dimension, key) in facts.Cells())
            {
                var k = (dimension, facts.Day, key);
                counts[k] = counts.GetValueOrDefault(k) + 1;
            }
        }

        await RowInserter.InsertAsync(db, [.. counts.Select(p => new DailyCount { Dimension = p.Key.Item1, Day = p.Key.Item2, Key = p.Key.Item3, Count = p.Value })], ct);
        await tx.CommitAsync(ct);
        return cases;
    }

    /// <summary>Cases answered before the business-day figure was kept get it from their receipt and first answer.</summary>
    private async Task FillAnswerDaysAsync(CancellationToken ct)
    {
        var business = await calendar.GetAsync(ct);
        while (true)
        {
            var batch = await db.Set<Consultation>()
                .Where(c => c.FirstAnsweredAt != null && c.FirstAnswerBusinessDays == null)
                .OrderBy(c => c.Id).Take(1_000).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var c in batch)
            {
                c.FirstAnswerBusinessDays = business.BusinessDaysBetween(
                    new DateTimeOffset(DateTime.SpecifyKind(c.ReceivedAt, DateTimeKind.Utc)),
                    new DateTimeOffset(DateTime.SpecifyKind(c.FirstAnsweredAt!.Value, DateTimeKind.Utc)));
            }

            // The interceptor writes these cases' deltas as for any other change; the rebuild then replaces them all.
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
