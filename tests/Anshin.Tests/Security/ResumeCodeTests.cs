using Anshin.Core.Security;

namespace Anshin.Tests.Security;

public sealed class ResumeCodeTests
{
    [Fact]
    public void New_IsFourGroupsOfFour_AndDiffersEachTime()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => ResumeCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Typing_IsForgiving_AboutWidthCaseSeparatorsAndLookalikes()
    {
        var code = "AB0C-D1EF-GH1J-KM0N";
        var hash = ResumeCode.Hash(code);

        Assert.Equal(hash, ResumeCode.Hash("ab0c d1ef gh1j km0n"));
        Assert.Equal(hash, ResumeCode.Hash("ＡＢＯＣ－ＤＩＥＦ－ＧＨＬＪ－ＫＭＯＮ"));
        Assert.Equal(hash, ResumeCode.Hash("abocdiefghljkmon"));
        Assert.NotEqual(hash, ResumeCode.Hash("AB0C-D1EF-GH1J-KM0P"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AB0C-D1EF-GH1J")]
    [InlineData("AB0C-D1EF-GH1J-KM0N-X")]
    [InlineData("AB0C-D1EF-GH1J-KM0U")]
    [InlineData("AB0C-D1EF-GH1J-KM0!")]
    public void Hash_RefusesWhatCannotBeACode(string? input) => Assert.Null(ResumeCode.Hash(input));
}
