using Anshin.Core.Text;

namespace Anshin.Tests.Text;

public class ContactTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("  \r\n\t ", "")]
    [InlineData("　山田　太郎　", "山田 太郎")]
    [InlineData("ＷｉｎｄｏｗｓＵｐｄａｔｅ", "WindowsUpdate")]
    [InlineData("ｻﾎﾟｰﾄ詐欺", "サポート詐欺")]
    [InlineData("①電話があった\r\n②画面が固まった\r③電話した", "1電話があった\n2画面が固まった\n3電話した")]
    [InlineData("㈱アンシン", "(株)アンシン")]
    [InlineData("tab\tkept", "tab\tkept")]
    public void Normalize_FoldsWidthsTrimsAndUnifiesLineBreaks(string? text, string expected)
    {
        Assert.Equal(expected, ContactText.Normalize(text));
    }

    [Theory]
    [InlineData("pasted\0text", "pastedtext")]
    [InlineData("bell\a and escape\u001B[0m", "bell and escape[0m")]
    [InlineData("\u0085next line", "next line")]
    public void Normalize_RemovesControlCharacters(string text, string expected)
    {
        Assert.Equal(expected, ContactText.Normalize(text));
    }

    [Theory]
    [InlineData("taro@example.jp", "taro@example.jp")]
    [InlineData("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "taro@example.jp")]
    [InlineData("  Taro.Yamada@Example.CO.JP  ", "Taro.Yamada@example.co.jp")]
    [InlineData("taro @ example.jp", "taro@example.jp")]
    [InlineData("taro\t@example.\u3000jp", "taro@example.jp")]
    [InlineData("o'brien+desk@mail-1.example.com", "o'brien+desk@mail-1.example.com")]
    [InlineData("a!#$%&*/=?^_`{|}~-b@example.jp", "a!#$%&*/=?^_`{|}~-b@example.jp")]
    [InlineData("taro@xn--eckwd4c7c.xn--zckzah.jp", "taro@xn--eckwd4c7c.xn--zckzah.jp")]
    [InlineData("1@2.jp", "1@2.jp")]
    public void NormalizeEmail_AcceptsPlausibleAddresses(string text, string expected)
    {
        Assert.Equal(expected, ContactText.NormalizeEmail(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("taro")]
    [InlineData("taro@")]
    [InlineData("@example.jp")]
    [InlineData("taro@@example.jp")]
    [InlineData("taro@mail@example.jp")]
    [InlineData("taro@example")]
    [InlineData("taro@example.j")]
    [InlineData("taro@example.j1")]
    [InlineData("taro@example。jp")]
    [InlineData("taro@example｡jp")]
    [InlineData(".taro@example.jp")]
    [InlineData("taro.@example.jp")]
    [InlineData("ta..ro@example.jp")]
    [InlineData("taro@.example.jp")]
    [InlineData("taro@example..jp")]
    [InlineData("taro@example.jp.")]
    [InlineData("taro@-example.jp")]
    [InlineData("taro@example-.jp")]
    [InlineData("taro@exa_mple.jp")]
    [InlineData("\"taro yamada\"@example.jp")]
    [InlineData("taro(comment)@example.jp")]
    [InlineData("taro@[192.0.2.1]")]
    [InlineData("太郎@example.jp")]
    [InlineData("taro@例え.jp")]
    [InlineData("taro@example.jp,hanako@example.jp")]
    [InlineData("Taro <taro@example.jp>")]
    public void NormalizeEmail_RefusesImplausibleAddresses(string? text)
    {
        Assert.Null(ContactText.NormalizeEmail(text));
    }

    [Fact]
    public void NormalizeEmail_EnforcesLengthLimits()
    {
        var label = new string('a', 63);
        var longDomain = $"{label}.{label}.{label}.{new string('b', 57)}.jp";

        Assert.NotNull(ContactText.NormalizeEmail(new string('x', 64) + "@example.jp"));
        Assert.Null(ContactText.NormalizeEmail(new string('x', 65) + "@example.jp"));
        Assert.NotNull(ContactText.NormalizeEmail($"taro@{label}.jp"));
        Assert.Null(ContactText.NormalizeEmail($"taro@{label}a.jp"));
        Assert.Equal(254, ContactText.NormalizeEmail("t@" + longDomain)!.Length);
        Assert.Null(ContactText.NormalizeEmail("ta@" + longDomain));
    }

    [Theory]
    [InlineData("０３（１２３４）５６７８", "03-1234-5678")]
    [InlineData("(03) 1234-5678", "03-1234-5678")]
    [InlineData("090 1234 5678", "090-1234-5678")]
    [InlineData("09012345678", "09012345678")]
    [InlineData("０９０ー１２３４ー５６７８", "090-1234-5678")]
    [InlineData("090ｰ1234ｰ5678", "090-1234-5678")]
    [InlineData("090－1234－5678", "090-1234-5678")]
    [InlineData("090‐1234‑5678", "090-1234-5678")]
    [InlineData("090–1234—5678", "090-1234-5678")]
    [InlineData("090―1234−5678", "090-1234-5678")]
    [InlineData("  090 - 1234 - 5678  ", "090-1234-5678")]
    [InlineData("0120-123-456", "0120-123-456")]
    [InlineData("+81-90-1234-5678", "+81-90-1234-5678")]
    [InlineData("＋８１　３　１２３４　５６７８", "+81-3-1234-5678")]
    [InlineData("+819012345678", "+819012345678")]
    [InlineData("+81 (0)90 1234 5678", "+81-0-90-1234-5678")]
    public void NormalizePhone_KeepsTheConsultersGroupingWithAsciiHyphens(string text, string expected)
    {
        Assert.Equal(expected, ContactText.NormalizePhone(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("---")]
    [InlineData("110")]
    [InlineData("03-1234-567")]
    [InlineData("090-1234-56789")]
    [InlineData("9012345678")]
    [InlineData("090-1234-567８a")]
    [InlineData("tel:090-1234-5678")]
    [InlineData("090-1234-5678 内線12")]
    [InlineData("090.1234.5678")]
    [InlineData("090/1234/5678")]
    [InlineData("+1-202-555-0100")]
    [InlineData("+81-3-1234-567")]
    [InlineData("+81-90-1234-5678-9012")]
    [InlineData("81-90-1234-5678")]
    [InlineData("090+1234+5678")]
    [InlineData("٠٩٠١٢٣٤٥٦٧٨")]
    public void NormalizePhone_RefusesImplausibleNumbers(string? text)
    {
        Assert.Null(ContactText.NormalizePhone(text));
    }

    [Theory]
    [InlineData("090-1234-5678", "09012345678")]
    [InlineData("09012345678", "09012345678")]
    [InlineData("+81-90-1234-5678", "09012345678")]
    [InlineData("+819012345678", "09012345678")]
    [InlineData("+81-0-90-1234-5678", "09012345678")]
    [InlineData("０３（１２３４）５６７８", "0312345678")]
    [InlineData("", "")]
    public void PhoneDigits_GivesTheDomesticDigits(string phone, string expected)
    {
        Assert.Equal(expected, ContactText.PhoneDigits(phone));
    }

    [Fact]
    public void PhoneDigits_MatchesTheSameNumberHoweverWritten()
    {
        var written = new[] { "090-1234-5678", "０９０（１２３４）５６７８", "+81 90 1234 5678", "+81-090-1234-5678" };

        var digits = written.Select(w => ContactText.PhoneDigits(ContactText.NormalizePhone(w)!)).Distinct();

        Assert.Equal(["09012345678"], digits);
    }

    [Fact]
    public void PhoneDigits_RefusesNull()
    {
        Assert.Throws<ArgumentNullException>(() => ContactText.PhoneDigits(null!));
    }
}
