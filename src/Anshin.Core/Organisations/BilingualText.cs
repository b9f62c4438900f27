namespace Anshin.Core.Organisations;

/// <summary>A short text in Japanese and English; Japanese is the default language of the product.</summary>
public sealed record BilingualText(string Ja, string En)
{
    /// <summary>The English text for any "en" language tag ("en", "en-GB"), the Japanese text otherwise.</summary>
    public string In(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Ja;
}
