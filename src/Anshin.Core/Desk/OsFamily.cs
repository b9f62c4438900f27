using System.Globalization;
using System.Text;

namespace Anshin.Core.Desk;

/// <summary>The operating-system families the statistics count; the stored numbers never change.</summary>
public enum OsFamily
{
    Unknown = 0,
    Windows = 1,
    MacOs = 2,
    Ios = 3,
    Android = 4,
    Linux = 5,
    ChromeOs = 6,
    Other = 7,
}

/// <summary>
/// Sorts what a consulter typed as their OS ("Windows 11", "ｉＰｈｏｎｅ", "アンドロイド 14") into an <see cref="OsFamily"/>.
/// </summary>
public static class OsFamilies
{
    private static readonly (OsFamily Family, string[] Words)[] Rules =
    [
        (OsFamily.ChromeOs, ["chromeos", "chrome os", "chromebook", "クロームブック"]),
        (OsFamily.Windows, ["windows", "win1", "win 1", "win7", "win8", "ウィンドウズ", "ウインドウズ"]),
        (OsFamily.Ios, ["ios", "iphone", "ipad", "ipados", "アイフォン", "アイパッド"]),
        (OsFamily.MacOs, ["macos", "mac os", "os x", "osx", "macbook", "imac", "mac", "マック"]),
        (OsFamily.Android, ["android", "アンドロイド", "galaxy", "pixel", "xperia", "aquos", "arrows"]),
        (OsFamily.Linux, ["linux", "ubuntu", "debian", "fedora", "リナックス"]),
    ];

    public static OsFamily Classify(string? operatingSystem)
    {
        var text = (operatingSystem ?? "").Normalize(NormalizationForm.FormKC).Trim().ToLower(CultureInfo.InvariantCulture);
        if (text.Length == 0 || text is "不明" or "わからない" or "unknown" or "-")
        {
            return OsFamily.Unknown;
        }

        foreach (var (family, words) in Rules)
        {
            if (words.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                return family;
            }
        }

        return OsFamily.Other;
    }
}
