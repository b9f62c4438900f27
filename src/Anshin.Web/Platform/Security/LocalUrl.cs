namespace Anshin.Web.Platform.Security;

/// <summary>Return addresses taken from a query string may only lead back into this site (no open redirect).</summary>
public static class LocalUrl
{
    /// <summary><paramref name="url"/> when it is a path on this site, otherwise <paramref name="fallback"/>.</summary>
    public static string OrDefault(string? url, string fallback) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/')
            && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : fallback;
}
