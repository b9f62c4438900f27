using System.Text;
using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

public class CharsetTests
{
    private static readonly Encoding Cp932 = CodePagesEncodingProvider.Instance.GetEncoding(932)!;
    private static readonly Encoding EucJp = CodePagesEncodingProvider.Instance.GetEncoding(51932)!;

    private const string Sample = "フィッシングサイトに認証情報を入力してしまった可能性があります。①～③を確認中。";

    [Fact]
    public void Iso2022Jp_ReadsNecRowsIbmExtensionsAndHalfWidthKana()
    {
        byte[] bytes =
        [
            0x1B, 0x24, 0x42, 0x2D, 0x21, 0x2D, 0x6A, 0x7C, 0x62, // ① ㈱ 髙 (NEC row 13, NEC-selected IBM row)
            0x1B, 0x28, 0x49, 0x36, 0x40, // ｶﾀ via ESC ( I
            0x1B, 0x28, 0x42,
        ];

        Assert.Equal("①㈱髙ｶﾀ", MailCharsets.Decode(bytes, "iso-2022-jp"));
    }

    [Theory]
    [InlineData("shift_jis")]
    [InlineData("Shift-JIS")]
    [InlineData("x-sjis")]
    [InlineData("windows-31j")]
    [InlineData("cp932")]
    public void ShiftJis_IsReadAsCp932SoNecCharactersAndTildeSurvive(string charset)
    {
        Assert.Equal(Sample, MailCharsets.Decode(Cp932.GetBytes(Sample), charset));
    }

    [Fact]
    public void EucJp_ReadsNecRow()
    {
        Assert.Equal(Sample, MailCharsets.Decode(EucJp.GetBytes(Sample), "EUC-JP"));
    }

    [Fact]
    public void Latin1_IsReadAsWindows1252()
    {
        Assert.Equal("\u201Cquoted\u201D \u2013 caf\u00E9", MailCharsets.Decode([0x93, .. "quoted"u8, 0x94, 0x20, 0x96, .. " caf"u8, 0xE9], "ISO-8859-1"));
    }

    [Theory]
    [InlineData(932)]
    [InlineData(51932)]
    [InlineData(65001)]
    [InlineData(50221)]
    public void Detect_RecognisesEachJapaneseEncoding(int codePage)
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(codePage)?.GetBytes(Sample) ?? Encoding.UTF8.GetBytes(Sample);

        Assert.Equal(codePage, CharsetDetector.Detect(bytes));
    }

    [Theory]
    [InlineData("x-mystery")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("us-ascii")]
    public void UndeclaredOrWrongCharset_FallsBackToDetection(string? charset)
    {
        Assert.Equal(Sample, MailCharsets.Decode(Cp932.GetBytes(Sample), charset));
        Assert.Equal(Sample, MailCharsets.Decode(EucJp.GetBytes(Sample), charset));
        Assert.Equal(Sample, MailCharsets.Decode(Encoding.UTF8.GetBytes(Sample), charset));
    }

    [Fact]
    public void Utf8Declaration_WithShiftJisBytes_IsCorrectedAndReported()
    {
        var problems = new ProblemLog();

        Assert.Equal(Sample, MailCharsets.Decode(Cp932.GetBytes(Sample), "utf-8", problems));
        Assert.Contains(MailProblem.CharsetMismatch, problems.Names);
    }

    [Fact]
    public void AnyCharsetDotNetKnows_IsUsed()
    {
        var koi8 = CodePagesEncodingProvider.Instance.GetEncoding("koi8-r")!;

        Assert.Equal("Привет", MailCharsets.Decode(koi8.GetBytes("Привет"), "koi8-r"));
    }

    [Fact]
    public void Header_WithRawShiftJis_UsesTheBodyCharsetAsHint()
    {
        var raw = MailBuilder.Message()
            .RawHeader([.. "Subject: "u8, .. Cp932.GetBytes("ｶﾅ混じりの件名")])
            .Header("Content-Type", "text/plain; charset=shift_jis")
            .Build();

        var message = MimeParser.Parse(raw);

        Assert.Equal("ｶﾅ混じりの件名", message.Subject);
        Assert.Contains(MailProblem.Undeclared8BitHeader, message.Problems);
    }
}
