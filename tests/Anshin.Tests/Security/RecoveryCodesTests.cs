using System.Text.RegularExpressions;
using Anshin.Core.Security;

namespace Anshin.Tests.Security;

public partial class RecoveryCodesTests
{
    [Fact]
    public void Generate_MakesDistinctCodesInGroupsOfFourFourTwo()
    {
        var codes = RecoveryCodes.Generate();

        Assert.Equal(10, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches(CodeShape(), code));
    }

    [Fact]
    public void Generate_NeverUsesAmbiguousCharacters()
    {
        var characters = string.Concat(RecoveryCodes.Generate(100));

        Assert.DoesNotContain(characters, c => "01OIL".Contains(c, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_RejectsCountOutsideRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RecoveryCodes.Generate(0));
    }

    [Theory]
    [InlineData("ABCD-EFGH-JK", "ABCDEFGHJK")]
    [InlineData(" abcd efgh jk ", "ABCDEFGHJK")]
    [InlineData("ａｂｃｄ－ｅｆｇｈ－ｊｋ", "ABCDEFGHJK")]
    [InlineData("ＡＢＣＤ　ＥＦＧＨ　ＪＫ", "ABCDEFGHJK")]
    public void Normalize_AcceptsCaseSpacingAndFullWidth(string input, string expected)
    {
        Assert.Equal(expected, RecoveryCodes.Normalize(input));
    }

    [Fact]
    public void Normalize_MakesGeneratedCodeMatchItsTypedForm()
    {
        var code = RecoveryCodes.Generate(1)[0];

        Assert.Equal(RecoveryCodes.Normalize(code), RecoveryCodes.Normalize(code.ToLowerInvariant().Replace('-', ' ')));
    }

    [GeneratedRegex("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$")]
    private static partial Regex CodeShape();
}
