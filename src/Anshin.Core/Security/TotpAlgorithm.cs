namespace Anshin.Core.Security;

/// <summary>The HMAC hash function a TOTP generator uses (RFC 6238 §1.2).</summary>
public enum TotpAlgorithm
{
    /// <summary>HMAC-SHA-1, the default every authenticator app supports.</summary>
    Sha1,

    /// <summary>HMAC-SHA-256.</summary>
    Sha256,

    /// <summary>HMAC-SHA-512.</summary>
    Sha512,
}
