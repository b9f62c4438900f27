using System.Text;

namespace Anshin.Core.Redaction;

/// <summary>Replaces detected or hand-picked spans with the placeholders from <see cref="RedactionPlaceholders"/>.</summary>
public static class Redactor
{
    /// <summary>Returns the text with every match replaced by the placeholder for its kind.</summary>
    /// <param name="text">The text the matches were found in.</param>
    /// <param name="matches">Non-overlapping matches, in any order.</param>
    /// <exception cref="ArgumentException">
    /// A match lies outside the text, no longer agrees with the text at its offsets, or overlaps another match.
    /// </exception>
    public static string Apply(string text, IEnumerable<RedactionMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);

        var ordered = matches.OrderBy(m => m.Start).ToList();
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var match in ordered)
        {
            // Refusing rather than skipping: a silently dropped span would publish what it was meant to hide.
            if (match.Start < position)
            {
                throw new ArgumentException($"The match at {match.Start} overlaps the previous one.", nameof(matches));
            }

            // Matches outlive the text when staff edit it after detection; stale offsets would cut the wrong words.
            if (match.End > text.Length || !text.AsSpan(match.Start, match.Length).SequenceEqual(match.Text))
            {
                throw new ArgumentException($"The match at {match.Start} does not agree with the text.", nameof(matches));
            }

            result.Append(text, position, match.Start - position).Append(RedactionPlaceholders.For(match.Kind));
            position = match.End;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }
}
