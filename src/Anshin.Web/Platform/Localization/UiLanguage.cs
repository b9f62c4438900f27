using System.Globalization;

namespace Anshin.Web.Platform.Localization;

/// <summary>The language of the current request's UI, as the two codes content is written in.</summary>
public static class UiLanguage
{
    /// <summary><c>en</c> when the visitor reads English, otherwise <c>ja</c>.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja";

    public static bool IsEnglish => Current == "en";
}
