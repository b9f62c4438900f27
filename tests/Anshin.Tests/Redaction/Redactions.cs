using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

/// <summary>Short ways to ask what the detector finds in a sentence.</summary>
internal static class Redactions
{
    public static IReadOnlyList<RedactionMatch> Detect(string text, params string[] knownValues) =>
        new RedactionDetector(knownValues).Detect(text);

    /// <summary>The original text of every match of one kind, in order.</summary>
    public static string[] Found(RedactionKind kind, string text, params string[] knownValues) =>
        [.. Detect(text, knownValues).Where(m => m.Kind == kind).Select(m => m.Text)];
}
