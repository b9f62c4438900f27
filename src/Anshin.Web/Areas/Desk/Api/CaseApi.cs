using System.Globalization;
using System.Security.Claims;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Api;

/// <summary>Staff API over the queue and cases (signed-in desk staff only; every case read is audited).</summary>
public static class CaseApi
{
    public static void MapCaseApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/desk/cases").WithTags("Desk (staff)").RequireAuthorization(DeskPolicies.Read);
        group.MapGet("/", ListAsync).WithSummary("The queue, with the same filters as the queue page");
        group.MapGet("/{id:long}", GetAsync).WithSummary("One case with its structured answers and status");
    }

    private static async Task<Ok<QueueResponse>> ListAsync([AsParameters] QueueQuery query, CaseQueue queue, ClaimsPrincipal user,
        CancellationToken ct)
    {
        var page = await queue.ListAsync(query.ToFilter(), user.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        return TypedResults.Ok(new QueueResponse(
            page.Rows.Select(r => new QueueItem(r.Id, r.ReceiptNumber, r.Subject, r.Status.ToString(), r.Urgency.ToString(),
                r.Channel.ToString(), r.ReceivedAt, r.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.AssigneeName)).ToList(),
            page.Total, page.TotalIsLowerBound, page.Page, page.PageCount,
            page.CountsByStatus.ToDictionary(k => k.Key.ToString(), k => Math.Min(k.Value, page.CountLimit)), page.SearchLimit));
    }

    private static async Task<Results<Ok<CaseResponse>, NotFound>> GetAsync(long id, AnshinDbContext db, AuditLog audit, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().AsNoTracking().Include(x => x.Tags).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }

        await audit.WriteAsync(DeskAudit.CaseViewed, DeskAudit.Target(id), detail: "api", ct: ct);
        return TypedResults.Ok(new CaseResponse(
            c.Id, c.ReceiptNumber, c.Channel.ToString(), c.Status.ToString(), c.Urgency.ToString(), c.ReceivedAt,
            c.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.SlaOutcome.ToString(), c.Subject,
            c.DeviceType.ToString(), c.OperatingSystem, c.SecuritySoftware, c.CloudServices, c.WhatHappened, c.WhySuspected,
            c.OtherDesksAsked, c.ConsulterName, c.ConsulterEmail, c.ConsulterPhone, [.. c.Tags.Select(t => t.Name)]));
    }
}

/// <summary>Query-string filters of the queue API.</summary>
public sealed class QueueQuery
{
    public string? Status { get; set; }

    public string? Assignee { get; set; }

    public int? Method { get; set; }

    public Channel? Channel { get; set; }

    public Urgency? Urgency { get; set; }

    public string? Due { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Q { get; set; }

    public string? Sort { get; set; }

    public int? Page { get; set; }

    public QueueFilter ToFilter() => new()
    {
        Status = [.. (Status ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Enum.TryParse<CaseStatus>(s, true, out var v) ? v : (CaseStatus?)null).OfType<CaseStatus>()],
        Assignee = Assignee,
        Method = Method,
        Channel = Channel,
        Urgency = Urgency,
        Due = Due,
        From = From,
        To = To,
        Q = Q,
        Sort = Sort,
        Page = Page ?? 1,
    };
}

public sealed record QueueItem(long Id, string ReceiptNumber, string Subject, string Status, string Urgency, string Channel,
    DateTime ReceivedAt, string DueDate, string? Assignee);

/// <summary>
/// A queue page. Counts stop at the desk's count limit (<c>totalIsLowerBound</c> then says so); <c>searchLimit</c> is set
/// when a search matched more cases than it lists and only the newest that many were considered.
/// </summary>
public sealed record QueueResponse(
    IReadOnlyList<QueueItem> Items, int Total, bool TotalIsLowerBound, int Page, int PageCount, IReadOnlyDictionary<string, int> CountsByStatus,
    int? SearchLimit);

public sealed record CaseResponse(long Id, string ReceiptNumber, string Channel, string Status, string Urgency, DateTime ReceivedAt,
    string DueDate, string Sla, string Subject, string DeviceType, string OperatingSystem, string SecuritySoftware, string CloudServices,
    string WhatHappened, string WhySuspected, string OtherDesksAsked, string? ConsulterName, string? ConsulterEmail,
    string? ConsulterPhone, IReadOnlyList<string> Tags);
