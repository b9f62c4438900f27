using System.Text.RegularExpressions;

namespace Anshin.Web.Areas.Knowledge.Navigator;

/// <summary>Node keys: 1–60 lower-case ASCII letters, digits and inner hyphens, so they read well in an address.</summary>
public static partial class NavigatorKeys
{
    public const int MaxLength = 60;

    public static bool IsValid(string? key) => key is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(key);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
