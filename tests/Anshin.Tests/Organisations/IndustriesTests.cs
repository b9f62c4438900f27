using Anshin.Core.Organisations;

namespace Anshin.Tests.Organisations;

public class IndustriesTests
{
    [Fact]
    public void All_HasTwentyMajorGroupsLetteredAToT()
    {
        Assert.Equal("ABCDEFGHIJKLMNOPQRST", string.Concat(Industries.All.Select(i => i.Code)));
        Assert.All(Industries.All, i => Assert.False(string.IsNullOrWhiteSpace(i.Name.Ja)));
        Assert.All(Industries.All, i => Assert.False(string.IsNullOrWhiteSpace(i.Name.En)));
    }

    [Theory]
    [InlineData('A', "農業，林業", "Agriculture and forestry")]
    [InlineData('E', "製造業", "Manufacturing")]
    [InlineData('G', "情報通信業", "Information and communications")]
    [InlineData('P', "医療，福祉", "Medical, health care and welfare")]
    [InlineData('T', "分類不能の産業", "Industries unable to classify")]
    public void Find_ReturnsTheMajorGroup(char code, string ja, string en)
    {
        var industry = Industries.Find(code);

        Assert.NotNull(industry);
        Assert.Equal(ja, industry.Name.Ja);
        Assert.Equal(en, Industries.Name(code, "en"));
        Assert.Equal(industry, Industries.Find(char.ToLowerInvariant(code)));
    }

    [Theory]
    [InlineData('U')]
    [InlineData('Z')]
    [InlineData('1')]
    [InlineData('Ａ')]
    public void Find_ReturnsNullForOtherCharacters(char code)
    {
        Assert.Null(Industries.Find(code));
    }

    [Theory]
    [InlineData("A", true)]
    [InlineData("t", true)]
    [InlineData(" G ", true)]
    [InlineData("Ｇ", true)]
    [InlineData("U", false)]
    [InlineData("AB", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_AcceptsOneLetterAToT(string? code, bool expected)
    {
        Assert.Equal(expected, Industries.IsValid(code));
    }
}
