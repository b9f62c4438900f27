namespace Anshin.Mailgate;

/// <summary>The sysexits.h codes Postfix understands: 0 delivered, 75 try again later, others bounce.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>EX_DATAERR: the application refused the message as too large; Postfix bounces it with our reason.</summary>
    public const int DataError = 65;

    /// <summary>EX_TEMPFAIL: the application is down, slow, or failed; Postfix keeps the message and retries.</summary>
    public const int TempFail = 75;
}
