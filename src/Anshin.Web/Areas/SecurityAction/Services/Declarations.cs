using Anshin.Core.Security;
using Anshin.Core.SecurityAction;
using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Areas.SelfCheck.Services;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Anshin.Web.Platform.Outbox;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.SecurityAction.Services;

/// <summary>
/// The life of a SECURITY ACTION declaration: applying (a confirmation link to the contact address), confirming (the
/// 11-digit ID at once), changing details, moving from ★ to ★★, withdrawing, and the staff's suspension. Each step is
/// one transaction with its history event and its e-mail.
/// </summary>
public sealed partial class Declarations(AnshinDbContext db, TimeProvider clock, SiteAddress site, SmeMail mail, AuditLog audit,
    PolicyUrlCheck policyUrls, IOptions<SecurityActionOptions> options, IOutputCacheStore cache)
{
    public const string Declarant = "declarant";

    /// <summary>The organisation's declaration that is not withdrawn (pending, active or suspended), if any.</summary>
    public Task<Declaration?> CurrentAsync(int organisationId, CancellationToken ct) =>
        db.Set<Declaration>().Where(d => d.OrganisationId == organisationId && d.State != DeclarationState.Withdrawn)
            .OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);

    /// <summary>The organisation's newest self-diagnosis recent enough for ★★, or null.</summary>
    public Task<SelfCheckResult?> QualifyingDiagnosisAsync(int organisationId, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddMonths(-options.Value.DiagnosisValidityMonths);
        return db.Set<SelfCheckResult>().AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && r.TakenAt >= since)
            .OrderByDescending(r => r.TakenAt).FirstOrDefaultAsync(ct);
    }

    public async Task<(Declaration? Declaration, IReadOnlyList<DeclarationError> Errors)> ApplyAsync(
        Organisation organisation, DeclarationInput input, DeclarationLevel level, string language, CancellationToken ct)
    {
        var (details, errors) = input.Validate(requirePledges: true);
        var problems = errors.ToList();
        var (diagnosis, policyUrl) = await TwoStarRequirementsAsync(organisation, level, input.PolicyUrl, problems, ct);
        if (details is not null)
        {
            await CorporateNumberFreeAsync(details.CorporateNumber, organisation.Id, problems, ct);
        }

        var current = await CurrentAsync(organisation.Id, ct);
        if (current is { State: DeclarationState.Active or DeclarationState.Suspended })
        {
            problems.Add(new("", "SecurityAction.Error.AlreadyDeclared", current.PublicId!));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (string.IsNullOrEmpty(organisation.Name))
        {
            organisation.Name = details!.Name;
        }

        await db.SaveChangesAsync(ct); // a new organisation gets its id here
        var now = clock.GetUtcNow().UtcDateTime;
        if (current is { State: DeclarationState.Pending })
        {
            // A second application before the first was confirmed replaces it; its link stops working.
            current.State = DeclarationState.Withdrawn;
            current.WithdrawnAt = now;
            current.ConfirmationTokenHash = null;
            db.Add(Event(current, DeclarationEventKind.Withdrawn, Declarant, "replaced by a new application"));
        }

        var declaration = new Declaration
        {
            OrganisationId = organisation.Id,
            Level = (int)level,
            State = DeclarationState.Pending,
            PolicyUrl = policyUrl,
            SelfCheckResultId = diagnosis?.Id,
            Language = language,
            AppliedAt = now,
            UpdatedAt = now,
        };
        details!.ApplyTo(declaration);
        var token = SecretToken.New();
        declaration.ConfirmationTokenHash = SecretToken.Hash(token);
        db.Add(declaration);
        await db.SaveChangesAsync(ct);
        db.Add(Event(declaration, DeclarationEventKind.Applied, Declarant, LevelText(level)));
        db.Add(mail.Message(OutboxKinds.DeclarationConfirmation, declaration.ContactEmail, language,
            "SecurityAction.Mail.ConfirmSubject", "SecurityAction.Mail.ConfirmBody",
            declaration.ContactName, declaration.Name, $"{site.Origin}/security-action/confirm?token={token}",
            (int)options.Value.ConfirmationLifetime.TotalDays));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (declaration, []);
    }

    /// <summary>The pending declaration a confirmation link belongs to (unknown or expired links give null).</summary>
    public async Task<Declaration?> PendingAsync(string? token, CancellationToken ct)
    {
        if (token is not { Length: SecretToken.Length })
        {
            return null;
        }

        var hash = SecretToken.Hash(token);
        var declaration = await db.Set<Declaration>().SingleOrDefaultAsync(d => d.ConfirmationTokenHash == hash, ct);
        return declaration is { State: DeclarationState.Pending }
            && declaration.AppliedAt + options.Value.ConfirmationLifetime >= clock.GetUtcNow().UtcDateTime
            ? declaration
            : null;
    }

    /// <summary>Confirms the contact address and makes the declaration: it gets its ID now.</summary>
    public async Task<Declaration?> ConfirmAsync(string? token, CancellationToken ct)
    {
        if (await PendingAsync(token, ct) is not { } declaration)
        {
            return null;
        }

        var problems = new List<DeclarationError>();
        await CorporateNumberFreeAsync(declaration.CorporateNumber, declaration.OrganisationId, problems, ct);
        if (problems.Count > 0)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        declaration.State = DeclarationState.Active;
        declaration.ConfirmationTokenHash = null;
        declaration.DeclaredAt = now;
        declaration.UpdatedAt = now;
        db.Add(Event(declaration, DeclarationEventKind.Declared, Declarant, LevelText((DeclarationLevel)declaration.Level)));
        for (var attempt = 0; ; attempt++)
        {
            declaration.PublicId = DeclarationIds.New();
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another declaration drew the same ID (1 in 9×10^10 per pair): draw again. Anything else fails again
                // after five tries and is thrown then.
            }
        }

        Notice(declaration, "SecurityAction.Mail.DeclaredSubject", "SecurityAction.Mail.DeclaredBody");
        await db.SaveChangesAsync(ct);
        await EvictAsync(ct);
        return declaration;
    }

    private async Task<(SelfCheckResult? Diagnosis, string? PolicyUrl)> TwoStarRequirementsAsync(
        Organisation organisation, DeclarationLevel level, string? policyUrl, List<DeclarationError> problems, CancellationToken ct)
    {
        if (level != DeclarationLevel.TwoStars)
        {
            return (null, null);
        }

        var diagnosis = organisation.Id == 0 ? null : await QualifyingDiagnosisAsync(organisation.Id, ct);
        if (diagnosis is null)
        {
            problems.Add(new("Diagnosis", "SecurityAction.Error.DiagnosisMissing", options.Value.DiagnosisValidityMonths));
        }

        if (await policyUrls.ProblemAsync(policyUrl, ct) is { } key)
        {
            problems.Add(new(nameof(DeclarationInput.PolicyUrl), key));
            return (diagnosis, null);
        }

        return (diagnosis, PolicyUrlCheck.WellFormed(policyUrl));
    }

    private async Task CorporateNumberFreeAsync(string? corporateNumber, int organisationId, List<DeclarationError> problems, CancellationToken ct)
    {
        if (corporateNumber is null)
        {
            return;
        }

        var other = await db.Set<Declaration>().AsNoTracking()
            .Where(d => d.CorporateNumber == corporateNumber && d.OrganisationId != organisationId
                && (d.State == DeclarationState.Active || d.State == DeclarationState.Suspended))
            .Select(d => d.PublicId).FirstOrDefaultAsync(ct);
        if (other is not null)
        {
            problems.Add(new(nameof(DeclarationInput.CorporateNumber), "SecurityAction.Error.CorporateNumberTaken", other));
        }
    }

    private void Notice(Declaration d, string subjectKey, string bodyKey, string extra = "") =>
        db.Add(mail.Message(OutboxKinds.DeclarationNotice, d.ContactEmail, d.Language, subjectKey, bodyKey,
            d.ContactName, d.Name, d.PublicId ?? "", LevelText((DeclarationLevel)d.Level),
            $"{site.Origin}/security-action/verify?id={d.PublicId}", extra));

    private DeclarationEvent Event(Declaration d, DeclarationEventKind kind, string actor, string detail) => new()
    {
        DeclarationId = d.Id,
        At = clock.GetUtcNow().UtcDateTime,
        Kind = kind,
        Actor = actor,
        Detail = Limit(detail),
    };

    /// <summary>Verification answers are cached; a change must show at once (on this instance; others within their lifetime).</summary>
    private Task EvictAsync(CancellationToken ct) => cache.EvictByTagAsync(SecurityActionModule.VerificationCacheTag, ct).AsTask();

    private static string LevelText(DeclarationLevel level) => level == DeclarationLevel.TwoStars ? "★★" : "★";

    private static string Limit(string text) => text.Length <= 1000 ? text : text[..1000];

    private static string Target(Declaration d) => $"declaration:{d.PublicId ?? d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
