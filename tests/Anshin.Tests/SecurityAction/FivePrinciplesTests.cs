using Anshin.Core.SecurityAction;

namespace Anshin.Tests.SecurityAction;

public class FivePrinciplesTests
{
    [Fact]
    public void All_HasFiveNumberedBilingualPrinciples()
    {
        Assert.Equal([1, 2, 3, 4, 5], FivePrinciples.All.Select(p => p.Number));
        Assert.All(FivePrinciples.All, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Pledge.Ja));
            Assert.False(string.IsNullOrWhiteSpace(p.Pledge.En));
            Assert.EndsWith("。", p.Explanation.Ja, StringComparison.Ordinal);
            Assert.EndsWith(".", p.Explanation.En, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(1, "OS")]
    [InlineData(2, "anti-malware")]
    [InlineData(3, "password")]
    [InlineData(4, "shared")]
    [InlineData(5, "threats")]
    public void All_FollowsTheCustomaryOrder(int number, string keyword)
    {
        Assert.Contains(keyword, FivePrinciples.All[number - 1].Pledge.En, StringComparison.OrdinalIgnoreCase);
    }
}
