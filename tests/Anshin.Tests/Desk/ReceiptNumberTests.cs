using Anshin.Core.Desk;

namespace Anshin.Tests.Desk;

public class ReceiptNumberTests
{
    [Theory]
    [InlineData(2026, 1234, "2026-001234")]
    [InlineData(2026, 1, "2026-000001")]
    [InlineData(2000, 999_999, "2000-999999")]
    [InlineData(9999, 10, "9999-000010")]
    public void ToString_PadsSequenceToSixDigits(int year, int sequence, string expected)
    {
        Assert.Equal(expected, new ReceiptNumber(year, sequence).ToString());
    }

    [Theory]
    [InlineData("2026-001234")]
    [InlineData("  2026-001234\t")]
    [InlineData("２０２６－００１２３４")]
    [InlineData("２０２６ー００１２３４")]
    [InlineData("2026ｰ001234")]
    [InlineData("2026‐001234")]
    [InlineData("2026‑001234")]
    [InlineData("2026–001234")]
    [InlineData("2026—001234")]
    [InlineData("2026―001234")]
    [InlineData("2026−001234")]
    [InlineData("　2026-001234　")]
    public void TryParse_AcceptsWhatConsultersTypeOrPaste(string text)
    {
        Assert.True(ReceiptNumber.TryParse(text, out var value));
        Assert.Equal(new ReceiptNumber(2026, 1234), value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2026001234")]
    [InlineData("2026-1234")]
    [InlineData("2026-0001234")]
    [InlineData("26-001234")]
    [InlineData("02026-001234")]
    [InlineData("2026-00123a")]
    [InlineData("2026_001234")]
    [InlineData("2026 - 001234")]
    [InlineData("2026-001234-1")]
    [InlineData("[相談#2026-001234]")]
    [InlineData("+026-001234")]
    [InlineData("٢٠٢٦-٠٠١٢٣٤")]
    public void TryParse_RefusesOtherShapes(string? text)
    {
        Assert.False(ReceiptNumber.TryParse(text, out var value));
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData("1999-000001")]
    [InlineData("0000-000001")]
    [InlineData("2026-000000")]
    public void TryParse_RefusesYearBefore2000OrSequenceZero(string text)
    {
        Assert.False(ReceiptNumber.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_RoundTripsToString()
    {
        var number = new ReceiptNumber(2027, 42);

        Assert.True(ReceiptNumber.TryParse(number.ToString(), out var parsed));
        Assert.Equal(number, parsed);
    }

    [Fact]
    public void Parse_ReturnsTheNumber()
    {
        Assert.Equal(new ReceiptNumber(2026, 999_999), ReceiptNumber.Parse("２０２６-９９９９９９"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-000000")]
    [InlineData("受付番号 2026-001234")]
    public void Parse_ThrowsFormatException_WhenNotAReceiptNumber(string text)
    {
        Assert.Throws<FormatException>(() => ReceiptNumber.Parse(text));
    }

    [Fact]
    public void Parse_ThrowsArgumentNullException_ForNull()
    {
        Assert.Throws<ArgumentNullException>(() => ReceiptNumber.Parse(null!));
    }

    [Theory]
    [InlineData(1999, 1)]
    [InlineData(10_000, 1)]
    [InlineData(2026, 0)]
    [InlineData(2026, -1)]
    [InlineData(2026, 1_000_000)]
    public void Constructor_RefusesOutOfRangeParts(int year, int sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReceiptNumber(year, sequence));
    }

    [Fact]
    public void With_ChecksTheNewValue()
    {
        var number = new ReceiptNumber(2026, 1);

        Assert.Equal(new ReceiptNumber(2026, 2), number with { Sequence = 2 });
        Assert.Throws<ArgumentOutOfRangeException>(() => number with { Sequence = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => number with { Year = 1999 });
    }

    [Fact]
    public void Equality_ComparesYearAndSequence()
    {
        Assert.Equal(new ReceiptNumber(2026, 7), ReceiptNumber.Parse("2026-000007"));
        Assert.NotEqual(new ReceiptNumber(2026, 7), new ReceiptNumber(2027, 7));
    }
}
