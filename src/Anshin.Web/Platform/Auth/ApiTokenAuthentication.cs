using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Auth;

/// <summary>
/// Bearer tokens for machine clients (the mailgate, partner systems): <c>Authorization: Bearer anshin_…</c>.
/// Only the SHA-256 of a token is stored.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AnshinDbContext db,
    ApiTokenCache tokens,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string ScopeClaim = "scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = HashToken(header["Bearer ".Length..].Trim());
        var client = tokens.Get(hash);
        if (client is null)
        {
            client = await db.Set<ApiClient>().Where(c => c.TokenHash == hash && c.RevokedAt == null)
                .Select(c => new ApiClientSnapshot(c.Id, c.Name, c.Scopes, c.LastUsedAt)).FirstOrDefaultAsync();
            if (client is null)
            {
                return AuthenticateResult.Fail("Unknown or revoked token.");
            }
        }

        // "Last used" is for people reading the admin page; a write per call (the mailgate posts every message)
        // buys nothing over one a minute.
        var now = clock.GetUtcNow().UtcDateTime;
        if (client.LastUsedAt is not { } last || now - last > TimeSpan.FromMinutes(1))
        {
            var id = client.Id;
            await db.Set<ApiClient>().Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.LastUsedAt, now));
            client = client with { LastUsedAt = now };
        }

        tokens.Set(hash, client);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "api:" + client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, client.Name),
        };
        claims.AddRange(client.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>A new random token; the caller shows it once and stores only <see cref="HashToken"/>.</summary>
    public static string NewToken() => "anshin_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();

    public static string HashToken(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

/// <summary>The scopes a machine client can be given.</summary>
public static class ApiScopes
{
    public const string AuditRead = "audit.read";
    public const string MailInbound = "mail.inbound";

    public static readonly IReadOnlyList<string> All = [AuditRead, MailInbound];
}
