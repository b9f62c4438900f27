using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Anshin.Core.Organisations;
using Anshin.Core.Otasuketai;
using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Areas.Otasuketai.Services;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Platform.Data;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Otasuketai.Commands;

/// <summary>
/// <c>seed-otasuketai SERVICES [--seed S]</c>: made-up providers (one per five services) and services of every type,
/// region and price within the standard, nine in ten registered and the rest in review, each checked against the
/// current rules as an application would be — for benchmarks of the public list and the wizard. Never for production data.
/// </summary>
[SuppressMessage("Security", "CA5394", Justification = "Made-up benchmark data must be reproducible from a seed; nothing here is secret.")]
public static class SeedOtasuketaiCommand
{
    private const int Batch = 1_000;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var numbers = args.Where(a => !a.StartsWith('-')).ToList();
        if (numbers.Count < 1 || !int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            Console.Error.WriteLine("Usage: seed-otasuketai SERVICES [--seed S]");
            return 1;
        }

        var seedIndex = Array.IndexOf(args, "--seed");
        var random = new Random(seedIndex >= 0 && seedIndex + 1 < args.Length ? int.Parse(args[seedIndex + 1], CultureInfo.InvariantCulture) : 42);
        DatabaseServices.EnsureDataDirectory(app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        }

        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = ServiceChecks.JapanDate(now);
        var watch = Stopwatch.StartNew();
        var perYear = new Dictionary<int, int>();
        var firstNumber = FirstCorporateNumber(random);
        for (var done = 0; done < count; done += Batch)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
            var accounts = scope.ServiceProvider.GetRequiredService<OrganisationAccounts>();
            var rules = await scope.ServiceProvider.GetRequiredService<StandardVersions>().CurrentAsync(default);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var size = Math.Min(Batch, count - done);
            var providers = new List<OtasuketaiProvider>();
            for (var i = 0; i < (size + 4) / 5; i++)
            {
                var n = (done / 5) + i;
                var (organisation, _) = accounts.Create(null, null);
                organisation.Name = $"ベンチ見守りサービス{n}株式会社（架空）";
                providers.Add(new OtasuketaiProvider
                {
                    Organisation = organisation,
                    Name = organisation.Name,
                    NameEn = $"Bench Watch Services {n} (fictional)",
                    CorporateNumber = Number(firstNumber + n),
                    Prefecture = random.Next(1, 48),
                    Address = "架空町1-1",
                    Website = $"https://bench{n}.example.jp/",
                    ContactName = "見本 太郎",
                    Phone = "03-0000-0000",
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }

            db.AddRange(providers);
            await db.SaveChangesAsync();
            var services = new List<OtasuketaiService>(size);
            for (var i = 0; i < size; i++)
            {
                var service = Service(random, providers[i / 5].Id, done + i, now);
                var check = StandardCheck.Evaluate(rules, service.ToOffer(), today);
                service.CheckVersion = check.Version;
                service.CheckOutcome = check.Overall;
                service.CheckResult = ServiceChecks.Serialize(check);
                service.CheckedAt = now;
                service.EntryMonthly = service.ToOffer().MonthlyCost(1, 1);
                if (random.NextDouble() < 0.9)
                {
                    service.Status = ServiceStatus.Registered;
                    service.RegisteredAt = now.AddDays(-random.Next(1, 1_500));
                    var year = ServiceChecks.JapanDate(service.RegisteredAt.Value).Year;
                    perYear[year] = perYear.GetValueOrDefault(year) + 1;
                    service.RegistrationNumber = string.Create(CultureInfo.InvariantCulture, $"OT-{year}-{perYear[year]:D4}");
                }
                else
                {
                    service.Status = random.NextDouble() < 0.5 ? ServiceStatus.Submitted : ServiceStatus.UnderReview;
                    service.SubmittedAt = now.AddDays(-random.Next(1, 30));
                }

                services.Add(service);
            }

            db.AddRange(services);
            await db.SaveChangesAsync();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {count} services in {watch.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    private static OtasuketaiService Service(Random random, int providerId, int n, DateTime now)
    {
        var type = ServiceTypes.All[random.Next(3)];
        var nationwide = random.NextDouble() < 0.3;
        var home = random.Next(1, 48);
        var region = nationwide ? [] : Enumerable.Range(0, random.Next(1, 8)).Select(k => ((home - 1 + k) % 47) + 1).ToList();
        return new OtasuketaiService
        {
            ProviderId = providerId,
            Name = $"ベンチ見守りサービス {n}",
            NameEn = $"Bench watch service {n}",
            Description = "ベンチマーク用の架空のサービスです。",
            Type = type,
            Category = random.NextDouble() < 0.05 ? 2 : 1,
            BaseMonthly = type == ServiceType.Combined ? random.Next(0, 11) * 100 : 0,
            PerSiteMonthly = type.WatchesNetwork() ? random.Next(50, 101) * 100 : null,
            PerDeviceMonthly = type.WatchesEndpoints() ? random.Next(5, 21) * 100 : null,
            MinimumDevices = type.WatchesEndpoints() ? 1 : null,
            InitialFee = random.Next(0, 6) * 10_000,
            Nationwide = nationwide,
            Prefectures = OtasuketaiService.JoinCodes(region),
            DeskChannels = DeskChannels.Phone | DeskChannels.Email,
            DeskHours = "平日 9:00〜18:00",
            MonitorsNetwork = type.WatchesNetwork(),
            MonitorsEndpoints = type.WatchesEndpoints(),
            Monitoring24Hours = true,
            MonitoringScope = "通信と端末の異常",
            Notification = NotificationMethods.Phone | NotificationMethods.Email,
            OnSiteSupport = true,
            OnSiteNationwide = nationwide,
            OnSitePrefectures = OtasuketaiService.JoinCodes(region),
            OnSiteResponseHours = random.Next(1, 4) * 12,
            HasInsurance = true,
            Insurer = "架空損害保険",
            InsuranceCoversFirstResponse = true,
            InsuranceLimit = 1_000_000,
            InsuranceUserCost = 0,
            SetupByProvider = true,
            SuppliesNetworkDevice = random.NextDouble() < 0.7,
            SupportsServers = random.NextDouble() < 0.6,
            Category1Since = new DateOnly(2021, 4, 1),
            RegularConsulting = true,
            Round = 1,
            SubmittedAt = now.AddDays(-random.Next(30, 1_600)),
            CreatedAt = now.AddDays(-1_600),
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
    }

    private static long FirstCorporateNumber(Random random) => 500_000_000_000L + (random.Next(0, 1_000) * 1_000_000L);

    /// <summary>A 13-digit corporate number with its check digit from 12 digits.</summary>
    private static string Number(long twelveDigits)
    {
        var digits = twelveDigits.ToString("D12", CultureInfo.InvariantCulture);
        return CorporateNumber.CheckDigit(digits).ToString(CultureInfo.InvariantCulture) + digits;
    }
}
