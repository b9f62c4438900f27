using System.Globalization;
using Anshin.Core.Organisations;
using Anshin.Core.SecurityAction;
using Anshin.Core.SelfCheck;
using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SecurityAction.Services;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Areas.SelfCheck.Services;
using Anshin.Web.Platform.Data;

namespace Anshin.Web.Areas.SecurityAction;

/// <summary>
/// Fictional firms for a first run: 60 self-diagnosis results (enough for one peer group, manufacturing with 6–20
/// employees, to show its figures), and a dozen SECURITY ACTION declarations — ★ and ★★, one withdrawn — so the
/// verification page, the list and the statistics have something to show. No e-mail is written for them.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5394", Justification = "Made-up demo data must be reproducible from a seed; nothing here is secret.")]
public sealed class SmeDemoContent(OrganisationAccounts accounts, TimeProvider clock) : IDemoContent
{
    public int Order => 950;

    private sealed record Firm(string Name, string Kana, int Prefecture, string Industry, int Employees, int Level);

    private static readonly Firm[] Firms =
    [
        new("みなと精機株式会社（架空）", "ミナトセイキ", 14, "E", 18, 2),
        new("有限会社さくら印刷（架空）", "サクラインサツ", 13, "E", 9, 1),
        new("株式会社あおば会計事務所（架空）", "アオバカイケイジムショ", 4, "L", 12, 2),
        new("ひかり歯科クリニック（架空）", "ヒカリシカクリニック", 27, "P", 7, 1),
        new("株式会社こだま物流（架空）", "コダマブツリュウ", 23, "H", 45, 1),
        new("やまびこ工務店（架空）", "ヤマビココウムテン", 20, "D", 5, 1),
        new("株式会社しおさいフーズ（架空）", "シオサイフーズ", 40, "E", 26, 2),
        new("つばめ旅行株式会社（架空）", "ツバメリョコウ", 26, "N", 14, 1),
        new("株式会社いろは設計（架空）", "イロハセッケイ", 13, "L", 8, 2),
        new("合同会社ほしぞらデザイン（架空）", "ホシゾラデザイン", 1, "G", 3, 1),
        new("株式会社かえで商店（架空）", "カエデショウテン", 34, "I", 11, 1),
        new("こもれび介護サービス（架空）", "コモレビカイゴサービス", 47, "P", 60, 2),
    ];

    public async Task SeedAsync(AnshinDbContext db, CancellationToken ct)
    {
        var random = new Random(7);
        var now = clock.GetUtcNow().UtcDateTime;
        var organisations = new List<(Organisation Organisation, List<SelfCheckAnswer> Answers)>();
        for (var i = 0; i < 60; i++)
        {
            var (organisation, _) = accounts.Create(i < 30 ? "E" : Industries.All[random.Next(Industries.All.Count)].Code.ToString(), i < 30 ? 2 : random.Next(1, 7));
            organisations.Add((organisation, Answers(random, 0.35 + (0.6 * random.NextDouble()))));
        }

        var firms = new List<(Organisation Organisation, Firm Firm)>();
        foreach (var firm in Firms)
        {
            var (organisation, _) = accounts.Create(firm.Industry, SizeBands.ForEmployees(firm.Employees).Code);
            organisation.Name = firm.Name;
            firms.Add((organisation, firm));
            if (firm.Level == 2)
            {
                organisations.Add((organisation, Answers(random, 0.85)));
            }
        }

        await db.SaveChangesAsync(ct);
        var results = organisations.Select(o => new SelfCheckResult
        {
            OrganisationId = o.Organisation.Id,
            QuestionSetVersion = SelfCheckQuestionSets.Current.Version,
            Answers = SelfCheckAnswers.Encode(o.Answers),
            Score = SelfCheckScore.Total(o.Answers),
            Industry = o.Organisation.Industry!,
            SizeBand = o.Organisation.SizeBand!.Value,
            TakenAt = now.AddDays(-random.Next(1, 200)),
        }).ToList();
        db.AddRange(results);
        await db.SaveChangesAsync(ct);
        await PeerAggregates.RebuildAsync(db, ct);

        var declarations = new List<Declaration>();
        for (var i = 0; i < firms.Count; i++)
        {
            var (organisation, firm) = firms[i];
            var declaredAt = now.AddDays(-random.Next(10, 700));
            var declaration = new Declaration
            {
                PublicId = DeclarationIds.New(),
                OrganisationId = organisation.Id,
                Level = firm.Level,
                State = i == 5 ? DeclarationState.Withdrawn : DeclarationState.Active,
                ApplicantKind = firm.Name.Contains("会社", StringComparison.Ordinal) ? ApplicantKind.Corporation : ApplicantKind.SoleProprietor,
                Address = "架空町1-2-3",
                ContactName = "安心 太郎",
                ContactEmail = $"contact{i + 1}@example.jp",
                Purpose = (DeclarationPurpose)(i % 4),
                PolicyUrl = firm.Level == 2 ? $"https://example.jp/firm{i + 1}/security-policy" : null,
                SelfCheckResultId = results.FirstOrDefault(r => r.OrganisationId == organisation.Id)?.Id,
                AppliedAt = declaredAt,
                DeclaredAt = declaredAt,
                UpdatedAt = declaredAt,
                WithdrawnAt = i == 5 ? now.AddDays(-3) : null,
            };
            new DeclarationDetails(declaration.ApplicantKind, declaration.ApplicantKind == ApplicantKind.Corporation ? CorporateNumberFor(random) : null,
                firm.Name, firm.Kana, firm.Prefecture, declaration.Address, firm.Industry, firm.Employees, declaration.ContactName,
                declaration.ContactEmail, declaration.Purpose).ApplyTo(declaration);
            declarations.Add(declaration);
        }

        db.AddRange(declarations);
        await db.SaveChangesAsync(ct);
        foreach (var d in declarations)
        {
            db.Add(new DeclarationEvent { DeclarationId = d.Id, At = d.DeclaredAt!.Value, Kind = DeclarationEventKind.Declared, Actor = Declarations.Declarant, Detail = d.Level == 2 ? "★★" : "★" });
            if (d.WithdrawnAt is { } withdrawn)
            {
                db.Add(new DeclarationEvent { DeclarationId = d.Id, At = withdrawn, Kind = DeclarationEventKind.Withdrawn, Actor = Declarations.Declarant, Detail = "廃業のため" });
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>25 answers where each question is done with about the given probability.</summary>
    private static List<SelfCheckAnswer> Answers(Random random, double done) =>
        [.. Enumerable.Range(0, SelfCheckScore.QuestionCount).Select(_ => random.NextDouble() switch
        {
            var r when r < done => SelfCheckAnswer.Done,
            var r when r < done + ((1 - done) * 0.5) => SelfCheckAnswer.Partly,
            var r when r < done + ((1 - done) * 0.85) => SelfCheckAnswer.NotDone,
            _ => SelfCheckAnswer.Unknown,
        })];

    /// <summary>A made-up corporate number with a correct check digit.</summary>
    private static string CorporateNumberFor(Random random)
    {
        var twelve = random.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture);
        return CorporateNumber.CheckDigit(twelve).ToString(CultureInfo.InvariantCulture) + twelve;
    }
}
