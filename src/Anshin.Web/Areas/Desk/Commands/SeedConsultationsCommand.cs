using System.Diagnostics;
using System.Globalization;
using Anshin.Core.Calendar;
using Anshin.Core.Desk;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Search;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Areas.Statistics.Ledger;
using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Commands;

/// <summary>
/// <c>seed-consultations N [--seed S]</c>: adds N synthetic consultations spread over the last ten years, for
/// benchmarks and load tests. Never for production data: every consulter address is @example.jp.
/// </summary>
public static class SeedConsultationsCommand
{
    private const int Batch = 5_000;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.FirstOrDefault(a => !a.StartsWith('-')) is not { } countText
            || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            Console.Error.WriteLine("Usage: seed-consultations N [--seed S]   (N synthetic consultations over ten years)");
            return 1;
        }

        var seedIndex = Array.IndexOf(args, "--seed");
        var seed = seedIndex >= 0 && seedIndex + 1 < args.Length ? int.Parse(args[seedIndex + 1], CultureInfo.InvariantCulture) : 42;
        DatabaseServices.EnsureDataDirectory(app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        }

        var clock = app.Services.GetRequiredService<TimeProvider>();
        var end = clock.GetUtcNow().UtcDateTime;
        var start = end.AddYears(-10);
        var step = (end - start).Ticks / count;
        var watch = Stopwatch.StartNew();
        Dictionary<string, int> methods;
        Dictionary<int, int> counters;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
            methods = await db.Set<Method>().ToDictionaryAsync(m => m.Code, m => m.Id);
            counters = await db.Set<ReceiptCounter>().ToDictionaryAsync(c => c.Year, c => c.LastSequence);
        }

        var generator = new SyntheticConsultations(seed, end, methods);
        // Counting a million cases one SaveChanges at a time would write millions of deltas; the counts are rebuilt at the end.
        using var uncounted = StatisticsInterceptor.Suspend();
        for (var done = 0; done < count; done += Batch)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
            var search = scope.ServiceProvider.GetRequiredService<ICaseSearch>();
            var batch = new List<Consultation>(Batch);
            for (var i = done; i < Math.Min(count, done + Batch); i++)
            {
                var received = new DateTime(start.Ticks + (step * i), DateTimeKind.Utc);
                var year = BusinessCalendar.ToTokyoDate(new DateTimeOffset(received)).Year;
                counters[year] = counters.GetValueOrDefault(year) + 1;
                batch.Add(generator.Next(new ReceiptNumber(year, counters[year]), received));
            }

            await using var tx = await db.Database.BeginTransactionAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AddRange(batch);
            var saving = Stopwatch.StartNew();
            await db.SaveChangesAsync();
            var saved = saving.Elapsed;
            await search.IndexNewAsync([.. batch.Select(c => (c.Id, CaseDocument.Compose(c, [], [])))], CancellationToken.None);
            await tx.CommitAsync();
            Console.WriteLine($"{done + batch.Count:N0} / {count:N0}  ({watch.Elapsed.TotalSeconds:0} s; rows {saved.TotalSeconds:0.0} s, index {(saving.Elapsed - saved).TotalSeconds:0.0} s)");
        }

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
            foreach (var (year, last) in counters)
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "ReceiptCounters" ("Year", "LastSequence") VALUES ({year}, {last})
                    ON CONFLICT ("Year") DO UPDATE SET "LastSequence" = {last}
                    """);
            }

            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE; INSERT INTO fts_consultations (fts_consultations) VALUES ('optimize')");
            }
        }

        using (var scope = app.Services.CreateScope())
        {
            var counted = await scope.ServiceProvider.GetRequiredService<StatisticsRebuilder>().RebuildAsync(CancellationToken.None);
            Console.WriteLine($"Statistics rebuilt from {counted:N0} counted consultations ({watch.Elapsed.TotalSeconds:0} s).");
            var indicators = await scope.ServiceProvider.GetRequiredService<IndicatorScanner>().ScanAsync(CancellationToken.None);
            Console.WriteLine($"Recorded {indicators:N0} scam indicators ({watch.Elapsed.TotalSeconds:0} s).");
        }

        Console.WriteLine($"Seeded {count:N0} consultations in {watch.Elapsed.TotalSeconds:0} s.");
        return 0;
    }
}
