using Anshin.Core.Calendar;
using Anshin.Core.Desk;
using Anshin.Core.Search;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Search;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>The consultants' queue: filters, Japanese full-text search, sorting, paging and counts per status.</summary>
public sealed class CaseQueue(AnshinDbContext db, ICaseSearch search, IOptions<DeskOptions> options, TimeProvider clock)
{
    public async Task<QueuePage> ListAsync(QueueFilter f, string currentUserId, CancellationToken ct)
    {
        var today = BusinessCalendar.ToTokyoDate(clock.GetUtcNow());
        string? exact = null;
        var cases = db.Set<Consultation>().AsNoTracking();

        if (ReceiptNumber.TryParse(f.Q, out var receipt))
        {
            // A receipt number read out on the phone finds that one case, whatever else is filtered.
            exact = receipt.ToString();
            cases = cases.Where(c => c.ReceiptNumber == exact);
        }
        else
        {
            cases = await FilterAsync(cases, f, currentUserId, today, ct);
        }

        var statuses = f.EffectiveStatuses.ToArray();
        var counts = exact is null
            ? await cases.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct)
            : [];
        if (exact is null)
        {
            cases = cases.Where(c => statuses.Contains(c.Status));
        }

        var total = exact is null ? statuses.Sum(s => counts.GetValueOrDefault(s)) : await cases.CountAsync(ct);
        var size = options.Value.PageSize;
        var pageCount = Math.Max(1, (total + size - 1) / size);
        var page = Math.Clamp(f.Page, 1, pageCount);
        var rows = await Sort(cases, f.Sort)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(c => new QueueRow(
                c.Id, c.ReceiptNumber, c.Subject, c.Status, c.Urgency, c.Channel, c.ReceivedAt, c.DueDate, c.SlaPausedAt != null,
                db.Users.Where(u => u.Id == c.AssigneeId).Select(u => u.DisplayName).FirstOrDefault(),
                c.Method != null ? c.Method.NameJa : null,
                c.Method != null ? c.Method.NameEn : null))
            .ToListAsync(ct);
        return new QueuePage(rows, total, page, pageCount, counts, exact);
    }

    private async Task<IQueryable<Consultation>> FilterAsync(
        IQueryable<Consultation> cases, QueueFilter f, string currentUserId, DateOnly today, CancellationToken ct)
    {
        cases = f.Assignee switch
        {
            null or "" => cases,
            "me" => cases.Where(c => c.AssigneeId == currentUserId),
            "none" => cases.Where(c => c.AssigneeId == null),
            var id => cases.Where(c => c.AssigneeId == id),
        };

        if (f.Method is { } method)
        {
            var ids = await MethodWithDescendantsAsync(method, ct);
            cases = cases.Where(c => c.MethodId != null && ids.Contains(c.MethodId.Value));
        }

        if (f.Channel is { } channel)
        {
            cases = cases.Where(c => c.Channel == channel);
        }

        if (f.Urgency is { } urgency)
        {
            cases = cases.Where(c => c.Urgency == urgency);
        }

        if (f.Due == "today")
        {
            cases = cases.Where(c => c.DueDate == today && c.SlaPausedAt == null && CaseTransitions.Open.Contains(c.Status));
        }
        else if (f.Due == "overdue")
        {
            cases = cases.Where(c => c.DueDate < today && c.SlaPausedAt == null && CaseTransitions.Open.Contains(c.Status));
        }

        if (f.From is { } from)
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), BusinessCalendar.Tokyo);
            cases = cases.Where(c => c.ReceivedAt >= start);
        }

        if (f.To is { } to)
        {
            var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), BusinessCalendar.Tokyo);
            cases = cases.Where(c => c.ReceivedAt < end);
        }

        if (SearchText.ParseQuery(f.Q) is { } query)
        {
            var hits = search.Matching(query);
            cases = cases.Where(c => hits.Contains(c.Id));
        }

        return cases;
    }

    private async Task<List<int>> MethodWithDescendantsAsync(int root, CancellationToken ct)
    {
        var all = await db.Set<Method>().AsNoTracking().Select(m => new { m.Id, m.ParentId }).ToListAsync(ct);
        var result = new List<int> { root };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(all.Where(m => m.ParentId == result[i]).Select(m => m.Id));
        }

        return result;
    }

    private static IQueryable<Consultation> Sort(IQueryable<Consultation> cases, string? sort) => sort switch
    {
        "received" => cases.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id),
        "-received" => cases.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id),
        "urgency" => cases.OrderByDescending(c => c.Urgency).ThenBy(c => c.DueDate).ThenBy(c => c.Id),
        "receipt" => cases.OrderByDescending(c => c.ReceiptNumber),
        _ => cases.OrderBy(c => c.DueDate).ThenByDescending(c => c.Urgency).ThenBy(c => c.Id),
    };
}
