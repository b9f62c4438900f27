using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>
/// The provider's side of an application: drafting (saved and checked on every save, so nothing typed is lost),
/// submitting (checked again against the current standard) and withdrawing. A provider reaches only its own services.
/// </summary>
public sealed class ServiceApplications(AnshinDbContext db, ServiceChecks checks, ServiceHistory history, AuditLog audit)
{
    public async Task<IReadOnlyList<OtasuketaiService>> ListAsync(OtasuketaiProvider provider, CancellationToken ct) =>
        await db.Set<OtasuketaiService>().AsNoTracking().Where(s => s.ProviderId == provider.Id)
            .OrderByDescending(s => s.UpdatedAt).ToListAsync(ct);

    /// <summary>The provider's own service; null for another provider's, whatever the id.</summary>
    public Task<OtasuketaiService?> FindAsync(OtasuketaiProvider provider, int id, CancellationToken ct) =>
        db.Set<OtasuketaiService>().SingleOrDefaultAsync(s => s.Id == id && s.ProviderId == provider.Id, ct);

    public async Task<(OtasuketaiService? Service, IReadOnlyList<ServiceInputError> Errors)> CreateAsync(
        OtasuketaiProvider provider, ServiceInput input, CancellationToken ct)
    {
        var errors = input.Validate(forSubmission: false);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var service = new OtasuketaiService { ProviderId = provider.Id, Status = ServiceStatus.Draft, CreatedAt = history.Now };
        input.ApplyTo(service);
        await checks.CheckAsync(service, ct);
        db.Add(service);
        history.Record(service, ServiceEventKinds.Created, null, ServiceStatus.Draft, null, null);
        await db.SaveChangesAsync(ct);
        return (service, []);
    }

    /// <summary>Saves the draft (a draft or a returned application only) and checks it again.</summary>
    public async Task<IReadOnlyList<ServiceInputError>> SaveAsync(OtasuketaiService service, ServiceInput input, CancellationToken ct)
    {
        if (!ServiceWorkflow.ProviderCanEdit(service.Status))
        {
            return [new("", "Otasuketai.Error.NotEditable")];
        }

        var errors = input.Validate(forSubmission: false);
        if (errors.Count > 0)
        {
            return errors;
        }

        var changed = Changes(service, input);
        input.ApplyTo(service);
        await checks.CheckAsync(service, ct);
        if (changed.Length > 0)
        {
            history.Record(service, ServiceEventKinds.Saved, service.Status, service.Status, changed, null);
        }

        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Saves, checks against the current standard and submits for review.</summary>
    public async Task<IReadOnlyList<ServiceInputError>> SubmitAsync(OtasuketaiService service, ServiceInput input, string language, CancellationToken ct)
    {
        if (!ServiceWorkflow.CanMove(service.Status, ServiceStatus.Submitted, ServiceActor.Provider))
        {
            return [new("", "Otasuketai.Error.NotEditable")];
        }

        var errors = input.Validate(forSubmission: true);
        if (errors.Count > 0)
        {
            return errors;
        }

        input.ApplyTo(service);
        await checks.CheckAsync(service, ct);
        history.TryMove(service, ServiceStatus.Submitted, ServiceActor.Provider, ServiceEventKinds.Submitted, null, null, out _);
        service.Round++;
        service.SubmittedAt = history.Now;
        audit.Add(OtasuketaiAudit.ServiceSubmitted, Target(service), detail: $"{service.CheckVersion}:{service.CheckOutcome}");
        await history.NotifyAsync(service, "Otasuketai.Mail.SubmittedSubject", "Otasuketai.Mail.SubmittedBody", language, null, ct);
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<bool> WithdrawAsync(OtasuketaiService service, string language, CancellationToken ct)
    {
        var wasListed = ServiceWorkflow.IsListed(service.Status);
        if (!history.TryMove(service, ServiceStatus.Withdrawn, ServiceActor.Provider, ServiceEventKinds.Withdrawn, null, null, out _))
        {
            return false;
        }

        audit.Add(OtasuketaiAudit.ServiceWithdrawn, Target(service));
        await history.NotifyAsync(service, "Otasuketai.Mail.WithdrawnSubject", "Otasuketai.Mail.WithdrawnBody", language, null, ct);
        await db.SaveChangesAsync(ct);
        if (wasListed)
        {
            await history.RefreshListAsync(ct);
        }

        return true;
    }

    internal static string Target(OtasuketaiService service) => $"otasuketai:{service.Id}";

    /// <summary>The names of the fields the form changes, for the history.</summary>
    private static string Changes(OtasuketaiService service, ServiceInput input)
    {
        var before = new OtasuketaiService();
        var after = new OtasuketaiService();
        ServiceInput.From(service).ApplyTo(before);
        input.ApplyTo(after);
        var names = typeof(OtasuketaiService).GetProperties()
            .Where(p => p.CanWrite && p.PropertyType.IsValueType || p.PropertyType == typeof(string))
            .Where(p => !Equals(p.GetValue(before), p.GetValue(after)))
            .Select(p => p.Name);
        return string.Join(", ", names);
    }
}
