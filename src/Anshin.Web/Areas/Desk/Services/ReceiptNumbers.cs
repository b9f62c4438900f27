using Anshin.Core.Calendar;
using Anshin.Core.Desk;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Hands out receipt numbers, sequential per year in Japan time. One atomic upsert per number on both databases:
/// concurrent submissions (and several instances) never get the same number. On PostgreSQL the caller takes the
/// number in its own short statement before the consultation's transaction, so the counter row is locked only for an
/// instant (a submission failing after that leaves a gap, never a duplicate); on SQLite, which has a single writer
/// anyway, inside it.
/// </summary>
public sealed class ReceiptNumbers(AnshinDbContext db, TimeProvider clock)
{
    public async Task<ReceiptNumber> NextAsync(CancellationToken ct) => (await NextAsync(1, ct))[0];

    /// <summary><paramref name="count"/> consecutive numbers in one statement (a batch of submissions written together).</summary>
    public async Task<IReadOnlyList<ReceiptNumber>> NextAsync(int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var year = BusinessCalendar.ToTokyoDate(clock.GetUtcNow()).Year;
        var last = (await db.Database.SqlQuery<int>($"""
            INSERT INTO "ReceiptCounters" ("Year", "LastSequence") VALUES ({year}, {count})
            ON CONFLICT ("Year") DO UPDATE SET "LastSequence" = "ReceiptCounters"."LastSequence" + {count}
            RETURNING "LastSequence" AS "Value"
            """).ToListAsync(ct)).Single();
        return [.. Enumerable.Range(last - count + 1, count).Select(n => new ReceiptNumber(year, n))];
    }
}
