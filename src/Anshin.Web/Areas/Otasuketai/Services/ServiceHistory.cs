using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Areas.SelfCheck.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>
/// What every step of an application shares: the move itself (refused unless the workflow allows it), its history
/// event, the e-mail to the provider through the outbox, and the public list's refresh — all in the caller's save.
/// </summary>
public sealed class ServiceHistory(AnshinDbContext db, TimeProvider clock, SmeMail mail, SiteAddress site, ServiceRegistry registry)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Moves the service and records the step; false (nothing changed) when the move is not allowed.</summary>
    public bool TryMove(OtasuketaiService service, ServiceStatus to, ServiceActor actor, string kind, string? comment,
        (string Id, string Name)? staff, out ServiceEvent step)
    {
        step = null!;
        if (!ServiceWorkflow.CanMove(service.Status, to, actor))
        {
            return false;
        }

        step = Record(service, kind, service.Status, to, comment, staff);
        service.Status = to;
        return true;
    }

    public ServiceEvent Record(OtasuketaiService service, string kind, ServiceStatus? from, ServiceStatus? to, string? comment,
        (string Id, string Name)? staff)
    {
        var now = Now;
        service.UpdatedAt = now;
        service.Version = Guid.NewGuid();
        var step = new ServiceEvent
        {
            ServiceId = service.Id,
            At = now,
            Kind = kind,
            FromStatus = from,
            ToStatus = to,
            StaffUserId = staff?.Id,
            StaffName = staff?.Name,
            Comment = comment is { Length: > 4000 } ? comment[..4000] : comment,
            CheckVersion = service.CheckVersion,
            CheckOutcome = service.CheckOutcome,
        };
        if (service.Id == 0)
        {
            step.Service = service;
        }

        db.Add(step);
        return step;
    }

    /// <summary>Tells the provider's contact about a step, in the language it used.</summary>
    public async Task NotifyAsync(OtasuketaiService service, string subjectKey, string bodyKey, string language, string? comment, CancellationToken ct)
    {
        var organisation = await db.Set<OtasuketaiProvider>().Where(p => p.Id == service.ProviderId)
            .Select(p => p.Organisation).SingleOrDefaultAsync(ct);
        if (organisation?.Email is not { } address || organisation.EmailConfirmedAt is null)
        {
            return;
        }

        db.Add(mail.Message(OutboxKinds.OtasuketaiNotice, address, language, subjectKey, bodyKey,
            service.Name, $"{site.Origin}{ServiceProviders.Home}/services/{service.Id}", comment ?? "", service.RegistrationNumber ?? ""));
    }

    public Task RefreshListAsync(CancellationToken ct) => registry.EvictAsync(ct);
}
