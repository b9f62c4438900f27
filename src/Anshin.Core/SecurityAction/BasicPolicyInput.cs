using System.Globalization;

namespace Anshin.Core.SecurityAction;

/// <summary>What an organisation fills in to generate its information security basic policy.</summary>
public sealed record BasicPolicyInput
{
    /// <summary>The longest organisation name, title or person's name, in characters as people count them.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest description of the business the policy covers.</summary>
    public const int MaxScopeDetailLength = 200;

    public required string OrganisationName { get; init; }

    /// <summary>The representative's title, e.g. 代表取締役.</summary>
    public required string RepresentativeTitle { get; init; }

    public required string RepresentativeName { get; init; }

    public required DateOnly EstablishedOn { get; init; }

    public PolicyScope Scope { get; init; } = PolicyScope.AllBusiness;

    /// <summary>The business covered, required when <see cref="Scope"/> is <see cref="PolicyScope.SpecifiedBusiness"/>.</summary>
    public string? ScopeDetail { get; init; }

    /// <summary>The title of the person responsible for information security, e.g. 情報セキュリティ責任者.</summary>
    public required string ResponsibleTitle { get; init; }

    public ReviewCycle ReviewCycle { get; init; } = ReviewCycle.Yearly;

    public TrainingSchedule Training { get; init; } = TrainingSchedule.OnJoiningAndYearly;

    /// <summary>Whether contractors and business partners are asked to follow the policy too.</summary>
    public bool IncludePartners { get; init; }

    /// <summary>"ja" or "en".</summary>
    public string Language { get; init; } = "ja";

    /// <summary>Every problem found, in field order; empty when the policy can be written.</summary>
    public IReadOnlyList<PolicyFieldError> Validate()
    {
        var errors = new List<PolicyFieldError>();
        CheckText(errors, nameof(OrganisationName), OrganisationName, MaxNameLength);
        CheckText(errors, nameof(RepresentativeTitle), RepresentativeTitle, MaxNameLength);
        CheckText(errors, nameof(RepresentativeName), RepresentativeName, MaxNameLength);
        if (EstablishedOn == default)
        {
            errors.Add(new(nameof(EstablishedOn), PolicyErrors.Required));
        }

        if (!Enum.IsDefined(Scope))
        {
            errors.Add(new(nameof(Scope), PolicyErrors.Unsupported));
        }
        else if (Scope == PolicyScope.SpecifiedBusiness)
        {
            CheckText(errors, nameof(ScopeDetail), ScopeDetail, MaxScopeDetailLength);
        }

        CheckText(errors, nameof(ResponsibleTitle), ResponsibleTitle, MaxNameLength);
        if (!Enum.IsDefined(ReviewCycle))
        {
            errors.Add(new(nameof(ReviewCycle), PolicyErrors.Unsupported));
        }

        if (!Enum.IsDefined(Training))
        {
            errors.Add(new(nameof(Training), PolicyErrors.Unsupported));
        }

        if (Language is not ("ja" or "en"))
        {
            errors.Add(new(nameof(Language), PolicyErrors.Unsupported));
        }

        return errors;
    }

    private static void CheckText(List<PolicyFieldError> errors, string field, string? value, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new(field, PolicyErrors.Required));
        }
        else if (text.Any(char.IsControl))
        {
            errors.Add(new(field, PolicyErrors.InvalidCharacters));
        }
        else if (new StringInfo(text).LengthInTextElements > maxLength)
        {
            errors.Add(new(field, PolicyErrors.TooLong));
        }
    }
}
