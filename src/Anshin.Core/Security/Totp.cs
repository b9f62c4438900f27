using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Anshin.Core.Security;

/// <summary>Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226).</summary>
public sealed class Totp
{
    private readonly byte[] secret;
    private readonly int digits;
    private readonly int stepSeconds;
    private readonly TotpAlgorithm algorithm;

    /// <summary>Creates a generator for one shared secret.</summary>
    /// <param name="secret">The shared secret; copied.</param>
    /// <param name="digits">Code length, 6 to 8 (RFC 4226 requires at least 6).</param>
    /// <param name="stepSeconds">The time step X of RFC 6238, in seconds.</param>
    /// <param name="algorithm">The HMAC hash function.</param>
    public Totp(byte[] secret, int digits = 6, int stepSeconds = 30, TotpAlgorithm algorithm = TotpAlgorithm.Sha1)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentOutOfRangeException.ThrowIfZero(secret.Length, nameof(secret));
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(stepSeconds, 1);
        if (!Enum.IsDefined(algorithm))
        {
            throw new ArgumentOutOfRangeException(nameof(algorithm));
        }

        this.secret = (byte[])secret.Clone();
        this.digits = digits;
        this.stepSeconds = stepSeconds;
        this.algorithm = algorithm;
    }

    /// <summary>A new 160-bit secret, the length RFC 4226 recommends for HMAC-SHA-1.</summary>
    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(20);

    /// <summary>
    /// The <c>otpauth://</c> URI authenticator apps read from a QR code, for SHA-1 (the only algorithm every app honours).
    /// </summary>
    /// <param name="issuer">The service name shown in the app.</param>
    /// <param name="account">The user's account, usually the e-mail address.</param>
    /// <param name="secret">The shared secret.</param>
    /// <param name="digits">Code length.</param>
    /// <param name="period">Time step in seconds.</param>
    public static string OtpAuthUri(string issuer, string account, byte[] secret, int digits = 6, int period = 30)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(secret);
        var escapedIssuer = Uri.EscapeDataString(issuer);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{escapedIssuer}:{Uri.EscapeDataString(account)}?secret={Base32.Encode(secret)}&issuer={escapedIssuer}&algorithm=SHA1&digits={digits}&period={period}");
    }

    /// <summary>The RFC 6238 time step T = floor(unix time / X) that contains the instant.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is before the Unix epoch.</exception>
    public long TimeStep(DateTimeOffset t)
    {
        var seconds = t.ToUnixTimeSeconds();
        ArgumentOutOfRangeException.ThrowIfNegative(seconds, nameof(t));
        return seconds / stepSeconds;
    }

    /// <summary>The code valid at the instant.</summary>
    public string Compute(DateTimeOffset t) => ComputeForStep(TimeStep(t));

    /// <summary>The HOTP value for a counter, zero-padded to the configured number of digits.</summary>
    public string ComputeForStep(long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = Hmac(counter);

        // RFC 4226 §5.3 dynamic truncation.
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF;
        var code = binary % Pow10(digits);
        return code.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// Checks a code typed by the user against the steps from <paramref name="window"/> before to
    /// <paramref name="window"/> after the current one, tolerating spaces and full-width digits. Every candidate is compared in
    /// constant time and all of them are always computed, so timing reveals neither the code nor the step.
    /// </summary>
    /// <param name="code">The code as entered.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="window">How many steps of clock drift to accept either side.</param>
    /// <returns>The matched step, which the caller stores to refuse a replay, or null.</returns>
    public long? Verify(string code, DateTimeOffset now, int window = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        if (code is null)
        {
            return null;
        }

        // NFKC turns the full-width digits and spaces a Japanese IME produces into ASCII.
        var cleaned = code.Normalize(NormalizationForm.FormKC).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (cleaned.Length != digits || !cleaned.All(char.IsAsciiDigit))
        {
            return null;
        }

        var entered = Encoding.ASCII.GetBytes(cleaned);
        var current = TimeStep(now);
        long? matched = null;
        for (var step = Math.Max(0, current - window); step <= current + window; step++)
        {
            var expected = Encoding.ASCII.GetBytes(ComputeForStep(step));
            if (CryptographicOperations.FixedTimeEquals(entered, expected) && matched is null)
            {
                matched = step;
            }
        }

        return matched;
    }

    [SuppressMessage(
        "Security",
        "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "RFC 6238 and every authenticator app use HMAC-SHA-1; HMAC does not rely on SHA-1's collision resistance.")]
    private byte[] Hmac(ReadOnlySpan<byte> counter) => algorithm switch
    {
        TotpAlgorithm.Sha256 => HMACSHA256.HashData(secret, counter),
        TotpAlgorithm.Sha512 => HMACSHA512.HashData(secret, counter),
        _ => HMACSHA1.HashData(secret, counter),
    };

    private static int Pow10(int exponent)
    {
        var result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
