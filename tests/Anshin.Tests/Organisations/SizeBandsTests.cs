using Anshin.Core.Organisations;

namespace Anshin.Tests.Organisations;

public class SizeBandsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(20, 2)]
    [InlineData(21, 3)]
    [InlineData(50, 3)]
    [InlineData(51, 4)]
    [InlineData(100, 4)]
    [InlineData(101, 5)]
    [InlineData(300, 5)]
    [InlineData(301, 6)]
    [InlineData(100_000, 6)]
    public void ForEmployees_PicksTheBandAtItsEdges(int employees, int code)
    {
        Assert.Equal(code, SizeBands.ForEmployees(employees).Code);
    }

    [Fact]
    public void All_CoverEveryHeadCountOnce()
    {
        for (var employees = 1; employees <= 400; employees++)
        {
            Assert.Single(SizeBands.All, band => band.Contains(employees));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void ForEmployees_RejectsFewerThanOne(int employees)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SizeBands.ForEmployees(employees));
    }

    [Theory]
    [InlineData(1, "1〜5人", "1–5 employees")]
    [InlineData(5, "101〜300人", "101–300 employees")]
    [InlineData(6, "301人以上", "301 or more employees")]
    public void Label_IsBilingual(int code, string ja, string en)
    {
        Assert.Equal(ja, SizeBands.Label(code, "ja"));
        Assert.Equal(en, SizeBands.Label(code, "en"));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void IsValid_AcceptsOneToSix(int code, bool expected)
    {
        Assert.Equal(expected, SizeBands.IsValid(code));
        if (!expected)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => SizeBands.Label(code, "ja"));
        }
    }
}
