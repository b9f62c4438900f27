using Anshin.Core.Organisations;

namespace Anshin.Tests.Organisations;

public class CorporateNumberTests
{
    // Published in the National Tax Agency's corporate number register: 国税庁 and トヨタ自動車株式会社.
    public static TheoryData<string> PublishedNumbers => ["7000012050002", "1180301018771"];

    [Theory]
    [MemberData(nameof(PublishedNumbers))]
    public void IsValid_AcceptsPublishedNumbers(string number)
    {
        Assert.True(CorporateNumber.IsValid(number));
        Assert.Equal(number[0] - '0', CorporateNumber.CheckDigit(number[1..]));
    }

    [Theory]
    [MemberData(nameof(PublishedNumbers))]
    public void IsValid_RejectsEverySingleDigitChange_ExceptZeroAndNineSwappedInTheBase(string number)
    {
        // A change of d at weight w moves the sum by d·w; with w in {1, 2} and 9 prime to 2 that is invisible
        // modulo 9 only when d = ±9, i.e. 0 ↔ 9. The check digit itself has a single valid value.
        var undetected = new List<string>();
        for (var position = 0; position < number.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == number[position])
                {
                    continue;
                }

                var corrupted = string.Concat(number.AsSpan(0, position), digit.ToString(), number.AsSpan(position + 1));
                var expectedUndetected = position > 0 && (number[position], digit) is ('0', '9') or ('9', '0');
                Assert.Equal(expectedUndetected, CorporateNumber.IsValid(corrupted));
                if (expectedUndetected)
                {
                    undetected.Add(corrupted);
                }
            }
        }

        var zerosAndNinesInBase = number[1..].Count(c => c is '0' or '9');
        Assert.Equal(zerosAndNinesInBase, undetected.Count);
    }

    [Fact]
    public void IsValid_UndetectedChangesAreExactlyTheKnownOnes()
    {
        Assert.Equal(8, "000012050002".Count(c => c is '0' or '9'));
        Assert.True(CorporateNumber.IsValid("7900012050002"));
        Assert.True(CorporateNumber.IsValid("1189301018771"));
        Assert.False(CorporateNumber.IsValid("7100012050002"));
    }

    [Theory]
    [InlineData("７００００１２０５０００２", "7000012050002")]
    [InlineData("7-0000-1205-0002", "7000012050002")]
    [InlineData(" 7000 0120 50002 ", "7000012050002")]
    [InlineData("１１８０−３０１０−１８７７１", "1180301018771")]
    [InlineData("1180ー3010ー18771", "1180301018771")]
    public void Normalize_AcceptsFullWidthAndSeparators(string input, string expected)
    {
        Assert.Equal(expected, CorporateNumber.Normalize(input));
        Assert.True(CorporateNumber.IsValid(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("700001205000")]
    [InlineData("70000120500020")]
    [InlineData("7000O12050002")]
    [InlineData("7000012050002a")]
    [InlineData("٧٠٠٠٠١٢٠٥٠٠٠٢")]
    public void Normalize_RejectsAnythingButThirteenDigits(string? input)
    {
        Assert.Null(CorporateNumber.Normalize(input));
        Assert.False(CorporateNumber.IsValid(input));
    }

    [Fact]
    public void CheckDigit_IsNineWhenTheSumIsAMultipleOfNine()
    {
        Assert.Equal(9, CorporateNumber.CheckDigit("000000000000"));
        Assert.False(CorporateNumber.IsValid("0000000000000"));
        Assert.True(CorporateNumber.IsValid("9000000000000"));
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("12345678901x")]
    public void CheckDigit_RejectsAnythingButTwelveDigits(string input)
    {
        Assert.Throws<ArgumentException>(() => CorporateNumber.CheckDigit(input));
    }
}
