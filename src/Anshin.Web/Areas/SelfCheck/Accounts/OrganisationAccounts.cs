using System.Security.Cryptography;
using Anshin.Core.Security;
using Anshin.Core.Text;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Areas.SelfCheck.Services;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Anshin.Web.Platform.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.SelfCheck.Accounts;

/// <summary>What became of a request to add an account to an organisation.</summary>
public enum RegisterOutcome
{
    ConfirmationSent,
    EmailInvalid,
    EmailTaken,
    PasswordWeak,
}

/// <summary>
/// Organisations and the ways back to them: the resume code, an account's password, and one-time links by e-mail
/// (which also confirm the account's address). Links and codes are stored only as SHA-256; a link works once.
/// </summary>
public sealed class OrganisationAccounts(AnshinDbContext db, TimeProvider clock, SiteAddress site, SmeMail mail, AuditLog audit)
{
    public static readonly TimeSpan SignInLinkLifetime = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan ConfirmationLinkLifetime = TimeSpan.FromDays(3);
    private const int MaxFailedSignIns = 10;
    private static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    private static readonly PasswordHasher<Organisation> Hasher = new();

    /// <summary>A new organisation known only by the returned resume code (added to the context, not yet saved).</summary>
    public (Organisation Organisation, string ResumeCode) Create(string? industry, int? sizeBand)
    {
        var code = ResumeCode.New();
        var organisation = new Organisation
        {
            Industry = industry,
            SizeBand = sizeBand,
            ResumeCodeHash = ResumeCode.Hash(code),
            SecurityStamp = NewStamp(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(organisation);
        return (organisation, code);
    }

    public async Task<Organisation?> ResumeAsync(string? code, CancellationToken ct) =>
        ResumeCode.Hash(code) is { } hash
            ? await db.Set<Organisation>().SingleOrDefaultAsync(o => o.ResumeCodeHash == hash, ct)
            : null;

    /// <summary>Replaces the resume code (the old one stops working, and so do other sessions); returns the new code.</summary>
    public async Task<string> RenewResumeCodeAsync(Organisation organisation, CancellationToken ct)
    {
        var code = ResumeCode.New();
        organisation.ResumeCodeHash = ResumeCode.Hash(code);
        organisation.SecurityStamp = NewStamp();
        audit.Add(SelfCheckAudit.ResumeCodeRenewed, Target(organisation));
        await db.SaveChangesAsync(ct);
        return code;
    }

    /// <summary>Adds an address and a password to the organisation; the address must be confirmed through a link.</summary>
    public async Task<(RegisterOutcome Outcome, IReadOnlyList<PasswordProblem> Problems)> RegisterAsync(
        Organisation organisation, string? email, string? password, string language, CancellationToken ct, string? next = null)
    {
        if (ContactText.NormalizeEmail(email) is not { Length: <= 254 } normalized)
        {
            return (RegisterOutcome.EmailInvalid, []);
        }

        var address = normalized.ToLowerInvariant();
        var problems = PasswordPolicy.Check(password ?? "", address);
        if (problems.Count > 0)
        {
            return (RegisterOutcome.PasswordWeak, problems);
        }

        if (await db.Set<Organisation>().AnyAsync(o => o.Email == address && o.Id != organisation.Id, ct))
        {
            return (RegisterOutcome.EmailTaken, []);
        }

        organisation.Email = address;
        organisation.EmailConfirmedAt = null;
        organisation.PasswordHash = Hasher.HashPassword(organisation, password!);
        organisation.SecurityStamp = NewStamp();
        var token = NewLink(organisation, ConfirmationLinkLifetime);
        db.Add(mail.Message(OutboxKinds.OrganisationLink, address, language, "SelfCheck.Mail.ConfirmSubject", "SelfCheck.Mail.ConfirmBody",
            LinkUrl(token, next), (int)ConfirmationLinkLifetime.TotalDays));
        audit.Add(SelfCheckAudit.AccountRegistered, Target(organisation));
        await db.SaveChangesAsync(ct);
        return (RegisterOutcome.ConfirmationSent, []);
    }

    /// <summary>Sends a sign-in link if the address belongs to a confirmed account; says nothing either way.</summary>
    public async Task SendSignInLinkAsync(string? email, string language, CancellationToken ct, string? next = null)
    {
        if (ContactText.NormalizeEmail(email)?.ToLowerInvariant() is not { } address)
        {
            return;
        }

        var organisation = await db.Set<Organisation>().SingleOrDefaultAsync(o => o.Email == address && o.EmailConfirmedAt != null, ct);
        if (organisation is null)
        {
            return;
        }

        var token = NewLink(organisation, SignInLinkLifetime);
        db.Add(mail.Message(OutboxKinds.OrganisationLink, address, language, "SelfCheck.Mail.SignInSubject", "SelfCheck.Mail.SignInBody",
            LinkUrl(token, next), (int)SignInLinkLifetime.TotalMinutes));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>True for a path on this site ("/x", not "//host" or "/\host"), the only places a link or sign-in may lead to.</summary>
    public static bool IsLocalPath(string? path) =>
        path is { Length: > 0 and <= 200 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'));

    private string LinkUrl(string token, string? next) =>
        $"{site.Origin}/self-check/link?token={token}" + (IsLocalPath(next) ? "&next=" + Uri.EscapeDataString(next!) : "");

    /// <summary>Uses a link once: confirms the address if it was not yet confirmed, and returns the organisation.</summary>
    public async Task<Organisation?> UseLinkAsync(string? token, CancellationToken ct)
    {
        if (token is not { Length: SecretToken.Length })
        {
            return null;
        }

        var hash = SecretToken.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = await db.Set<Organisation>().SingleOrDefaultAsync(o => o.LinkTokenHash == hash, ct);
        if (organisation is null || organisation.LinkTokenExpiresAt < now)
        {
            return null;
        }

        organisation.LinkTokenHash = null;
        organisation.LinkTokenExpiresAt = null;
        organisation.FailedSignIns = 0;
        organisation.LockedUntil = null;
        if (organisation.EmailConfirmedAt is null)
        {
            organisation.EmailConfirmedAt = now;
            audit.Add(SelfCheckAudit.AccountConfirmed, Target(organisation));
        }

        await db.SaveChangesAsync(ct);
        return organisation;
    }

    /// <summary>The organisation whose confirmed account has this address and password; null otherwise (counted toward a lockout).</summary>
    public async Task<Organisation?> PasswordSignInAsync(string? email, string? password, CancellationToken ct)
    {
        if (ContactText.NormalizeEmail(email)?.ToLowerInvariant() is not { } address || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var organisation = await db.Set<Organisation>().SingleOrDefaultAsync(o => o.Email == address, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (organisation is not { PasswordHash: { } hash, EmailConfirmedAt: not null } || organisation.LockedUntil > now)
        {
            return null;
        }

        if (Hasher.VerifyHashedPassword(organisation, hash, password) == PasswordVerificationResult.Failed)
        {
            organisation.FailedSignIns++;
            if (organisation.FailedSignIns >= MaxFailedSignIns)
            {
                organisation.LockedUntil = now + Lockout;
                organisation.FailedSignIns = 0;
            }

            await db.SaveChangesAsync(ct);
            return null;
        }

        organisation.FailedSignIns = 0;
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    private string NewLink(Organisation organisation, TimeSpan lifetime)
    {
        var token = SecretToken.New();
        organisation.LinkTokenHash = SecretToken.Hash(token);
        organisation.LinkTokenExpiresAt = clock.GetUtcNow().UtcDateTime + lifetime;
        return token;
    }

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string Target(Organisation organisation) => $"organisation:{organisation.Id}";
}

/// <summary>Audit action codes of the SME programmes' accounts and results.</summary>
public static class SelfCheckAudit
{
    public const string AccountRegistered = "sme.account.register";
    public const string AccountConfirmed = "sme.account.confirm";
    public const string ResumeCodeRenewed = "sme.resume-code.renew";
}
