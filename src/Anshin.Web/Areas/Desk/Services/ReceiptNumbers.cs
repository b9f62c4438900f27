using Anshin.Core.Calendar;
using Anshin.Core.Desk;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Hands out receipt numbers, sequential per year in Japan time. One atomic upsert per batch on both databases:
/// concurrent submissions (and several instances) never get the same number. The caller takes the numbers inside the
/// consultation's transaction, so a failed submission rolls its number back and leaves no gap; the counter row stays
/// locked until that commit, which is short because intake batches are written one at a time.
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
