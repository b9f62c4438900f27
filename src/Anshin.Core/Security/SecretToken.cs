using System.Security.Cryptography;
using System.Text;

namespace Anshin.Core.Security;

/// <summary>
/// The random secrets in links and cookies (sign-in and confirmation links, a diagnosis draft's cookie): 256 bits as 64
/// lower-case hex digits. Only <see cref="Hash"/> of a token is stored, so a copy of the database opens nothing; 256
/// random bits need no slow hash.
/// </summary>
public static class SecretToken
{
    public const int Length = 64;

    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 of the token, as 64 lower-case hex digits (the value stored and looked up).</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
    }
}
