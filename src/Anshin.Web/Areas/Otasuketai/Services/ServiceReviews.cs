using System.Globalization;
using Anshin.Core.Otasuketai;
using Anshin.Core.Text;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>
/// The reviewers' side: taking an application up, deciding it (register, return with comments per requirement,
/// reject), and suspending, reinstating or withdrawing a registration. Reviewers change the status and write
/// comments; the provider's facts are never theirs to edit. Every step is audited and mailed to the provider.
/// </summary>
public sealed class ServiceReviews(AnshinDbContext db, ServiceHistory history, AuditLog audit)
{
    private const string Japanese = "ja";

    public async Task<IReadOnlyList<ServiceQueueRow>> QueueAsync(ServiceStatus? status, CancellationToken ct)
    {
        var query = db.Set<OtasuketaiService>().AsNoTracking();
        query = status is { } only ? query.Where(s => s.Status == only) : query.Where(s => s.Status != ServiceStatus.Draft);
        return await query.OrderBy(s => s.SubmittedAt == null).ThenBy(s => s.SubmittedAt).ThenBy(s => s.Id).Take(500)
            .Select(s => new ServiceQueueRow(s.Id, s.Name, s.Provider!.Name, s.Type, s.Category, s.Status, s.CheckOutcome, s.CheckVersion,
                s.Round, s.SubmittedAt, s.RegistrationNumber))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyDictionary<ServiceStatus, int>> CountsAsync(CancellationToken ct) =>
        (await db.Set<OtasuketaiService>().GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Key, g => g.Count);

    public Task<OtasuketaiService?> FindAsync(int id, CancellationToken ct) =>
        db.Set<OtasuketaiService>().Include(s => s.Provider).ThenInclude(p => p!.Organisation).SingleOrDefaultAsync(s => s.Id == id, ct);

    public async Task<bool> StartAsync(OtasuketaiService service, (string Id, string Name) staff, CancellationToken ct)
    {
        if (!history.TryMove(service, ServiceStatus.UnderReview, ServiceActor.Reviewer, ServiceEventKinds.ReviewStarted, null, staff, out _))
        {
            return false;
        }

        audit.Add(OtasuketaiAudit.ReviewStarted, ServiceApplications.Target(service));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Registers, returns or rejects an application under review. Returning and rejecting need a reason (an overall
    /// comment or one on a requirement). The result is the resource key of the problem, or null when done.
    /// </summary>
    public async Task<string?> DecideAsync(OtasuketaiService service, ServiceStatus decision, string? comment,
        IReadOnlyDictionary<string, string?> requirementComments, (string Id, string Name) staff, CancellationToken ct)
    {
        if (decision is not (ServiceStatus.Registered or ServiceStatus.Returned or ServiceStatus.Rejected))
        {
            return "Otasuketai.Review.NotAllowed";
        }

        var overall = Limit(comment, 4000);
        var perRequirement = requirementComments
            .Where(c => Requirements.Find(c.Key) is not null)
            .Select(c => (Code: c.Key, Text: Limit(c.Value, 2000)))
            .Where(c => c.Text is not null).ToList();
        if (decision != ServiceStatus.Registered && overall is null && perRequirement.Count == 0)
        {
            return "Otasuketai.Review.ReasonRequired";
        }

        var kind = decision switch
        {
            ServiceStatus.Registered => ServiceEventKinds.Registered,
            ServiceStatus.Returned => ServiceEventKinds.Returned,
            _ => ServiceEventKinds.Rejected,
        };
        if (!history.TryMove(service, decision, ServiceActor.Reviewer, kind, overall, staff, out var step))
        {
            return "Otasuketai.Review.NotAllowed";
        }

        foreach (var (code, text) in perRequirement)
        {
            db.Add(new ReviewComment { ServiceId = service.Id, Event = step, RequirementCode = code, Text = text!, At = history.Now });
        }

        if (decision == ServiceStatus.Registered && service.RegistrationNumber is null)
        {
            service.RegistrationNumber = await NextRegistrationNumberAsync(ct);
            service.RegisteredAt = history.Now;
        }

        audit.Add(decision switch
        {
            ServiceStatus.Registered => OtasuketaiAudit.ServiceRegistered,
            ServiceStatus.Returned => OtasuketaiAudit.ServiceReturned,
            _ => OtasuketaiAudit.ServiceRejected,
        }, ServiceApplications.Target(service), detail: overall);
        await history.NotifyAsync(service, $"Otasuketai.Mail.{decision}Subject", $"Otasuketai.Mail.{decision}Body", Japanese, overall, ct);
        await db.SaveChangesAsync(ct);
        if (decision == ServiceStatus.Registered)
        {
            await history.RefreshListAsync(ct);
        }

        return null;
    }

    /// <summary>Suspends, reinstates or withdraws a registration; suspending and withdrawing need a reason.</summary>
    public async Task<string?> ChangeRegistrationAsync(OtasuketaiService service, ServiceStatus to, string? reason,
        (string Id, string Name) staff, CancellationToken ct)
    {
        var text = Limit(reason, 4000);
        if (to is ServiceStatus.Suspended or ServiceStatus.Withdrawn && text is null)
        {
            return "Otasuketai.Review.ReasonRequired";
        }

        var (kind, action, mailKey) = to switch
        {
            ServiceStatus.Suspended => (ServiceEventKinds.Suspended, OtasuketaiAudit.ServiceSuspended, "Suspended"),
            ServiceStatus.Registered => (ServiceEventKinds.Reinstated, OtasuketaiAudit.ServiceReinstated, "Reinstated"),
            ServiceStatus.Withdrawn => (ServiceEventKinds.Withdrawn, OtasuketaiAudit.ServiceWithdrawn, "WithdrawnByRegistry"),
            _ => ("", "", ""),
        };
        if (kind.Length == 0 || service.Status is not (ServiceStatus.Registered or ServiceStatus.Suspended)
            || !history.TryMove(service, to, ServiceActor.Reviewer, kind, text, staff, out _))
        {
            return "Otasuketai.Review.NotAllowed";
        }

        audit.Add(action, ServiceApplications.Target(service), detail: text);
        await history.NotifyAsync(service, $"Otasuketai.Mail.{mailKey}Subject", $"Otasuketai.Mail.{mailKey}Body", Japanese, text, ct);
        await db.SaveChangesAsync(ct);
        await history.RefreshListAsync(ct);
        return null;
    }

    /// <summary><c>OT-YYYY-NNNN</c>, sequential per year (Japan time); the unique index refuses a duplicate from a racing reviewer.</summary>
    private async Task<string> NextRegistrationNumberAsync(CancellationToken ct)
    {
        var year = ServiceChecks.JapanDate(history.Now).Year.ToString(CultureInfo.InvariantCulture);
        var prefix = $"OT-{year}-";
        var last = await db.Set<OtasuketaiService>().Where(s => s.RegistrationNumber != null && s.RegistrationNumber.StartsWith(prefix))
            .OrderByDescending(s => s.RegistrationNumber).Select(s => s.RegistrationNumber).FirstOrDefaultAsync(ct);
        var next = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        return prefix + next.ToString("D4", CultureInfo.InvariantCulture);
    }

    private static string? Limit(string? text, int max) =>
        ContactText.Normalize(text) is { Length: > 0 } t ? (t.Length > max ? t[..max] : t) : null;
}

/// <summary>One row of the reviewers' queue.</summary>
public sealed record ServiceQueueRow(int Id, string Name, string Provider, ServiceType Type, int Category, ServiceStatus Status,
    RequirementOutcome? CheckOutcome, string? CheckVersion, int Round, DateTime? SubmittedAt, string? RegistrationNumber);
