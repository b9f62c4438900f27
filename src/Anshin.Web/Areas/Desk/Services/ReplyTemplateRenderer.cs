using System.Text.RegularExpressions;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Fills a reply template's placeholders, written in braces in Japanese or English: <c>{相談番号}</c> /
/// <c>{receipt}</c>, <c>{氏名}</c> / <c>{name}</c>, <c>{回答期限}</c> / <c>{due}</c>, <c>{窓口名}</c> / <c>{desk}</c>,
/// <c>{窓口電話}</c> / <c>{desk_phone}</c>, <c>{担当者}</c> / <c>{consultant}</c>, <c>{紹介先}</c> / <c>{referral}</c>.
/// Unknown placeholders stay as written so the consultant sees them before sending.
/// </summary>
public static partial class ReplyTemplateRenderer
{
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["相談番号"] = "receipt",
        ["受付番号"] = "receipt",
        ["氏名"] = "name",
        ["回答期限"] = "due",
        ["窓口名"] = "desk",
        ["窓口電話"] = "desk_phone",
        ["担当者"] = "consultant",
        ["紹介先"] = "referral",
    };

    public static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m =>
        {
            var key = m.Groups[1].Value.Trim();
            key = Aliases.TryGetValue(key, out var alias) ? alias : key;
            return values.TryGetValue(key, out var value) ? value : m.Value;
        });

    /// <summary>Placeholders left unfilled, so the composer can warn before sending.</summary>
    public static IReadOnlyList<string> Unfilled(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{([^{}\r\n]{1,30})\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();
}
