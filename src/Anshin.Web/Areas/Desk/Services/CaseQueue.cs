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

        var statuses = f.EffectiveStatuses.ToArray();
        var size = limits.PageSize;
        int total, page, pageCount;
        bool totalIsLowerBound;
        Dictionary<CaseStatus, int> counts;
        List<long> pageIds;
        if (query is not null)
        {
            // At most SearchLimit matches: their status and sort keys are read in one pass (one look-up per match), then
            // counted, sorted and paged here instead of looking every match up again for the counts and for the page.
            var keys = await Keys(cases).ToListAsync(ct);
            counts = keys.GroupBy(k => k.Status).ToDictionary(g => g.Key, g => g.Count());
            var listed = keys.Where(k => statuses.Contains(k.Status)).ToList();
            (total, totalIsLowerBound) = (listed.Count, false);
            (page, pageCount) = PageOf(f.Page, total, size);
            pageIds = [.. SortInMemory(listed, f.Sort).Skip((page - 1) * size).Take(size).Select(k => k.Id)];
        }
        else
        {
            counts = await CountAsync(cases, f, limits.CountLimit, ct);
            total = statuses.Sum(s => Math.Min(counts.GetValueOrDefault(s), limits.CountLimit));
            totalIsLowerBound = statuses.Any(s => counts.GetValueOrDefault(s) > limits.CountLimit);
            (page, pageCount) = PageOf(f.Page, total, size);
            // Ids first: the sort keys are in the index, so the page is found without reading the rows it skips.
            var skip = (page - 1) * size;
            pageIds = await Sort(Keys(cases.Where(c => statuses.Contains(c.Status))), f.Sort).Skip(skip).Take(size).Select(k => k.Id)
                .ToListAsync(ct);
        }

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
    /// Counts per status, each reading at most <paramref name="countLimit"/> + 1 index entries however large the archive
    /// grows; all of them in one statement (UNION ALL), one round trip instead of one per status. Statuses a due filter
    /// cannot match are not counted at all (their counts are zero by definition).
    /// </summary>
    private static async Task<Dictionary<CaseStatus, int>> CountAsync(
        IQueryable<Consultation> cases, QueueFilter f, int countLimit, CancellationToken ct)
    {
        var countable = f.Due is "today" or "overdue" ? CaseTransitions.Open : Enum.GetValues<CaseStatus>();
        // Query arguments are plain locals: EF Core turns an argument such as "limit + 1" into a parameter by compiling a
        // delegate on every execution.
        var countTo = countLimit + 1;
        IQueryable<CaseStatus>? parts = null;
        foreach (var status in countable)
        {
            // Constants, not parameters: PostgreSQL then plans each status with its real frequency instead of one
            // generic plan that scans the table for a rare status.
            var part = cases.Where(c => c.Status == EF.Constant(status)).Select(c => c.Status).Take(countTo);
            parts = parts is null ? part : parts.Concat(part);
        }

        return await parts!.GroupBy(s => s).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }

    private static (int Page, int PageCount) PageOf(int requested, int total, int size)
    {
        var pageCount = Math.Max(1, (total + size - 1) / size);
        return (Math.Clamp(requested, 1, pageCount), pageCount);
    }

    private static IQueryable<QueueKeys> Keys(IQueryable<Consultation> cases) => cases.Select(c => new QueueKeys
    {
        Id = c.Id,
        Status = c.Status,
        DueDate = c.DueDate,
        Urgency = c.Urgency,
        ReceivedAt = c.ReceivedAt,
        ReceiptNumber = c.ReceiptNumber,
    });

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

    /// <summary>The queue's orders in the database; <see cref="SortInMemory"/> must list the same.</summary>
    private static IQueryable<QueueKeys> Sort(IQueryable<QueueKeys> cases, string? sort) => sort switch
    {
        "received" => cases.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id),
        "-received" => cases.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id),
        "urgency" => cases.OrderByDescending(c => c.Urgency).ThenBy(c => c.DueDate).ThenBy(c => c.Id),
        "receipt" => cases.OrderByDescending(c => c.ReceiptNumber),
        _ => cases.OrderBy(c => c.DueDate).ThenByDescending(c => c.Urgency).ThenBy(c => c.Id),
    };

    /// <summary>
    /// <see cref="Sort"/> over a search's keys in memory: the same orders with delegates (LINQ over an in-memory
    /// IQueryable would compile its expression trees on every request). Receipt numbers (digits and one hyphen) sort the
    /// same under any collation; ordinal here.
    /// </summary>
    private static IEnumerable<QueueKeys> SortInMemory(IEnumerable<QueueKeys> cases, string? sort) => sort switch
    {
        "received" => cases.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id),
        "-received" => cases.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id),
        "urgency" => cases.OrderByDescending(c => c.Urgency).ThenBy(c => c.DueDate).ThenBy(c => c.Id),
        "receipt" => cases.OrderByDescending(c => c.ReceiptNumber, StringComparer.Ordinal),
        _ => cases.OrderBy(c => c.DueDate).ThenByDescending(c => c.Urgency).ThenBy(c => c.Id),
    };

    /// <summary>What the queue filters, counts and sorts by: a case's status and sort keys.</summary>
    private sealed class QueueKeys
    {
        public long Id { get; init; }

        public CaseStatus Status { get; init; }

        public DateOnly DueDate { get; init; }

        public Urgency Urgency { get; init; }

        public DateTime ReceivedAt { get; init; }

        public string ReceiptNumber { get; init; } = "";
    }
}
