using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

public class AddressListTests
{
    private static List<MailAddress> Parse(string field) => AddressListParser.Parse(field);

    [Fact]
    public void NameAndAddress_AreSplitAndTheDomainLowerCased()
    {
        Assert.Equal([new MailAddress("Taro Yamada", "Taro.Yamada@example.co.jp")], Parse("Taro Yamada <Taro.Yamada@Example.CO.JP>"));
    }

    [Fact]
    public void QuotedNames_MayHoldCommasAndEscapes()
    {
        Assert.Equal(
            [new MailAddress("Yamada, \"Taro\"", "t@example.jp"), new MailAddress(string.Empty, "h@example.jp")],
            Parse("\"Yamada, \\\"Taro\\\"\" <t@example.jp>, h@example.jp"));
    }

    [Fact]
    public void CommentAfterBareAddress_BecomesTheName()
    {
        Assert.Equal([new MailAddress("Postmaster", "postmaster@example.jp")], Parse("postmaster@example.jp (Postmaster)"));
    }

    [Fact]
    public void Groups_ContributeTheirMembersOnly()
    {
        Assert.Equal(["a@example.jp", "b@example.jp"], Parse("Team: a@example.jp, b@example.jp;, undisclosed-recipients:;").Select(a => a.Address));
    }

    [Fact]
    public void UnquotedJapaneseNameBeforeAnAddress_IsTheName()
    {
        Assert.Equal([new MailAddress("山田 太郎", "yamada@example.jp")], Parse("山田 太郎 yamada@example.jp"));
    }

    [Fact]
    public void QuotedLocalPart_StaysWithItsDomain()
    {
        Assert.Equal("\"john doe\"@example.jp", Assert.Single(Parse("\"john doe\"@EXAMPLE.jp")).Address);
    }

    [Fact]
    public void MailboxWithoutDomain_IsKeptWhenItIsTheOnlyOne()
    {
        Assert.Equal("MAILER-DAEMON", Assert.Single(Parse("MAILER-DAEMON (Mail Delivery System)")).Address);
        Assert.Equal(["a@example.jp"], Parse("Yamada, a@example.jp").Select(a => a.Address));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<<<>>>")]
    [InlineData("\"unterminated <a@b>")]
    [InlineData("(((")]
    [InlineData(":;:;,,,<")]
    public void Malformed_ListsNeverThrow(string field)
    {
        _ = Parse(field);
    }
}
