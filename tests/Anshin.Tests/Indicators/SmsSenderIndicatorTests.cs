using Anshin.Core.Indicators;

namespace Anshin.Tests.Indicators;

public class SmsSenderIndicatorTests
{
    [Theory]
    [InlineData("送信元は「SAGAWA」でした", "SAGAWA", "SAGAWA")]
    [InlineData("送信元：SAGAWA", "SAGAWA", "SAGAWA")]
    [InlineData("差出人はAmazonと表示されていた", "AMAZON", "Amazon")]
    [InlineData("SMSの送信者は『Yamato_Info』", "YAMATO_INFO", "Yamato_Info")]
    [InlineData("発信元の表示が 'au-info' だった", "AU-INFO", "au-info")]
    [InlineData("I got an SMS from SAGAWA-EXP.", "SAGAWA-EXP", "SAGAWA-EXP")]
    [InlineData("A text from \"Sagawa\" said the parcel was held", "SAGAWA", "Sagawa")]
    [InlineData("「NTT-FINANCE」からのSMSにリンクがあった", "NTT-FINANCE", "NTT-FINANCE")]
    [InlineData("ＳＭＳの送信元は「ＳＡＧＡＷＡ」", "SAGAWA", "SAGAWA")]
    [InlineData("送信元は「20014」だった", "20014", "20014")]
    public void Extract_FindsSenderNamesNearACue(string text, string value, string display)
    {
        var sender = Extraction.Single(IndicatorKind.SmsSender, text);

        Assert.Equal(value, sender.Value);
        Assert.Equal(display, sender.Display);
    }

    [Theory]
    [InlineData("SAGAWAから荷物の連絡が来た")]
    [InlineData("I got an SMS from the bank")]
    [InlineData("from 2023 to 2024")]
    [InlineData("送信元は2024年から変わっていない")]
    [InlineData("送信元は佐川急便でした")]
    [InlineData("送信元のURLは不明")]
    [InlineData("送信元は090-1234-5678でした")]
    [InlineData("送信元: (0120)123-456")]
    [InlineData("送信元は +81 90 1234 5678")]
    [InlineData("差出人: Amazon <no-reply@amazon.co.jp>")]
    [InlineData("差出人は support@example.com")]
    [InlineData("送信元はamazon.co.jpでした")]
    [InlineData("送信元についてはよくわからないが、後日SAGAWAと名乗る電話があった")]
    public void Extract_FindsNoSenderWithoutACueOrWhenItIsSomethingElse(string text)
    {
        Assert.Empty(Extraction.Values(IndicatorKind.SmsSender, text));
    }
}
