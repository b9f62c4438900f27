using System.Text.RegularExpressions;

namespace Anshin.BrowserTests.Infrastructure;

public static partial class JapaneseText
{
    /// <summary>True when the text has kana or kanji.</summary>
    public static bool IsIn(string text) => JapaneseCharacter().IsMatch(text);

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseCharacter();
}
