using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Anshin.Core.Organisations;
using Anshin.Core.SecurityAction;
using Anshin.Core.SelfCheck;
using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SecurityAction.Services;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Areas.SelfCheck.Services;
using Anshin.Web.Platform.Data;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.SecurityAction.Commands;

/// <summary>
/// <c>seed-sme RESULTS DECLARATIONS [--seed S] [--ids-file F]</c>: made-up organisations with self-diagnosis results
/// (about one in five organisations has taken it twice) and SECURITY ACTION declarations, then the peer counts rebuilt,
/// for benchmarks. <c>--ids-file</c> writes a sample of 1,000 declaration IDs for the verification benchmark. Never for
/// production data.
/// </summary>
[SuppressMessage("Security", "CA5394", Justification = "Made-up benchmark data must be reproducible from a seed; nothing here is secret.")]
public static class SeedSmeCommand
{
    private const int Batch = 2_000;

    // Industries weighted roughly as small firms are spread: construction, manufacturing, trade and services most.
    private static readonly string[] IndustryPool = [.. "DDDEEEEEIIIIIKLMMNPPRGHJ".Select(c => c.ToString())];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var numbers = args.Where(a => !a.StartsWith('-')).ToList();
        if (numbers.Count < 2 || !int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var results)
            || !int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var declarations))
        {
            Console.Error.WriteLine("Usage: seed-sme RESULTS DECLARATIONS [--seed S] [--ids-file FILE]");
            return 1;
        }

        var random = new Random(Option(args, "--seed") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 42);
        DatabaseServices.EnsureDataDirectory(app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
        }

        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var version = SelfCheckQuestionSets.Current.Version;
        var watch = Stopwatch.StartNew();
        var organisationsNeeded = Math.Max(declarations, (int)(results / 1.2));
        var sample = new List<string>();
        var ids = new HashSet<string>();
        var resultsLeft = results;
        for (var done = 0; done < organisationsNeeded; done += Batch)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var tx = await db.Database.BeginTransactionAsync();
            var organisations = new List<Organisation>(Batch);
            for (var i = done; i < Math.Min(organisationsNeeded, done + Batch); i++)
            {
                organisations.Add(new Organisation
                {
                    Name = string.Create(CultureInfo.InvariantCulture, $"試験商事{i + 1:D6}株式会社"),
                    Industry = IndustryPool[random.Next(IndustryPool.Length)],
                    SizeBand = 1 + (int)Math.Min(5, Math.Floor(-Math.Log(1 - random.NextDouble()) * 1.4)),
                    ResumeCodeHash = Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())) + string.Create(CultureInfo.InvariantCulture, $"{i:D48}"),
                    SecurityStamp = "bench",
                    CreatedAt = now.AddDays(-random.Next(1, 1500)),
                });
            }

            db.AddRange(organisations);
            await db.SaveChangesAsync();

            var batchResults = new List<SelfCheckResult>();
            foreach (var organisation in organisations)
            {
                // Everyone who remains takes it once; about one in five takes it again later.
                var times = resultsLeft <= 0 ? 0 : random.Next(5) == 0 ? 2 : 1;
                var skill = random.NextDouble();
                for (var t = 0; t < times && resultsLeft > 0; t++, resultsLeft--)
                {
                    var answers = Enumerable.Range(0, SelfCheckScore.QuestionCount).Select(_ => Answer(random, skill + (t * 0.1))).ToList();
                    batchResults.Add(new SelfCheckResult
                    {
                        OrganisationId = organisation.Id,
                        QuestionSetVersion = version,
                        Answers = SelfCheckAnswers.Encode(answers),
                        Score = SelfCheckScore.Total(answers),
                        Industry = organisation.Industry!,
                        SizeBand = organisation.SizeBand!.Value,
                        TakenAt = organisation.CreatedAt.AddDays(t * 200),
                    });
                }
            }

            db.AddRange(batchResults);
            var index = done;
            var batchDeclarations = new List<Declaration>();
            foreach (var organisation in organisations.Where(_ => index++ < declarations))
            {
                string id;
                do
                {
                    id = DeclarationIds.New(n => random.NextInt64(n));
                }
                while (!ids.Add(id));

                var level = random.Next(100) < 25 ? 2 : 1;
                var withdrawn = random.Next(100) < 3;
                var at = organisation.CreatedAt.AddDays(1);
                var declaration = new Declaration
                {
                    PublicId = id,
                    OrganisationId = organisation.Id,
                    Level = level,
                    State = withdrawn ? DeclarationState.Withdrawn : DeclarationState.Active,
                    PolicyUrl = level == 2 ? $"https://example.jp/{id}/policy" : null,
                    Language = "ja",
                    AppliedAt = at,
                    DeclaredAt = at,
                    UpdatedAt = at,
                    WithdrawnAt = withdrawn ? at.AddDays(100) : null,
                };
                var twelve = random.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture);
                new DeclarationDetails(ApplicantKind.Corporation, CorporateNumber.CheckDigit(twelve).ToString(CultureInfo.InvariantCulture) + twelve,
                    organisation.Name, "シケンショウジ", random.Next(1, 48), "試験町1-2-3", organisation.Industry!,
                    SizeBands.All[organisation.SizeBand!.Value - 1].MinEmployees, "試験 太郎", $"contact-{id}@example.jp",
                    DeclarationPurpose.Subsidy).ApplyTo(declaration);
                batchDeclarations.Add(declaration);
                if (sample.Count < 1_000 && random.Next(Math.Max(1, declarations / 1_000)) == 0)
                {
                    sample.Add(id);
                }
            }

            db.AddRange(batchDeclarations);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            Console.WriteLine($"{done + organisations.Count:N0} / {organisationsNeeded:N0} organisations  ({watch.Elapsed.TotalSeconds:0} s)");
        }

        using (var scope = app.Services.CreateScope())
        {
            await PeerAggregates.RebuildAsync(scope.ServiceProvider.GetRequiredService<AnshinDbContext>(), CancellationToken.None);
        }

        if (Option(args, "--ids-file") is { } file)
        {
            await File.WriteAllLinesAsync(file, sample);
        }

        Console.WriteLine($"seeded {results - resultsLeft:N0} results and {Math.Min(declarations, organisationsNeeded):N0} declarations in {watch.Elapsed.TotalSeconds:0} s; peer counts rebuilt");
        return 0;
    }

    private static SelfCheckAnswer Answer(Random random, double skill) => random.NextDouble() switch
    {
        var r when r < 0.3 + (0.6 * Math.Min(1, skill)) => SelfCheckAnswer.Done,
        var r when r < 0.85 => SelfCheckAnswer.Partly,
        var r when r < 0.95 => SelfCheckAnswer.NotDone,
        _ => SelfCheckAnswer.Unknown,
    };

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
