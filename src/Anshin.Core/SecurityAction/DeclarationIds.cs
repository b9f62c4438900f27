using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Anshin.Core.Organisations;

namespace Anshin.Core.SecurityAction;

/// <summary>
/// The 11-digit declaration ID that subsidy applications ask for. IDs are random rather than sequential so
/// that they reveal neither how many declarations exist nor which are neighbours.
/// </summary>
/// <remarks>Uniqueness is the database's job: the caller inserts, and draws a new ID on a conflict.</remarks>
public static class DeclarationIds
{
    private const int Length = 11;
    private const long Smallest = 10_000_000_000;
    private const long Count = 90_000_000_000;

    /// <summary>A new ID: 11 digits, the first 1 to 9, the whole uniformly random over that range.</summary>
    /// <param name="random">
    /// Returns a number from 0 up to (excluding) its argument; a cryptographic generator when omitted.
    /// </param>
    /// <exception cref="InvalidOperationException">The supplied generator returned a number out of range.</exception>
    public static string New(Func<long, long>? random = null)
    {
        var offset = (random ?? SecureRandom)(Count);
        if (offset is < 0 or >= Count)
        {
            throw new InvalidOperationException($"The random generator returned {offset}, outside 0 to {Count - 1}.");
        }

        return (Smallest + offset).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the input, after normalisation, is 11 digits not starting with 0.</summary>
    public static bool IsWellFormed(string? input) => Normalize(input) is not null;

    /// <summary>
    /// The 11 ASCII digits of the input after NFKC with spaces and hyphens removed, or null when that is not
    /// 11 digits starting with 1 to 9.
    /// </summary>
    public static string? Normalize(string? input) =>
        DigitText.Digits(input, Length) is { } digits && digits[0] != '0' ? digits : null;

    private static long SecureRandom(long maxExclusive)
    {
        // Rejection sampling over 63-bit values keeps every ID equally likely.
        var limit = long.MaxValue - (long.MaxValue % maxExclusive);
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        while (true)
        {
            RandomNumberGenerator.Fill(bytes);
            var value = BinaryPrimitives.ReadInt64LittleEndian(bytes) & long.MaxValue;
            if (value < limit)
            {
                return value % maxExclusive;
            }
        }
    }
}
