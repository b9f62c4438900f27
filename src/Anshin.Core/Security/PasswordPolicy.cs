using System.Collections.ObjectModel;
using System.Text;

namespace Anshin.Core.Security;

/// <summary>
/// Password rules after NIST SP 800-63B §5.1.1.2: a minimum length, a generous maximum, no composition rules,
/// and a check against passwords that are common or tied to the user.
/// </summary>
public static class PasswordPolicy
{
    /// <summary>Minimum length in Unicode code points after NFKC normalisation.</summary>
    public const int MinimumLength = 12;

    /// <summary>Maximum length in Unicode code points after NFKC normalisation.</summary>
    public const int MaximumLength = 128;

    // Only long stems count when appended digits are stripped: with a short stem most of a 12-character
    // password is digits, about which the list says nothing.
    private const int MinimumStrippedWordLength = 8;

    // A token this short (e.g. a two-kanji family name) appears inside too many good passphrases to reject.
    private const int MinimumUserTokenLength = 3;

    // NFKC composes at most a few code points into one, so input this long cannot come back under the maximum;
    // refusing it before normalising bounds the work a hostile request can cause.
    private const int CertainlyTooLongUtf16Length = MaximumLength * 32;

    private static readonly char[] UserTokenSeparators = [' ', '.', '_', '-', '+'];

    /// <summary>Lists every rule the password breaks; an empty list means it is acceptable.</summary>
    /// <param name="password">The password as typed.</param>
    /// <param name="userContext">The user's name, e-mail address and similar values the password must not contain.</param>
    public static IReadOnlyList<PasswordProblem> Check(string password, params string[] userContext)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length > CertainlyTooLongUtf16Length)
        {
            return new ReadOnlyCollection<PasswordProblem>([PasswordProblem.TooLong]);
        }

        var normalized = password.Normalize(NormalizationForm.FormKC);
        var lower = normalized.ToLowerInvariant();
        var length = PasswordPatterns.CodePointCount(normalized);
        var problems = new List<PasswordProblem>();
        if (length < MinimumLength)
        {
            problems.Add(PasswordProblem.TooShort);
        }

        if (length > MaximumLength)
        {
            problems.Add(PasswordProblem.TooLong);
        }

        if (IsCommon(lower))
        {
            problems.Add(PasswordProblem.Common);
        }

        if (ContainsUserToken(lower, userContext ?? []))
        {
            problems.Add(PasswordProblem.ContainsUserName);
        }

        if (PasswordPatterns.IsRepetitive(lower))
        {
            problems.Add(PasswordProblem.Repetitive);
        }

        return new ReadOnlyCollection<PasswordProblem>(problems);
    }

    private static bool IsCommon(string lower)
    {
        if (CommonPasswords.ContainsNormalized(lower))
        {
            return true;
        }

        var stem = lower.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return stem.Length < lower.Length
            && stem.Length >= MinimumStrippedWordLength
            && CommonPasswords.ContainsNormalized(stem);
    }

    private static bool ContainsUserToken(string lower, IEnumerable<string> userContext) =>
        userContext.SelectMany(UserTokens).Any(token => lower.Contains(token, StringComparison.Ordinal));

    // From "Taro.Yamada@example.jp" the tokens are "taro.yamada", "taro" and "yamada": the domain is shared
    // with everyone else at the company, so it is not personal.
    private static IEnumerable<string> UserTokens(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield break;
        }

        var normalized = value.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim();
        var at = normalized.LastIndexOf('@');
        var personal = at > 0 ? normalized[..at] : normalized;
        var candidates = personal.Split(UserTokenSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Append(personal)
            .Append(string.Concat(personal.Where(c => !char.IsWhiteSpace(c))));
        foreach (var token in candidates.Distinct(StringComparer.Ordinal))
        {
            if (PasswordPatterns.CodePointCount(token) >= MinimumUserTokenLength)
            {
                yield return token;
            }
        }
    }
}
