using System.Text;
using Anshin.Core.Desk;

namespace Anshin.Tests.Desk;

public class AttachmentSnifferTests
{
    private static readonly Encoding ShiftJis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;
    private static readonly Encoding EucJp = CodePagesEncodingProvider.Instance.GetEncoding(51932)!;
    private static readonly Encoding Iso2022Jp = CodePagesEncodingProvider.Instance.GetEncoding(50220)!;
    private static readonly Encoding Iso2022JpKana = CodePagesEncodingProvider.Instance.GetEncoding(50221)!;

    private const string Consultation =
        "サポート詐欺の電話がかかってきました。\r\n画面に「ウイルスに感染しています」と表示され、ｶｽﾀﾏｰｾﾝﾀｰに電話しました。\r\n";

    [Theory]
    [InlineData("89504E470D0A1A0A0000000D49484452", AttachmentKind.Png)]
    [InlineData("FFD8FFE000104A46494600", AttachmentKind.Jpeg)]
    [InlineData("FFD8FFE1FFFE4578696600", AttachmentKind.Jpeg)]
    [InlineData("474946383761010001000000", AttachmentKind.Gif)]
    [InlineData("474946383961010001000000", AttachmentKind.Gif)]
    [InlineData("255044462D312E370A25E2E3CFD30A", AttachmentKind.Pdf)]
    [InlineData("255044462D322E300A", AttachmentKind.Pdf)]
    public void Sniff_RecognisesSignatures(string hex, AttachmentKind expected)
    {
        Assert.Equal(expected, AttachmentSniffer.Sniff(Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData("4D5A90000300000004000000FFFF0000")]
    [InlineData("7F454C4602010100000000000000000003003E00")]
    [InlineData("504B0304140006000800000021009A")]
    [InlineData("504B030414000000000000000000000000000000")]
    [InlineData("D0CF11E0A1B11AE1000000000000000000000000")]
    [InlineData("526172211A0700CF907300000D00000000000000")]
    [InlineData("377ABCAF271C000489A0D2E5")]
    [InlineData("CAFEBABE00000034")]
    [InlineData("89504E470D0A1A0B0000000D49484452")]
    [InlineData("00000018667479706D703432")]
    public void Sniff_RefusesExecutablesArchivesAndOtherBinaries(string hex)
    {
        Assert.Null(AttachmentSniffer.Sniff(Convert.FromHexString(hex)));
    }

    [Fact]
    public void Sniff_RefusesEmptyInput()
    {
        Assert.Null(AttachmentSniffer.Sniff([]));
        Assert.Null(AttachmentSniffer.Sniff([0xEF, 0xBB, 0xBF]));
    }

    [Fact]
    public void Sniff_RefusesPdfSignatureNotAtTheStart()
    {
        var polyglot = Convert.FromHexString("4D5A900003000000").Concat("%PDF-1.7\n"u8.ToArray()).ToArray();

        Assert.Null(AttachmentSniffer.Sniff(polyglot));
        Assert.NotEqual(AttachmentKind.Pdf, AttachmentSniffer.Sniff("\uFEFF%PDF-1.7\n"u8));
    }

    [Fact]
    public void Sniff_LooksOnlyAtTheHead()
    {
        var file = new byte[AttachmentSniffer.HeadLength + 100];
        file.AsSpan(0, AttachmentSniffer.HeadLength).Fill((byte)'a');

        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(file));
        Assert.Null(AttachmentSniffer.Sniff(file.AsSpan(1)));
    }

    [Fact]
    public void Sniff_AcceptsUtf8TextWithOrWithoutByteOrderMark()
    {
        var text = Encoding.UTF8.GetBytes(Consultation);

        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(text));
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff([0xEF, 0xBB, 0xBF, .. text]));
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff("Just ASCII.\tTabs\fand\r\nlines."u8));
    }

    [Fact]
    public void Sniff_ToleratesUtf8CharacterCutAtTheEndOfTheHead()
    {
        // 1,366 three-byte characters are 4,098 bytes: the head ends one byte into the last one.
        var file = Encoding.UTF8.GetBytes(new string('詐', 1366));

        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(file));
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(file.AsSpan(0, 4097)));
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff("あい"u8[..5]));
    }

    [Fact]
    public void Sniff_RefusesUtf8WithByteOrderMarkButInvalidBytes()
    {
        Assert.Null(AttachmentSniffer.Sniff([0xEF, 0xBB, 0xBF, .. ShiftJis.GetBytes("テスト")]));
    }

    [Theory]
    [InlineData("616263806465660A")]
    [InlineData("61FD62")]
    [InlineData("FFFEC630B930C830")]
    [InlineData("E3206162")]
    public void Sniff_RefusesBytesValidInNoJapaneseEncoding(string hex)
    {
        // A stray continuation byte, a byte no encoding uses, UTF-16 with its byte order mark, and a character
        // cut in the middle of the text rather than at the end of the head.
        Assert.Null(AttachmentSniffer.Sniff(Convert.FromHexString(hex)));
    }

    [Fact]
    public void Sniff_AcceptsShiftJisText()
    {
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(ShiftJis.GetBytes(Consultation)));
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(Convert.FromHexString("836583588367")));
    }

    [Fact]
    public void Sniff_ToleratesShiftJisLeadByteCutAtTheEndOfTheHead()
    {
        // Starting one byte late puts the lead byte of the last two-byte character at the end of the head.
        var file = ShiftJis.GetBytes("x" + new string('テ', 2048));

        Assert.Equal(0x83, file[AttachmentSniffer.HeadLength - 1]);
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(file));
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(Convert.FromHexString("836583")));
    }

    [Theory]
    [InlineData("F040")]
    [InlineData("8340FD")]
    [InlineData("83FD")]
    [InlineData("85408340")]
    public void Sniff_RefusesShiftJisGaijiAndUnassignedCodes(string hex)
    {
        Assert.Null(AttachmentSniffer.Sniff(Convert.FromHexString(hex)));
    }

    [Fact]
    public void Sniff_AcceptsEucJpText()
    {
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(EucJp.GetBytes(Consultation)));
    }

    [Fact]
    public void Sniff_AcceptsIso2022JpText()
    {
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(Iso2022Jp.GetBytes(Consultation)));
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(Iso2022JpKana.GetBytes(Consultation)));
    }

    [Theory]
    [InlineData("1B2442")]
    [InlineData("1B24")]
    [InlineData("1B244225")]
    public void Sniff_ToleratesIso2022JpCutAtTheEndOfTheHead(string tailHex)
    {
        byte[] bytes = [.. Iso2022Jp.GetBytes("件名について"), .. Convert.FromHexString(tailHex)];

        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(bytes));
    }

    [Theory]
    [InlineData("1B2428443021")]
    [InlineData("1B5B33316D7265641B5B306D")]
    [InlineData("1B2442250A1B2842")]
    [InlineData("1B2442292125351B2842")]
    [InlineData("1B2849611B2842")]
    public void Sniff_RefusesIso2022JpWithUnknownEscapesOrBadBytes(string hex)
    {
        // JIS X 0212, an ANSI colour code, a line break inside a two-byte run, an unassigned row, and a byte
        // outside the katakana set.
        Assert.Null(AttachmentSniffer.Sniff(Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData("hello\0world")]
    [InlineData("bell\a")]
    [InlineData("vertical\vtab")]
    [InlineData("delete\u007F")]
    [InlineData("next\u0085line")]
    [InlineData("\u001B[31mred")]
    public void Sniff_RefusesTextWithControlCharacters(string text)
    {
        Assert.Null(AttachmentSniffer.Sniff(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><body>ログイン</body></html>")]
    [InlineData("<!doctype HTML>")]
    [InlineData("  \r\n<html lang=\"ja\">")]
    [InlineData("\uFEFF<HTML>")]
    [InlineData("<head><meta charset=\"utf-8\"></head>")]
    [InlineData("<script>location.href='https://example.com/'</script>")]
    [InlineData("<!-- saved from url=(0014)about:internet -->")]
    [InlineData("<body onload=\"document.forms[0].submit()\">")]
    [InlineData("<iframe src=\"https://example.com/\">")]
    [InlineData("<form action=x><p>パスワード</p></form>")]
    [InlineData("<a href=\"https://example.com/\">こちら</a>")]
    [InlineData("<br/>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">")]
    [InlineData("<?xml version=\"1.0\"?><svg/>")]
    public void Sniff_RefusesHtmlAndSvg(string markup)
    {
        Assert.Null(AttachmentSniffer.Sniff(Encoding.UTF8.GetBytes(markup)));
        Assert.Null(AttachmentSniffer.Sniff(ShiftJis.GetBytes(markup.TrimStart('\uFEFF'))));
    }

    [Theory]
    [InlineData("<https://example.com/> を開いたら警告が出ました。")]
    [InlineData("ファイル名は <html> でした。")]
    [InlineData("<htmlを開いてしまった")]
    [InlineData("<bold> と書いてありました")]
    public void Sniff_AcceptsTextThatOnlyMentionsTags(string text)
    {
        Assert.Equal(AttachmentKind.PlainText, AttachmentSniffer.Sniff(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData(AttachmentKind.Png, "image/png", ".png")]
    [InlineData(AttachmentKind.Jpeg, "image/jpeg", ".jpg")]
    [InlineData(AttachmentKind.Gif, "image/gif", ".gif")]
    [InlineData(AttachmentKind.Pdf, "application/pdf", ".pdf")]
    [InlineData(AttachmentKind.PlainText, "text/plain", ".txt")]
    [InlineData(AttachmentKind.Email, "message/rfc822", ".eml")]
    public void ContentTypeAndExtension_NameEveryKind(AttachmentKind kind, string contentType, string extension)
    {
        Assert.Equal(contentType, AttachmentSniffer.ContentType(kind));
        Assert.Equal(extension, AttachmentSniffer.Extension(kind));
    }

    [Fact]
    public void ContentTypeAndExtension_RefuseUndefinedKinds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AttachmentSniffer.ContentType((AttachmentKind)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => AttachmentSniffer.Extension((AttachmentKind)(-1)));
    }
}
