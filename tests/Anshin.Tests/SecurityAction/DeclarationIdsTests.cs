using Anshin.Core.SecurityAction;

namespace Anshin.Tests.SecurityAction;

public class DeclarationIdsTests
{
    [Fact]
    public void New_MakesElevenDigitIdsWithoutLeadingZero()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => DeclarationIds.New()).ToList();

        Assert.All(ids, id => Assert.Matches("^[1-9][0-9]{10}$", id));
        Assert.All(ids, id => Assert.True(DeclarationIds.IsWellFormed(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void New_IsNotSequential()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => long.Parse(DeclarationIds.New(), System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var consecutiveSteps = ids.Zip(ids.Skip(1), (a, b) => Math.Abs(b - a));
        Assert.True(consecutiveSteps.Count(step => step > 1) >= 990);

        var sorted = ids.Order().ToList();
        var sortedSteps = sorted.Zip(sorted.Skip(1), (a, b) => b - a).Distinct().Count();
        Assert.True(sortedSteps > 1);

        // Spread over the range rather than clustered: ten equal slices each hold some IDs.
        var slices = ids.Select(id => (id - 10_000_000_000) / 9_000_000_000).Distinct().Count();
        Assert.Equal(10, slices);
    }

    [Fact]
    public void New_MapsTheGeneratorOntoTheWholeRange()
    {
        Assert.Equal("10000000000", DeclarationIds.New(_ => 0));
        Assert.Equal("99999999999", DeclarationIds.New(max => max - 1));
        Assert.Equal("10000000042", DeclarationIds.New(_ => 42));
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(90_000_000_000L)]
    public void New_RejectsAGeneratorOutOfRange(long value)
    {
        Assert.Throws<InvalidOperationException>(() => DeclarationIds.New(_ => value));
    }

    [Theory]
    [InlineData("12345678901", "12345678901")]
    [InlineData("１２３４５６７８９０１", "12345678901")]
    [InlineData("123-4567-8901", "12345678901")]
    [InlineData("１２３－４５６７－８９０１", "12345678901")]
    [InlineData(" 123 4567 8901 ", "12345678901")]
    public void Normalize_AcceptsFullWidthAndSeparators(string input, string expected)
    {
        Assert.Equal(expected, DeclarationIds.Normalize(input));
        Assert.True(DeclarationIds.IsWellFormed(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("01234567890")]
    [InlineData("1234567890")]
    [InlineData("123456789012")]
    [InlineData("1234567890A")]
    public void IsWellFormed_RejectsOtherShapes(string? input)
    {
        Assert.False(DeclarationIds.IsWellFormed(input));
        Assert.Null(DeclarationIds.Normalize(input));
    }
}
