using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

public class RedactorTests
{
    [Fact]
    public void Apply_ReplacesEachMatchWithThePlaceholderForItsKind()
    {
        const string text = "山田太郎さん（taro@example.jp、090-1234-5678）は〒113-0021 東京都文京区本駒込2-28-8在住。";
        var matches = Redactions.Detect(text, "山田 太郎");

        Assert.Equal(
            "［氏名］さん（［メールアドレス］、［電話番号］）は［郵便番号］ ［住所］在住。",
            Redactor.Apply(text, matches));
    }

    [Fact]
    public void Apply_AcceptsMatchesInAnyOrder()
    {
        const string text = "a 4111 1111 1111 1111 b 192.168.1.10";
        var matches = Redactions.Detect(text).Reverse();

        Assert.Equal("a ［カード番号］ b ［IPアドレス］", Redactor.Apply(text, matches));
    }

    [Fact]
    public void Apply_LeavesTextWithoutMatchesUnchanged()
    {
        Assert.Equal("変更なし", Redactor.Apply("変更なし", []));
    }

    [Fact]
    public void Apply_RefusesOverlappingMatches()
    {
        RedactionMatch[] matches =
        [
            new(0, 4, RedactionKind.KnownName, "山田太郎"),
            new(2, 2, RedactionKind.KnownName, "太郎"),
        ];

        Assert.Throws<ArgumentException>(() => Redactor.Apply("山田太郎です", matches));
    }

    [Theory]
    [InlineData(0, 4, "佐藤花子")]
    [InlineData(4, 4, "山田太郎")]
    public void Apply_RefusesMatchesThatNoLongerAgreeWithTheText(int start, int length, string matchText)
    {
        RedactionMatch[] matches = [new(start, length, RedactionKind.KnownName, matchText)];

        Assert.Throws<ArgumentException>(() => Redactor.Apply("山田太郎です", matches));
    }

    [Fact]
    public void Placeholders_CoverEveryKind()
    {
        var placeholders = Enum.GetValues<RedactionKind>().Select(RedactionPlaceholders.For).ToList();

        Assert.Equal(placeholders.Count, placeholders.Distinct().Count());
        Assert.All(placeholders, p => Assert.Matches("^［.+］$", p));
        Assert.Throws<ArgumentOutOfRangeException>(() => RedactionPlaceholders.For((RedactionKind)99));
    }
}
