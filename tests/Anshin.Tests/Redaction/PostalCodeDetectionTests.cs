using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

public class PostalCodeDetectionTests
{
    [Theory]
    [InlineData("〒113-0021 東京都", "〒113-0021")]
    [InlineData("〒1130021", "〒1130021")]
    [InlineData("〒 060-0001", "〒 060-0001")]
    [InlineData("郵便番号は113-0021です", "113-0021")]
    [InlineData("〒１１３－００２１", "〒１１３－００２１")]
    [InlineData("郵便番号１１３ー００２１", "１１３ー００２１")]
    public void Detect_FindsPostalCodes(string text, string expected)
    {
        Assert.Equal([expected], Redactions.Found(RedactionKind.PostalCode, text));
    }

    [Theory]
    [InlineData("受付番号2026-001234の件")]
    [InlineData("番号は1130021です")]
    [InlineData("1234-567 は形が違う")]
    [InlineData("〒113-00211")]
    public void Detect_IgnoresNumbersThatAreNotPostalCodes(string text)
    {
        Assert.Empty(Redactions.Found(RedactionKind.PostalCode, text));
    }

    [Theory]
    [InlineData("03-123-4567")]
    [InlineData("0120-123-4567")]
    [InlineData("090-123-4567")]
    public void Detect_IgnoresPostalCodeShapesInsidePhoneNumbers(string text)
    {
        Assert.Empty(Redactions.Found(RedactionKind.PostalCode, text));
    }
}
