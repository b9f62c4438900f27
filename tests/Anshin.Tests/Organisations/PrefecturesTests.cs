using Anshin.Core.Organisations;

namespace Anshin.Tests.Organisations;

public class PrefecturesTests
{
    [Fact]
    public void All_HasFortySevenPrefecturesInCodeOrder()
    {
        Assert.Equal(47, Prefectures.All.Count);
        Assert.Equal(Enumerable.Range(1, 47), Prefectures.All.Select(p => p.Code));
        Assert.Equal(47, Prefectures.All.Select(p => p.Name.Ja).Distinct().Count());
        Assert.Equal(47, Prefectures.All.Select(p => p.Name.En).Distinct().Count());
    }

    [Fact]
    public void All_JapaneseNamesEndInTheirAdministrativeSuffix()
    {
        Assert.All(Prefectures.All, p => Assert.True(
            p.Name.Ja == "北海道" || p.Name.Ja == "東京都" || p.Name.Ja is "京都府" or "大阪府" || p.Name.Ja.EndsWith('県'),
            p.Name.Ja));
        Assert.Equal(43, Prefectures.All.Count(p => p.Name.Ja.EndsWith('県')));
    }

    [Theory]
    [InlineData(1, "北海道", "Hokkaido", "01")]
    [InlineData(2, "青森県", "Aomori", "02")]
    [InlineData(13, "東京都", "Tokyo", "13")]
    [InlineData(26, "京都府", "Kyoto", "26")]
    [InlineData(27, "大阪府", "Osaka", "27")]
    [InlineData(40, "福岡県", "Fukuoka", "40")]
    [InlineData(47, "沖縄県", "Okinawa", "47")]
    public void Find_ReturnsThePrefectureForItsJisCode(int code, string ja, string en, string jis)
    {
        var prefecture = Prefectures.Find(code);

        Assert.NotNull(prefecture);
        Assert.Equal(ja, prefecture.Name.Ja);
        Assert.Equal(en, prefecture.Name.En);
        Assert.Equal(jis, prefecture.JisCode);
        Assert.Equal(ja, Prefectures.Name(code, "ja"));
        Assert.Equal(en, Prefectures.Name(code, "en"));
        Assert.Equal(en, Prefectures.Name(code, "en-GB"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(48)]
    [InlineData(-1)]
    public void Find_ReturnsNullOutsideOneToFortySeven(int code)
    {
        Assert.Null(Prefectures.Find(code));
        Assert.Throws<ArgumentOutOfRangeException>(() => Prefectures.Name(code, "ja"));
    }
}
