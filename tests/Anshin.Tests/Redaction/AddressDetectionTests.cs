using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

public class AddressDetectionTests
{
    public static TheoryData<string> Prefectures() =>
    [
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県",
        "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県",
        "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
        "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
    ];

    [Fact]
    public void Prefectures_AreAllFortySeven()
    {
        Assert.Equal(47, Prefectures().Count);
    }

    [Theory]
    [MemberData(nameof(Prefectures))]
    public void Detect_FindsAddressesInEveryPrefecture(string prefecture)
    {
        var address = $"{prefecture}中央市本町1-2-3";

        Assert.Equal([address], Redactions.Found(RedactionKind.Address, $"住所は{address}です。"));
    }

    [Theory]
    [InlineData("東京都文京区本駒込2-28-8")]
    [InlineData("東京都千代田区霞が関1丁目2番3号")]
    [InlineData("北海道札幌市中央区北1条西2丁目")]
    [InlineData("北海道虻田郡ニセコ町字ニセコ")]
    [InlineData("埼玉県さいたま市浦和区高砂3-15-1")]
    [InlineData("兵庫県南あわじ市市善光寺22-1")]
    [InlineData("東京都港区六本木6-10-1六本木ヒルズ")]
    [InlineData("東京都文京区本駒込２－２８－８")]
    [InlineData("大阪府大阪市北区梅田1の2")]
    [InlineData("東京都千代田区丸の内2-7-2")]
    [InlineData("東京都千代田区丸の内一丁目")]
    public void Detect_FindsTheWholeAddressLine(string address)
    {
        Assert.Equal([address], Redactions.Found(RedactionKind.Address, $"{address}、相談者宅"));
    }

    [Theory]
    [InlineData("東京都文京区本駒込2-28-8に住む", "東京都文京区本駒込2-28-8")]
    [InlineData("相談者は東京都世田谷区在住の70代", "東京都世田谷区")]
    [InlineData("千葉県船橋市本町1-2-3 グリーンハイツ101", "千葉県船橋市本町1-2-3")]
    [InlineData("東京都文京区の窓口2か所", "東京都文京区")]
    [InlineData("神奈川県横浜市が開催した", "神奈川県横浜市")]
    public void Detect_StopsWhereTheSentenceResumes(string text, string expected)
    {
        Assert.Equal([expected], Redactions.Found(RedactionKind.Address, text));
    }

    [Theory]
    [InlineData("横浜市港北区日吉本町1-2-3")]
    [InlineData("札幌市中央区北1条西2丁目")]
    [InlineData("名古屋市中村区名駅一丁目")]
    public void Detect_FindsDesignatedCityWardsFollowedByBlockNumbers(string address)
    {
        Assert.Equal([address], Redactions.Found(RedactionKind.Address, $"自宅は{address}。"));
    }

    [Theory]
    [InlineData("東京都の窓口に相談した")]
    [InlineData("大阪府には市が33ある")]
    [InlineData("神奈川県警に被害を届け出た")]
    [InlineData("北海道から電話があった")]
    [InlineData("横浜市港北区の窓口に相談した")]
    [InlineData("東京の渋谷区で起きた")]
    public void Detect_IgnoresPlacesThatAreNotSomeonesAddress(string text)
    {
        Assert.Empty(Redactions.Found(RedactionKind.Address, text));
    }
}
