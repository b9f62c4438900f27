using Anshin.Core.SecurityAction;
using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SelfCheck.Model;

namespace Anshin.Web.Areas.SecurityAction.Services;

/// <summary>The declarant's changes after the declaration: details, ★ to ★★, withdrawal.</summary>
public sealed partial class Declarations
{
    public async Task<IReadOnlyList<DeclarationError>> ChangeAsync(Declaration declaration, DeclarationInput input, CancellationToken ct)
    {
        var (details, errors) = input.Validate(requirePledges: false);
        var problems = errors.ToList();
        if (details is not null)
        {
            await CorporateNumberFreeAsync(details.CorporateNumber, declaration.OrganisationId, problems, ct);
        }

        string? policyUrl = declaration.PolicyUrl;
        if (declaration.Level == (int)DeclarationLevel.TwoStars && problems.Count == 0)
        {
            if (await policyUrls.ProblemAsync(input.PolicyUrl, ct) is { } key)
            {
                problems.Add(new(nameof(DeclarationInput.PolicyUrl), key));
            }
            else
            {
                policyUrl = PolicyUrlCheck.WellFormed(input.PolicyUrl);
            }
        }

        if (problems.Count > 0 || declaration.State is DeclarationState.Withdrawn)
        {
            return problems;
        }

        var changed = details!.ApplyTo(declaration).ToList();
        if (policyUrl != declaration.PolicyUrl)
        {
            declaration.PolicyUrl = policyUrl;
            changed.Add(nameof(Declaration.PolicyUrl));
        }

        if (changed.Count > 0)
        {
            declaration.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            db.Add(Event(declaration, DeclarationEventKind.Changed, Declarant, string.Join(", ", changed)));
            if (declaration.State != DeclarationState.Pending)
            {
                Notice(declaration, "SecurityAction.Mail.ChangedSubject", "SecurityAction.Mail.ChangedBody");
            }

            await db.SaveChangesAsync(ct);
            await EvictAsync(ct);
        }

        return [];
    }

    /// <summary>★ → ★★: needs a recent self-diagnosis of the same organisation and the published policy's URL.</summary>
    public async Task<IReadOnlyList<DeclarationError>> UpgradeAsync(Organisation organisation, Declaration declaration, string? policyUrl, CancellationToken ct)
    {
        var problems = new List<DeclarationError>();
        if (declaration.State != DeclarationState.Active || declaration.Level != (int)DeclarationLevel.OneStar)
        {
            problems.Add(new("", "SecurityAction.Error.CannotUpgrade"));
            return problems;
        }

        var (diagnosis, url) = await TwoStarRequirementsAsync(organisation, DeclarationLevel.TwoStars, policyUrl, problems, ct);
        if (problems.Count > 0)
        {
            return problems;
        }

        declaration.Level = (int)DeclarationLevel.TwoStars;
        declaration.PolicyUrl = url;
        declaration.SelfCheckResultId = diagnosis!.Id;
        declaration.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.Add(Event(declaration, DeclarationEventKind.Upgraded, Declarant, LevelText(DeclarationLevel.TwoStars)));
        Notice(declaration, "SecurityAction.Mail.UpgradedSubject", "SecurityAction.Mail.UpgradedBody");
        await db.SaveChangesAsync(ct);
        await EvictAsync(ct);
        return [];
    }

    public async Task WithdrawAsync(Declaration declaration, string? reason, CancellationToken ct)
    {
        if (declaration.State == DeclarationState.Withdrawn)
        {
            return;
        }

        var wasPending = declaration.State == DeclarationState.Pending;
        var now = clock.GetUtcNow().UtcDateTime;
        declaration.State = DeclarationState.Withdrawn;
        declaration.WithdrawnAt = now;
        declaration.UpdatedAt = now;
        declaration.ConfirmationTokenHash = null;
        db.Add(Event(declaration, DeclarationEventKind.Withdrawn, Declarant, Anshin.Core.Text.ContactText.Normalize(reason) is { Length: > 0 } r ? Limit(r) : ""));
        if (!wasPending)
        {
            Notice(declaration, "SecurityAction.Mail.WithdrawnSubject", "SecurityAction.Mail.WithdrawnBody");
        }

        await db.SaveChangesAsync(ct);
        await EvictAsync(ct);
    }
}
