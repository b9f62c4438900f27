using System.Text;
using System.Text.RegularExpressions;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// Finds the case tag <c>[相談#YYYY-NNNNNN]</c> in a subject. Mail programs and people retype it with full-width
/// brackets, ＃ or a long dash, so the subject is width-folded (NFKC) first and spaces inside the tag are allowed.
/// </summary>
public static partial class CaseTagParser
{
    public static string? ReceiptNumber(string? subject)
    {
        if (string.IsNullOrEmpty(subject))
        {
            return null;
        }

        var folded = subject.Normalize(NormalizationForm.FormKC).Replace('－', '-').Replace('‐', '-').Replace('―', '-');
        var match = Tag().Match(folded);
        return match.Success ? $"{match.Groups[1].Value}-{match.Groups[2].Value}" : null;
    }

    [GeneratedRegex(@"\[\s*相談\s*#\s*(\d{4})\s*-\s*(\d{6})\s*\]", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Tag();
}
