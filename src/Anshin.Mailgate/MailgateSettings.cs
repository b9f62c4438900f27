namespace Anshin.Mailgate;

/// <summary>
/// Where to post and with which token: <c>--url</c>, <c>--token-file</c> (or <c>--token</c>), <c>--timeout</c> seconds;
/// the environment variables <c>ANSHIN_MAILGATE_URL</c>, <c>ANSHIN_MAILGATE_TOKEN_FILE</c> and
/// <c>ANSHIN_MAILGATE_TOKEN</c> fill in what the command line leaves out.
/// </summary>
public sealed record MailgateSettings(Uri Endpoint, string Token, TimeSpan Timeout)
{
    public static MailgateSettings Parse(IReadOnlyList<string> args, Func<string, string?> environment, Func<string, string> readFile)
    {
        string? url = environment("ANSHIN_MAILGATE_URL");
        string? token = environment("ANSHIN_MAILGATE_TOKEN");
        string? tokenFile = environment("ANSHIN_MAILGATE_TOKEN_FILE");
        var timeout = TimeSpan.FromSeconds(60);
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new MailgateUsageException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--url": url = Next(); break;
                case "--token": token = Next(); break;
                case "--token-file": tokenFile = Next(); break;
                case "--timeout":
                    timeout = int.TryParse(Next(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0
                        ? TimeSpan.FromSeconds(s)
                        : throw new MailgateUsageException("--timeout takes a whole number of seconds.");
                    break;
                default: throw new MailgateUsageException($"Unknown option {args[i]}.");
            }
        }

        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var baseUri)
            || baseUri.Scheme is not ("http" or "https"))
        {
            throw new MailgateUsageException("--url must be the application's base address, e.g. http://127.0.0.1:5000.");
        }

        if (string.IsNullOrWhiteSpace(token) && !string.IsNullOrWhiteSpace(tokenFile))
        {
            token = readFile(tokenFile).Trim();
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            throw new MailgateUsageException("No token: give --token-file (an API client token with the mail.inbound scope).");
        }

        return new MailgateSettings(new Uri(baseUri, "/api/mail/inbound"), token, timeout);
    }
}

/// <summary>The command line or the environment is incomplete.</summary>
public sealed class MailgateUsageException(string message) : Exception(message);
