using System.Text;
using Anshin.Core.Security;

namespace Anshin.Tests.Security;

public class Base32Tests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Encode_MatchesRfc4648VectorsWithoutPadding(string input, string expected)
    {
        Assert.Equal(expected, Base32.Encode(Encoding.ASCII.GetBytes(input)));
    }

    [Theory]
    [InlineData("MY======", "f")]
    [InlineData("MZXQ====", "fo")]
    [InlineData("MZXW6===", "foo")]
    [InlineData("MZXW6YQ=", "foob")]
    [InlineData("MZXW6YTB", "fooba")]
    [InlineData("MZXW6YTBOI======", "foobar")]
    [InlineData("mzxw 6ytb oi", "foobar")]
    [InlineData("mzxw-6ytb-oi", "foobar")]
    public void Decode_AcceptsPaddingLowerCaseAndGrouping(string input, string expected)
    {
        Assert.Equal(expected, Encoding.ASCII.GetString(Base32.Decode(input)));
    }

    [Theory]
    [InlineData("MZXW1")]
    [InlineData("MZXW8")]
    [InlineData("MZ_W6")]
    public void Decode_RejectsCharactersOutsideAlphabet(string input)
    {
        Assert.Throws<FormatException>(() => Base32.Decode(input));
    }

    [Fact]
    public void RoundTrip_PreservesAnyBytes()
    {
        for (var length = 0; length <= 64; length++)
        {
            var data = System.Security.Cryptography.RandomNumberGenerator.GetBytes(length);

            Assert.Equal(data, Base32.Decode(Base32.Encode(data)));
        }
    }
}
