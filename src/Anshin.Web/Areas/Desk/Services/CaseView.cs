using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>Everything about one case, for the case page: one screen, no second look-up needed.</summary>
public sealed record CaseView(
    Consultation Case,
    string? AssigneeName,
    IReadOnlyList<ThreadEntry> Thread,
    IReadOnlyList<ConsultationAttachment> Attachments,
    IReadOnlyList<ConsultationEvent> History,
    IReadOnlyList<CaseSummary> SameConsulter,
    IReadOnlyList<CaseSummary> Related,
    IReadOnlyList<CaseSummary> MergedFrom,
    CaseSummary? MergedInto,
    Referral? Referral,
    OutOfScopeReason? Reason,
    IReadOnlyList<OutboxMessage> Outbox,
    IReadOnlyList<ConfirmedAddress> ConfirmedAddresses);

/// <summary>A thread entry; <see cref="FromReceipt"/> names the merged case it came from, if any.</summary>
public sealed record ThreadEntry(ConsultationMessage Message, string? FromReceipt, string? ReviewerName);

/// <summary>A line about another case.</summary>
public sealed record CaseSummary(long Id, string ReceiptNumber, string Subject, CaseStatus Status, DateTime ReceivedAt);

/// <summary>Loads a <see cref="CaseView"/>.</summary>
public sealed class CaseViews(AnshinDbContext db)
{
    public async Task<CaseView?> LoadAsync(long id, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().AsNoTracking().Include(x => x.Tags).Include(x => x.Method).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return null;
        }

        var cases = db.Set<Consultation>().AsNoTracking();
        var mergedFrom = await Summaries(cases.Where(x => x.MergedIntoId == id)).ToListAsync(ct);
        var threadIds = mergedFrom.Select(m => m.Id).Append(id).ToList();
        var receipts = mergedFrom.ToDictionary(m => m.Id, m => m.ReceiptNumber);
        var messages = await db.Set<ConsultationMessage>().AsNoTracking()
            .Where(m => threadIds.Contains(m.ConsultationId))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToListAsync(ct);
        var people = await StaffNamesAsync(messages.Select(m => m.ReviewedById).Append(c.AssigneeId), ct);
        var thread = messages.Select(m => new ThreadEntry(m, receipts.GetValueOrDefault(m.ConsultationId),
            m.ReviewedById is null ? null : people.GetValueOrDefault(m.ReviewedById))).ToList();

        var attachments = await db.Set<ConsultationAttachment>().AsNoTracking()
            .Where(a => threadIds.Contains(a.ConsultationId) && a.DeletedAt == null).OrderBy(a => a.Id).ToListAsync(ct);
        var history = await db.Set<ConsultationEvent>().AsNoTracking()
            .Where(e => e.ConsultationId == id).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToListAsync(ct);

        var same = new List<CaseSummary>();
        if (c.ConsulterEmail is not null || c.ConsulterPhoneDigits is not null)
        {
            same = await Summaries(cases.Where(x => x.Id != id
                    && ((c.ConsulterEmail != null && x.ConsulterEmail == c.ConsulterEmail)
                        || (c.ConsulterPhoneDigits != null && x.ConsulterPhoneDigits == c.ConsulterPhoneDigits)))
                .OrderByDescending(x => x.ReceivedAt).Take(20)).ToListAsync(ct);
        }

        var linkedIds = await db.Set<ConsultationLink>().AsNoTracking()
            .Where(l => l.ConsultationId == id || l.RelatedId == id)
            .Select(l => l.ConsultationId == id ? l.RelatedId : l.ConsultationId)
            .ToListAsync(ct);
        var related = await Summaries(cases.Where(x => linkedIds.Contains(x.Id))).ToListAsync(ct);
        var mergedInto = c.MergedIntoId is null ? null : await Summaries(cases.Where(x => x.Id == c.MergedIntoId)).SingleOrDefaultAsync(ct);
        var referral = c.ReferralId is null ? null : await db.Set<Referral>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == c.ReferralId, ct);
        var reason = c.OutOfScopeReasonId is null ? null
            : await db.Set<OutOfScopeReason>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == c.OutOfScopeReasonId, ct);

        var outbox = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.ConsultationId == id).OrderBy(m => m.Id).ToListAsync(ct);
        var addresses = await db.Set<ConfirmedAddress>().AsNoTracking().Where(a => a.ConsultationId == id).OrderBy(a => a.Address).ToListAsync(ct);

        return new CaseView(c, c.AssigneeId is null ? null : people.GetValueOrDefault(c.AssigneeId), thread, attachments, history,
            same, related, mergedFrom, mergedInto, referral, reason, outbox, addresses);
    }

    private static IQueryable<CaseSummary> Summaries(IQueryable<Consultation> cases) =>
        cases.Select(x => new CaseSummary(x.Id, x.ReceiptNumber, x.Subject, x.Status, x.ReceivedAt));

    private async Task<Dictionary<string, string>> StaffNamesAsync(IEnumerable<string?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}
