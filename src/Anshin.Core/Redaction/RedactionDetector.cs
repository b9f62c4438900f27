namespace Anshin.Core.Redaction;

/// <summary>
/// Finds what would identify the consulter in a case text before it is published as an anonymised example:
/// e-mail addresses, phone numbers, postal codes, addresses, identifying URLs, IP addresses, card and
/// account numbers, and the values the case itself recorded about the consulter.
/// </summary>
/// <remarks>
/// Detection runs on a copy of the text with full-width forms and dash variants folded to ASCII one character
/// for one, so ０９０－１２３４－５６７８ is found like 090-1234-5678 and offsets still refer to the original.
/// The result is a proposal for staff to review, not a guarantee: names other than the known ones are not found.
/// </remarks>
public sealed class RedactionDetector
{
    private static readonly Comparer<Candidate> ByStart = Comparer<Candidate>.Create((a, b) => a.Start.CompareTo(b.Start));

    private readonly KnownValuePattern[] knownValues;

    /// <summary>Creates a detector for one case.</summary>
    /// <param name="knownValues">
    /// Values recorded in the case, such as the consulter's name, e-mail address and phone number. E-mail
    /// addresses and phone numbers are reported with those kinds, anything else as
    /// <see cref="RedactionKind.KnownName"/>; blank values and one-character names are ignored.
    /// </param>
    public RedactionDetector(IEnumerable<string> knownValues)
    {
        ArgumentNullException.ThrowIfNull(knownValues);
        this.knownValues = knownValues
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Distinct(StringComparer.Ordinal)
            .Select(KnownValuePattern.Create)
            .OfType<KnownValuePattern>()
            .ToArray();
    }

    /// <summary>Finds the spans to redact.</summary>
    /// <param name="text">The case text as written.</param>
    /// <returns>
    /// Non-overlapping matches sorted by <see cref="RedactionMatch.Start"/>. Where detectors disagree, the
    /// longer span wins, then a known value, then the more specific kind (an e-mail address over a URL, say).
    /// </returns>
    /// <exception cref="System.Text.RegularExpressions.RegexMatchTimeoutException">
    /// A pattern ran past its time limit; the text must then be redacted by hand rather than half-detected.
    /// </exception>
    public IReadOnlyList<RedactionMatch> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = WidthFolding.Fold(text);
        var candidates = new List<Candidate>();
        foreach (var knownValue in knownValues)
        {
            knownValue.Find(folded, candidates);
        }

        EmailDetector.Find(folded, candidates);
        UrlDetector.Find(folded, candidates);
        CardNumberDetector.Find(folded, candidates);
        IpAddressDetector.Find(folded, candidates);
        PhoneDetector.Find(folded, candidates);
        AccountNumberDetector.Find(folded, candidates);
        PostalCodeDetector.Find(folded, candidates);
        AddressDetector.Find(folded, candidates);

        candidates.Sort(static (a, b) =>
            b.Length != a.Length ? b.Length.CompareTo(a.Length)
            : a.IsKnownValue != b.IsKnownValue ? b.IsKnownValue.CompareTo(a.IsKnownValue)
            : a.Kind != b.Kind ? Specificity(a.Kind).CompareTo(Specificity(b.Kind))
            : a.Start.CompareTo(b.Start));

        var accepted = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            AcceptUnlessOverlapping(accepted, candidate);
        }

        return accepted.ConvertAll(c => new RedactionMatch(c.Start, c.Length, c.Kind, text.Substring(c.Start, c.Length)));
    }

    // Keeps the accepted list sorted by start, so that only the neighbours need checking for an overlap.
    private static void AcceptUnlessOverlapping(List<Candidate> accepted, Candidate candidate)
    {
        var index = accepted.BinarySearch(candidate, ByStart);
        if (index >= 0)
        {
            return;
        }

        index = ~index;
        if ((index > 0 && accepted[index - 1].End > candidate.Start)
            || (index < accepted.Count && accepted[index].Start < candidate.End))
        {
            return;
        }

        accepted.Insert(index, candidate);
    }

    // Lower is more specific: a pattern with a checksum or an '@' says more than a run of address characters.
    private static int Specificity(RedactionKind kind) => kind switch
    {
        RedactionKind.Email => 0,
        RedactionKind.CardNumber => 1,
        RedactionKind.Url => 2,
        RedactionKind.IpAddress => 3,
        RedactionKind.Phone => 4,
        RedactionKind.AccountNumber => 5,
        RedactionKind.PostalCode => 6,
        RedactionKind.KnownName => 7,
        _ => 8,
    };
}
