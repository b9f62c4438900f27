namespace Anshin.Core.SelfCheck;

/// <summary>Every edition of the questions ever published: old results keep pointing at theirs.</summary>
public static class SelfCheckQuestionSets
{
    private static readonly Dictionary<string, SelfCheckQuestionSet> ByVersion =
        new[] { Edition2026.Build() }.ToDictionary(s => s.Version, StringComparer.Ordinal);

    /// <summary>The edition new diagnoses are answered against.</summary>
    public static SelfCheckQuestionSet Current { get; } = ByVersion["2026.1"];

    public static IReadOnlyCollection<SelfCheckQuestionSet> All => ByVersion.Values;

    /// <summary>The edition with this version, or null when there is none.</summary>
    public static SelfCheckQuestionSet? Find(string version) => ByVersion.GetValueOrDefault(version);
}
