using System.Text;
using Anshin.Core.Security;

namespace Anshin.Tests.Security;

public class TotpTests
{
    private static readonly byte[] Sha1Seed = Encoding.ASCII.GetBytes("12345678901234567890");
    private static readonly byte[] Sha256Seed = Encoding.ASCII.GetBytes("12345678901234567890123456789012");
    private static readonly byte[] Sha512Seed = Encoding.ASCII.GetBytes("1234567890123456789012345678901234567890123456789012345678901234");

    // RFC 6238 Appendix B.
    [Theory]
    [InlineData(59L, "94287082", "46119246", "90693936")]
    [InlineData(1111111109L, "07081804", "68084774", "25091201")]
    [InlineData(1111111111L, "14050471", "67062674", "99943326")]
    [InlineData(1234567890L, "89005924", "91819424", "93441116")]
    [InlineData(2000000000L, "69279037", "90698825", "38618901")]
    [InlineData(20000000000L, "65353130", "77737706", "47863826")]
    public void Compute_MatchesRfc6238Vectors(long unixTime, string sha1, string sha256, string sha512)
    {
        var time = DateTimeOffset.FromUnixTimeSeconds(unixTime);

        Assert.Equal(sha1, new Totp(Sha1Seed, digits: 8).Compute(time));
        Assert.Equal(sha256, new Totp(Sha256Seed, digits: 8, algorithm: TotpAlgorithm.Sha256).Compute(time));
        Assert.Equal(sha512, new Totp(Sha512Seed, digits: 8, algorithm: TotpAlgorithm.Sha512).Compute(time));
    }

    // RFC 4226 Appendix D.
    [Theory]
    [InlineData(0, "755224")]
    [InlineData(1, "287082")]
    [InlineData(2, "359152")]
    [InlineData(3, "969429")]
    [InlineData(4, "338314")]
    [InlineData(5, "254676")]
    [InlineData(6, "287922")]
    [InlineData(7, "162583")]
    [InlineData(8, "399871")]
    [InlineData(9, "520489")]
    public void ComputeForStep_MatchesRfc4226Vectors(long counter, string expected)
    {
        Assert.Equal(expected, new Totp(Sha1Seed).ComputeForStep(counter));
    }

    [Fact]
    public void TimeStep_DividesUnixTimeByStep()
    {
        var totp = new Totp(Sha1Seed);

        Assert.Equal(1, totp.TimeStep(DateTimeOffset.FromUnixTimeSeconds(59)));
        Assert.Equal(0x23523EC, totp.TimeStep(DateTimeOffset.FromUnixTimeSeconds(1111111109)));
        Assert.Equal(2, new Totp(Sha1Seed, stepSeconds: 60).TimeStep(DateTimeOffset.FromUnixTimeSeconds(179)));
    }

    [Fact]
    public void Verify_AcceptsCurrentCodeAndReturnsItsStep()
    {
        var totp = new Totp(Sha1Seed);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

        Assert.Equal(totp.TimeStep(now), totp.Verify(totp.Compute(now), now));
    }

    [Fact]
    public void Verify_AcceptsCodesWithinWindowOnly()
    {
        var totp = new Totp(Sha1Seed);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var step = totp.TimeStep(now);

        Assert.Equal(step - 1, totp.Verify(totp.ComputeForStep(step - 1), now));
        Assert.Equal(step + 1, totp.Verify(totp.ComputeForStep(step + 1), now));
        Assert.Null(totp.Verify(totp.ComputeForStep(step - 2), now));
        Assert.Equal(step - 2, totp.Verify(totp.ComputeForStep(step - 2), now, window: 2));
        Assert.Null(totp.Verify(totp.ComputeForStep(step - 1), now, window: 0));
    }

    [Fact]
    public void Verify_ToleratesSpaces()
    {
        var totp = new Totp(Sha1Seed);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var code = totp.Compute(now);

        Assert.NotNull(totp.Verify($" {code[..3]} {code[3..]} ", now));
    }

    [Fact]
    public void Verify_AcceptsFullWidthDigitsFromJapaneseInput()
    {
        var totp = new Totp(Sha1Seed);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var fullWidth = string.Concat(totp.Compute(now).Select(c => (char)(c - '0' + '０')));

        Assert.NotNull(totp.Verify(fullWidth[..3] + "\u3000" + fullWidth[3..], now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("１２３４５")]
    public void Verify_RejectsMalformedCodes(string code)
    {
        Assert.Null(new Totp(Sha1Seed).Verify(code, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)));
    }

    [Fact]
    public void NewSecret_Is160RandomBits()
    {
        var first = Totp.NewSecret();

        Assert.Equal(20, first.Length);
        Assert.NotEqual(first, Totp.NewSecret());
    }

    [Fact]
    public void OtpAuthUri_EscapesIssuerAndAccount()
    {
        var uri = Totp.OtpAuthUri("Anshin Desk", "taro@example.jp", Encoding.ASCII.GetBytes("foobar"));

        Assert.Equal(
            "otpauth://totp/Anshin%20Desk:taro%40example.jp?secret=MZXW6YTBOI&issuer=Anshin%20Desk&algorithm=SHA1&digits=6&period=30",
            uri);
    }

    [Fact]
    public void Constructor_RejectsUnsafeParameters()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Totp([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Totp(Sha1Seed, digits: 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Totp(Sha1Seed, stepSeconds: 0));
    }
}
