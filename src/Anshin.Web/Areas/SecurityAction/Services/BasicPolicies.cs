using Anshin.Core.SecurityAction;
using Anshin.Web.Areas.SecurityAction.Model;
using Anshin.Web.Areas.SelfCheck.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.SecurityAction.Services;

/// <summary>
/// The organisation's basic policy: each save is a new revision of the choices it is generated from (the text itself
/// is generated again from them, in the language chosen); the newest is the current one.
/// </summary>
public sealed class BasicPolicies(AnshinDbContext db, TimeProvider clock)
{
    public Task<BasicPolicyRevision?> CurrentAsync(int organisationId, CancellationToken ct) =>
        db.Set<BasicPolicyRevision>().AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .OrderByDescending(p => p.Revision).FirstOrDefaultAsync(ct);

    public Task<BasicPolicyRevision?> RevisionAsync(int organisationId, int revision, CancellationToken ct) =>
        db.Set<BasicPolicyRevision>().AsNoTracking().SingleOrDefaultAsync(p => p.OrganisationId == organisationId && p.Revision == revision, ct);

    public Task<List<BasicPolicyRevision>> RevisionsAsync(int organisationId, CancellationToken ct) =>
        db.Set<BasicPolicyRevision>().AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .OrderByDescending(p => p.Revision).ToListAsync(ct);

    /// <summary>Saves the input as the next revision (the organisation is saved first if it is new).</summary>
    public async Task<(BasicPolicyRevision? Revision, IReadOnlyList<PolicyFieldError> Errors)> SaveAsync(
        Organisation organisation, BasicPolicyInput input, string? publishedUrl, CancellationToken ct)
    {
        var errors = input.Validate().ToList();
        string? url = null;
        if (!string.IsNullOrWhiteSpace(publishedUrl) && (url = PolicyUrlCheck.WellFormed(publishedUrl)) is null)
        {
            errors.Add(new("PublishedUrl", "PolicyUrl"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (string.IsNullOrEmpty(organisation.Name))
        {
            organisation.Name = input.OrganisationName.Trim();
        }

        await db.SaveChangesAsync(ct);
        var last = await db.Set<BasicPolicyRevision>().Where(p => p.OrganisationId == organisation.Id).MaxAsync(p => (int?)p.Revision, ct) ?? 0;
        var revision = new BasicPolicyRevision
        {
            OrganisationId = organisation.Id,
            Revision = last + 1,
            Language = input.Language,
            OrganisationName = input.OrganisationName.Trim(),
            RepresentativeTitle = input.RepresentativeTitle.Trim(),
            RepresentativeName = input.RepresentativeName.Trim(),
            EstablishedOn = input.EstablishedOn,
            Scope = (int)input.Scope,
            ScopeDetail = input.Scope == PolicyScope.SpecifiedBusiness ? input.ScopeDetail?.Trim() : null,
            ResponsibleTitle = input.ResponsibleTitle.Trim(),
            ReviewCycle = (int)input.ReviewCycle,
            Training = (int)input.Training,
            IncludePartners = input.IncludePartners,
            PublishedUrl = url,
            SavedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(revision);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (revision, []);
    }

    public static BasicPolicyInput InputOf(BasicPolicyRevision p, string? language = null) => new()
    {
        OrganisationName = p.OrganisationName,
        RepresentativeTitle = p.RepresentativeTitle,
        RepresentativeName = p.RepresentativeName,
        EstablishedOn = p.EstablishedOn,
        Scope = (PolicyScope)p.Scope,
        ScopeDetail = p.ScopeDetail,
        ResponsibleTitle = p.ResponsibleTitle,
        ReviewCycle = (ReviewCycle)p.ReviewCycle,
        Training = (TrainingSchedule)p.Training,
        IncludePartners = p.IncludePartners,
        Language = language ?? p.Language,
    };

    public static BasicPolicyDocument Document(BasicPolicyRevision p, string? language = null) => BasicPolicyWriter.Write(InputOf(p, language));
}
