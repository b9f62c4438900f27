using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Platform.Outbox;

/// <summary>
/// Takes due messages for one sender. On PostgreSQL several instances may send at once: the rows are chosen with
/// <c>FOR UPDATE SKIP LOCKED</c> and leased in the same statement, so no row is taken twice; a lease left by a crashed
/// instance expires and the row is taken again (and sent with the same Message-ID). SQLite has a single writer, so the
/// same statement without the locking clause is enough.
/// </summary>
public sealed class OutboxClaims(AnshinDbContext db)
{
    public async Task<IReadOnlyList<long>> ClaimAsync(DateTime now, TimeSpan lease, int count, CancellationToken ct)
    {
        var until = now + lease;
        var pending = (int)OutboxState.Pending;
        return db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<long>($"""
                UPDATE "OutboxMessages" SET "LockedUntil" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutboxMessages"
                    WHERE "State" = {pending} AND "NextAttemptAt" <= {now} AND ("LockedUntil" IS NULL OR "LockedUntil" < {now})
                    ORDER BY "NextAttemptAt", "Id" LIMIT {count}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """).ToListAsync(ct)
            : await db.Database.SqlQuery<long>($"""
                UPDATE "OutboxMessages" SET "LockedUntil" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutboxMessages"
                    WHERE "State" = {pending} AND "NextAttemptAt" <= {now} AND ("LockedUntil" IS NULL OR "LockedUntil" < {now})
                    ORDER BY "NextAttemptAt", "Id" LIMIT {count})
                RETURNING "Id" AS "Value"
                """).ToListAsync(ct);
    }
}
