using System.Text.Json;
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
        var limits = options.Value;
        var cases = db.Set<Consultation>().AsNoTracking();
        if (ReceiptNumber.TryParse(f.Q, out var receipt))
        {
            // A receipt number read out on the phone finds that one case, whatever else is filtered.
            var exact = receipt.ToString();
            var match = await Rows(cases.Where(c => c.ReceiptNumber == exact)).ToListAsync(ct);
            return new QueuePage(match, match.Count, 1, 1, new Dictionary<CaseStatus, int>(), exact);
        }

        var searchLimited = false;
        var query = SearchText.ParseQuery(f.Q);
        if (query is not null)
        {
            var hits = await search.NewestMatchesAsync(query, limits.SearchLimit + 1, ct);
            searchLimited = hits.Count > limits.SearchLimit;
            cases = WithIds([.. hits.Take(limits.SearchLimit)]);
        }

        cases = await FilterAsync(cases, f, currentUserId, today, ct);

        // Statuses a due filter cannot match are not counted at all (their counts are zero by definition).
        var countable = f.Due is "today" or "overdue" ? CaseTransitions.Open : Enum.GetValues<CaseStatus>();
        var counts = new Dictionary<CaseStatus, int>();
        if (query is not null)
        {
            // At most SearchLimit rows: one grouped count is cheap and exact.
            counts = await cases.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        }
        else
        {
            // Each count reads at most CountLimit + 1 index entries, however large the archive grows; all of them in one
            // statement (UNION ALL), one round trip instead of one per status. Query arguments are plain locals: EF Core
            // turns an argument such as "limit + 1" into a parameter by compiling a delegate on every execution.
            var countTo = limits.CountLimit + 1;
            IQueryable<CaseStatus>? parts = null;
            foreach (var status in countable)
            {
                // Constants, not parameters: PostgreSQL then plans each status with its real frequency instead of one
                // generic plan that scans the table for a rare status.
                var part = cases.Where(c => c.Status == EF.Constant(status)).Select(c => c.Status).Take(countTo);
                parts = parts is null ? part : parts.Concat(part);
            }

            counts = await parts!.GroupBy(s => s).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        }

        var statuses = f.EffectiveStatuses.ToArray();
        var listed = cases.Where(c => statuses.Contains(c.Status));
        var total = statuses.Sum(s => Math.Min(counts.GetValueOrDefault(s), limits.CountLimit));
        var totalIsLowerBound = statuses.Any(s => counts.GetValueOrDefault(s) > limits.CountLimit);
        var size = limits.PageSize;
        var pageCount = Math.Max(1, (total + size - 1) / size);
        var page = Math.Clamp(f.Page, 1, pageCount);
        // Ids first: the sort keys are in the index, so the page is found without reading the rows it skips.
        var skip = (page - 1) * size;
        var pageIds = await Sort(listed, f.Sort).Skip(skip).Take(size).Select(c => c.Id).ToListAsync(ct);
        var found = await Rows(db.Set<Consultation>().AsNoTracking().Where(c => EF.Parameter(pageIds).Contains(c.Id)))
            .ToDictionaryAsync(r => r.Id, ct);
        var rows = pageIds.Where(found.ContainsKey).Select(id => found[id]).ToList();
        return new QueuePage(rows, total, page, pageCount, counts, null)
        {
            CountLimit = limits.CountLimit,
            TotalIsLowerBound = totalIsLowerBound,
            SearchLimit = searchLimited ? limits.SearchLimit : null,
        };
    }

    /// <summary>
    /// Cases with the given ids (at most a search's limit), as a set the planner must start from: SQLite's CROSS JOIN
    /// keeps the id list as the outer loop, so a status filter on top cannot tempt it into scanning the whole status.
    /// PostgreSQL's LATERAL with OFFSET 0 (which keeps the planner from flattening it) does the same: with "Id = ANY(ids)"
    /// or a plain join it preferred walking all open cases in queue order and testing each against the ids (25–45 ms).
    /// </summary>
    private IQueryable<Consultation> WithIds(long[] ids) => db.Database.IsNpgsql()
        ? db.Set<Consultation>().FromSql(
            $"SELECT c.* FROM unnest({ids}) AS j(id) CROSS JOIN LATERAL (SELECT * FROM \"Consultations\" WHERE \"Id\" = j.id OFFSET 0) AS c").AsNoTracking()
        : db.Set<Consultation>().FromSql(
            $"SELECT c.* FROM json_each({JsonSerializer.Serialize(ids)}) AS j CROSS JOIN \"Consultations\" AS c ON c.\"Id\" = j.value").AsNoTracking();

    private IQueryable<QueueRow> Rows(IQueryable<Consultation> cases) => cases.Select(c => new QueueRow(
        c.Id, c.ReceiptNumber, c.Subject, c.Status, c.Urgency, c.Channel, c.ReceivedAt, c.DueDate, c.SlaPausedAt != null,
        db.Users.Where(u => u.Id == c.AssigneeId).Select(u => u.DisplayName).FirstOrDefault(),
        c.Method != null ? c.Method.NameJa : null,
        c.Method != null ? c.Method.NameEn : null,
        c.Flags));

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
