namespace Anshin.Core.SelfCheck;

/// <summary>
/// The 2026.1 edition: the 25 topics of the SME self-diagnosis, in our own words. Published text: change it only by adding a new
/// edition, so that stored results keep the wording they were answered against.
/// </summary>
internal static partial class Edition2026
{
    public const string Version = "2026.1";

    private const string UpdatesAndAntimalware = "sme-updates-and-antimalware";
    private const string PasswordsAndAccess = "sme-passwords-and-access";
    private const string LearningAndTraining = "sme-learning-and-training";
    private const string EmailAndFax = "sme-email-and-fax";
    private const string WifiWebAndSns = "sme-wifi-web-and-sns";
    private const string Backups = "sme-backups";
    private const string OfficeAndPaper = "sme-office-and-paper";
    private const string DevicesOutsideAndDisposal = "sme-devices-outside-and-disposal";
    private const string PartnersAndCloud = "sme-partners-and-cloud";
    private const string IncidentReadinessAndRules = "sme-incident-readiness-and-rules";

    public static SelfCheckQuestionSet Build() => new(Version, Parts(), [.. Part1(), .. Part2(), .. Part3()]);

    private static SelfCheckPart[] Parts() =>
    [
        new(1, T("基本的な対策", "Basic measures"),
            T("会社の規模や業種にかかわらず、いつも続けておきたい基本です。",
                "The basics that every firm, whatever its size or trade, should keep up all the time.")),
        new(2, T("社員一人ひとりの対策", "Measures for each employee"),
            T("社員の誰もが、毎日の仕事の中で気をつけたいことです。",
                "Things everyone in the firm should take care of in their daily work.")),
        new(3, T("会社としての対策", "Measures for the organisation"),
            T("経営者が決めて、会社の仕組みやルールにしておきたいことです。",
                "Things the management should decide and build into the firm's rules and routines.")),
    ];

    private static SelfCheckQuestion Q(
        int number, int part, string articleSlug, LocalText text, LocalText why, LocalText doneLooksLike, params LocalText[] nextSteps) =>
        new(number, part, text, why, doneLooksLike, nextSteps, articleSlug);

    private static LocalText T(string ja, string en) => new(ja, en);
}
