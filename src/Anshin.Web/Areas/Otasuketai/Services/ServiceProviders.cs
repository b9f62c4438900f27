using Anshin.Web.Areas.Otasuketai.Model;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>What became of a provider's registration.</summary>
public enum ProviderRegistration
{
    /// <summary>A new account: the confirmation link is on its way.</summary>
    ConfirmationSent,

    /// <summary>The signed-in organisation became a provider.</summary>
    Added,
    Invalid,
}

/// <summary>
/// Provider accounts. A provider is an organisation of the SME programmes with a provider profile: a new firm gets an
/// organisation account (e-mail confirmed by a link before it can sign in); a firm already signed in adds the profile.
/// </summary>
public sealed class ServiceProviders(AnshinDbContext db, TimeProvider clock, OrganisationAccounts accounts, OrganisationSession session, AuditLog audit)
{
    public const string Home = "/otasuketai/provider";

    /// <summary>The provider profile of the signed-in organisation, if it has one.</summary>
    public async Task<OtasuketaiProvider?> CurrentAsync(CancellationToken ct) =>
        await session.CurrentAsync(ct) is { } organisation
            ? await db.Set<OtasuketaiProvider>().SingleOrDefaultAsync(p => p.OrganisationId == organisation.Id, ct)
            : null;

    /// <summary>
    /// Registers a provider. Signed in, the organisation's confirmed account is used; otherwise a new account is made
    /// from <paramref name="email"/> and <paramref name="password"/>, and the profile waits for its confirmation.
    /// </summary>
    public async Task<(ProviderRegistration Outcome, IReadOnlyList<ServiceInputError> Errors)> RegisterAsync(
        ProviderInput input, string? email, string? password, string language, CancellationToken ct)
    {
        var errors = input.Validate().ToList();
        var number = Core.Organisations.CorporateNumber.Normalize(input.CorporateNumber);
        if (number is not null && await db.Set<OtasuketaiProvider>().AnyAsync(p => p.CorporateNumber == number, ct))
        {
            errors.Add(new(nameof(ProviderInput.CorporateNumber), "Otasuketai.Error.CorporateNumberTaken"));
        }

        var organisation = await session.CurrentAsync(ct);
        if (organisation is not null && await db.Set<OtasuketaiProvider>().AnyAsync(p => p.OrganisationId == organisation.Id, ct))
        {
            errors.Add(new(nameof(ProviderInput.Name), "Otasuketai.Error.AlreadyProvider"));
        }

        if (errors.Count > 0)
        {
            return (ProviderRegistration.Invalid, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var provider = new OtasuketaiProvider { CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(provider);
        if (organisation is { EmailConfirmedAt: not null })
        {
            provider.OrganisationId = organisation.Id;
            if (organisation.Name.Length == 0)
            {
                organisation.Name = provider.Name;
            }

            db.Add(provider);
            audit.Add(OtasuketaiAudit.ProviderRegistered, Target(provider));
            await db.SaveChangesAsync(ct);
            return (ProviderRegistration.Added, []);
        }

        var (created, _) = accounts.Create(null, null);
        created.Name = provider.Name;
        provider.Organisation = created;
        db.Add(provider);
        audit.Add(OtasuketaiAudit.ProviderRegistered, Target(provider));
        var (outcome, problems) = await accounts.RegisterAsync(created, email, password, language, ct, Home);
        return outcome switch
        {
            RegisterOutcome.ConfirmationSent => (ProviderRegistration.ConfirmationSent, []),
            RegisterOutcome.EmailInvalid => (ProviderRegistration.Invalid, [new("Email", "SelfCheck.Account.EmailInvalid")]),
            RegisterOutcome.EmailTaken => (ProviderRegistration.Invalid, [new("Email", "Otasuketai.Error.EmailTaken")]),
            _ => (ProviderRegistration.Invalid, problems.Select(p => new ServiceInputError("Password", "", p)).ToList()),
        };
    }

    public async Task<IReadOnlyList<ServiceInputError>> UpdateAsync(OtasuketaiProvider provider, ProviderInput input, CancellationToken ct)
    {
        var errors = input.Validate().ToList();
        var number = Core.Organisations.CorporateNumber.Normalize(input.CorporateNumber);
        if (number is not null && await db.Set<OtasuketaiProvider>().AnyAsync(p => p.CorporateNumber == number && p.Id != provider.Id, ct))
        {
            errors.Add(new(nameof(ProviderInput.CorporateNumber), "Otasuketai.Error.CorporateNumberTaken"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        input.ApplyTo(provider);
        provider.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(OtasuketaiAudit.ProviderUpdated, Target(provider));
        await db.SaveChangesAsync(ct);
        return [];
    }

    internal static string Target(OtasuketaiProvider provider) => $"provider:{provider.CorporateNumber}";
}
