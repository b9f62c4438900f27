using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Platform.Data;

namespace Anshin.Web.Areas.Otasuketai;

/// <summary>
/// Fictional providers and services for a first run (<c>Seed/otasuketai-demo.json</c>): ten registered services of every
/// type and region, and six applications in review that fail the check for different reasons (a price above the cap,
/// a minimum contract, remote help only, insurance without first-response costs, office-hours monitoring, a combined
/// price above the sum). The provider accounts are confirmed and have no password: they sign in by link.
/// </summary>
public sealed class OtasuketaiDemoContent(OrganisationAccounts accounts, TimeProvider clock) : IDemoContent
{
    private const string Reviewer = "デモ審査担当";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public int Order => 960;

    public async Task SeedAsync(AnshinDbContext db, CancellationToken ct)
    {
        var demo = JsonSerializer.Deserialize<DemoFile>(await SeedFile.ReadAsync("otasuketai-demo.json", ct), Json)
            ?? throw new InvalidDataException("otasuketai-demo.json is empty.");
        var now = clock.GetUtcNow().UtcDateTime;
        var providers = new Dictionary<string, OtasuketaiProvider>();
        foreach (var p in demo.Providers)
        {
            var (organisation, _) = accounts.Create(null, null);
            organisation.Name = p.Name;
            organisation.Email = p.Email;
            organisation.EmailConfirmedAt = now.AddDays(-400);
            var provider = new OtasuketaiProvider
            {
                Organisation = organisation,
                Name = p.Name,
                NameEn = p.NameEn,
                CorporateNumber = p.CorporateNumber,
                Prefecture = p.Prefecture,
                Address = p.Address,
                Website = p.Website,
                ContactName = p.ContactName,
                Phone = p.Phone,
                CreatedAt = now.AddDays(-400),
                UpdatedAt = now.AddDays(-400),
            };
            providers[p.Key] = provider;
            db.Add(provider);
        }

        await db.SaveChangesAsync(ct);
        var registered = 0;
        var services = new List<(OtasuketaiService Service, StandardCheckResult Check)>();
        foreach (var s in demo.Services.OrderBy(s => s.Category))
        {
            var service = s.ToService(providers[s.Provider].Id);
            var since = s.Category == 2
                ? services.Where(x => x.Service.ProviderId == service.ProviderId && x.Service.Category == 1 && x.Service.RegisteredAt is not null)
                    .Select(x => (DateTime?)x.Service.RegisteredAt).Min()
                : null;
            var check = StandardCheck.Evaluate(StandardRules.Initial, service.ToOffer(since is { } at ? ServiceChecks.JapanDate(at) : null),
                ServiceChecks.JapanDate(now));
            service.CheckVersion = check.Version;
            service.CheckOutcome = check.Overall;
            service.CheckResult = ServiceChecks.Serialize(check);
            service.CheckedAt = now.AddDays(-30);
            service.EntryMonthly = service.ToOffer().MonthlyCost(1, 1);
            service.CreatedAt = now.AddDays(-60 - (registered * 97));
            service.SubmittedAt = s.Status == ServiceStatus.Draft ? null : service.CreatedAt.AddDays(2);
            service.Round = s.Status == ServiceStatus.Draft ? 0 : 1;
            if (s.Status == ServiceStatus.Registered)
            {
                registered++;
                service.RegisteredAt = s.Category == 1 && s.Provider == "p8" ? now.AddYears(-4).AddMonths(-3) : service.CreatedAt.AddDays(20);
            }

            service.UpdatedAt = service.RegisteredAt ?? service.SubmittedAt ?? service.CreatedAt;
            services.Add((service, check));
        }

        var number = 0;
        foreach (var (service, _) in services.Where(x => x.Service.RegisteredAt is not null).OrderBy(x => x.Service.RegisteredAt))
        {
            service.RegistrationNumber = string.Create(CultureInfo.InvariantCulture,
                $"OT-{ServiceChecks.JapanDate(service.RegisteredAt!.Value).Year}-{++number:D4}");
        }

        db.AddRange(services.Select(x => x.Service));
        await db.SaveChangesAsync(ct);
        foreach (var (service, check) in services)
        {
            AddHistory(db, service, check);
        }

        await db.SaveChangesAsync(ct);
    }

    private static void AddHistory(AnshinDbContext db, OtasuketaiService service, StandardCheckResult check)
    {
        ServiceEvent Step(string kind, DateTime at, ServiceStatus? from, ServiceStatus to, string? comment = null, bool staff = false)
        {
            var step = new ServiceEvent
            {
                ServiceId = service.Id,
                At = at,
                Kind = kind,
                FromStatus = from,
                ToStatus = to,
                StaffName = staff ? Reviewer : null,
                Comment = comment,
                CheckVersion = check.Version,
                CheckOutcome = check.Overall,
            };
            db.Add(step);
            return step;
        }

        Step(ServiceEventKinds.Created, service.CreatedAt, null, ServiceStatus.Draft);
        if (service.SubmittedAt is not { } submitted)
        {
            return;
        }

        Step(ServiceEventKinds.Submitted, submitted, ServiceStatus.Draft, ServiceStatus.Submitted);
        if (service.Status == ServiceStatus.Submitted)
        {
            return;
        }

        Step(ServiceEventKinds.ReviewStarted, submitted.AddDays(1), ServiceStatus.Submitted, ServiceStatus.UnderReview, staff: true);
        if (service.Status == ServiceStatus.Registered)
        {
            Step(ServiceEventKinds.Registered, service.RegisteredAt!.Value, ServiceStatus.UnderReview, ServiceStatus.Registered, staff: true);
        }
        else if (service.Status == ServiceStatus.Returned)
        {
            var returned = Step(ServiceEventKinds.Returned, submitted.AddDays(5), ServiceStatus.UnderReview, ServiceStatus.Returned,
                "基準を満たさない項目があります。項目ごとのコメントを確認し、修正して再提出してください。", staff: true);
            foreach (var failed in check.Items.Where(i => i.Outcome == RequirementOutcome.Fail))
            {
                db.Add(new ReviewComment
                {
                    ServiceId = service.Id,
                    Event = returned,
                    RequirementCode = failed.Code,
                    Text = failed.Reason.Ja + " 見直した内容で再提出してください。",
                    At = returned.At,
                });
            }
        }
    }

    private sealed record DemoFile(IReadOnlyList<DemoProvider> Providers, IReadOnlyList<DemoService> Services);

    private sealed record DemoProvider(string Key, string Name, string? NameEn, string CorporateNumber, int Prefecture, string Address,
        string Website, string ContactName, string Email, string Phone);
}
