namespace Anshin.Core.SelfCheck;

/// <summary>A short text in both of the site's languages.</summary>
public sealed record LocalText(string Ja, string En)
{
    /// <summary>The English text for "en" (or an "en-" culture such as "en-US"), otherwise the Japanese one.</summary>
    public string In(string language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            ? En
            : Ja;
}
