using Anshin.Core.Organisations;
using Anshin.Core.Text;
using Anshin.Web.Areas.SecurityAction.Model;

namespace Anshin.Web.Areas.SecurityAction.Services;

/// <summary>A problem with one field: the field's name and a resource key with its arguments.</summary>
public sealed record DeclarationError(string Field, string Key, params object[] Args);

/// <summary>The applicant's details as entered (form or API), before validation.</summary>
public sealed class DeclarationInput
{
    public ApplicantKind ApplicantKind { get; set; }

    public string? CorporateNumber { get; set; }

    public string? Name { get; set; }

    public string? NameKana { get; set; }

    public int? Prefecture { get; set; }

    public string? Address { get; set; }

    public string? Industry { get; set; }

    /// <summary>As typed (full-width digits and separators accepted).</summary>
    public string? Employees { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public DeclarationPurpose Purpose { get; set; }

    /// <summary>The five principles' numbers the applicant ticked; all five are required.</summary>
    public List<int> Pledges { get; set; } = [];

    public string? PolicyUrl { get; set; }

    /// <summary>The details, checked and normalised (NFKC, trimmed); errors name the field in question.</summary>
    public (DeclarationDetails? Details, IReadOnlyList<DeclarationError> Errors) Validate(bool requirePledges)
    {
        var errors = new List<DeclarationError>();
        string? corporate = null;
        if (ApplicantKind == ApplicantKind.Corporation)
        {
            corporate = Anshin.Core.Organisations.CorporateNumber.Normalize(CorporateNumber);
            if (string.IsNullOrWhiteSpace(CorporateNumber))
            {
                errors.Add(new(nameof(CorporateNumber), "SecurityAction.Error.CorporateNumberRequired"));
            }
            else if (corporate is null || !Anshin.Core.Organisations.CorporateNumber.IsValid(corporate))
            {
                errors.Add(new(nameof(CorporateNumber), "SecurityAction.Error.CorporateNumberInvalid"));
                corporate = null;
            }
        }
        else if (!Enum.IsDefined(ApplicantKind))
        {
            errors.Add(new(nameof(ApplicantKind), "SecurityAction.Error.ApplicantKind"));
        }

        var name = Required(Name, nameof(Name), 200, errors);
        var kana = Required(NameKana, nameof(NameKana), 200, errors);
        var address = Required(Address, nameof(Address), 300, errors);
        var contactName = Required(ContactName, nameof(ContactName), 100, errors);
        if (Prefecture is not { } prefecture || Prefectures.Find(prefecture) is null)
        {
            errors.Add(new(nameof(Prefecture), "SecurityAction.Error.Prefecture"));
        }

        if (!Industries.IsValid(Industry))
        {
            errors.Add(new(nameof(Industry), "SelfCheck.Error.Industry"));
        }

        var employees = ParseCount(Employees);
        if (employees is not (>= 1 and <= 1_000_000))
        {
            errors.Add(new(nameof(Employees), "SecurityAction.Error.Employees"));
        }

        var email = ContactText.NormalizeEmail(ContactEmail);
        if (string.IsNullOrWhiteSpace(ContactEmail))
        {
            errors.Add(new(nameof(ContactEmail), "SecurityAction.Error.Required"));
        }
        else if (email is not { Length: <= 254 })
        {
            errors.Add(new(nameof(ContactEmail), "SecurityAction.Error.EmailInvalid"));
        }

        if (!Enum.IsDefined(Purpose))
        {
            errors.Add(new(nameof(Purpose), "SecurityAction.Error.Purpose"));
        }

        if (requirePledges && !Anshin.Core.SecurityAction.FivePrinciples.All.All(p => Pledges.Contains(p.Number)))
        {
            errors.Add(new(nameof(Pledges), "SecurityAction.Error.Pledges"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new DeclarationDetails(ApplicantKind, corporate, name!, kana!, Prefecture!.Value, address!, Industry!,
            employees!.Value, contactName!, email!.ToLowerInvariant(), Purpose), errors);
    }

    private static int? ParseCount(string? text)
    {
        var digits = ContactText.Normalize(text).Replace(",", "", StringComparison.Ordinal).Replace("人", "", StringComparison.Ordinal).Trim();
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static string? Required(string? value, string field, int max, List<DeclarationError> errors)
    {
        var text = ContactText.Normalize(value);
        if (text.Length == 0)
        {
            errors.Add(new(field, "SecurityAction.Error.Required"));
            return null;
        }

        if (text.Length > max)
        {
            errors.Add(new(field, "SecurityAction.Error.TooLong", max));
            return null;
        }

        return text;
    }

    public static DeclarationInput From(Declaration d) => new()
    {
        ApplicantKind = d.ApplicantKind,
        CorporateNumber = d.CorporateNumber,
        Name = d.Name,
        NameKana = d.NameKana,
        Prefecture = d.Prefecture,
        Address = d.Address,
        Industry = d.Industry,
        Employees = d.Employees.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ContactName = d.ContactName,
        ContactEmail = d.ContactEmail,
        Purpose = d.Purpose,
        PolicyUrl = d.PolicyUrl,
        Pledges = [1, 2, 3, 4, 5],
    };
}

/// <summary>Validated, normalised applicant details.</summary>
public sealed record DeclarationDetails(ApplicantKind ApplicantKind, string? CorporateNumber, string Name, string NameKana,
    int Prefecture, string Address, string Industry, int Employees, string ContactName, string ContactEmail, DeclarationPurpose Purpose)
{
    /// <summary>Copies the details onto the declaration; returns the names of the fields that changed.</summary>
    public IReadOnlyList<string> ApplyTo(Declaration d)
    {
        var changed = new List<string>();
        void Set<T>(string field, T current, T value, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                assign(value);
                changed.Add(field);
            }
        }

        Set(nameof(ApplicantKind), d.ApplicantKind, ApplicantKind, v => d.ApplicantKind = v);
        Set(nameof(CorporateNumber), d.CorporateNumber, CorporateNumber, v => d.CorporateNumber = v);
        Set(nameof(Name), d.Name, Name, v => d.Name = v);
        Set(nameof(NameKana), d.NameKana, NameKana, v => d.NameKana = v);
        Set(nameof(Prefecture), d.Prefecture, Prefecture, v => d.Prefecture = v);
        Set(nameof(Address), d.Address, Address, v => d.Address = v);
        Set(nameof(Industry), d.Industry, Industry, v => d.Industry = v);
        Set(nameof(Employees), d.Employees, Employees, v => d.Employees = v);
        Set(nameof(ContactName), d.ContactName, ContactName, v => d.ContactName = v);
        Set(nameof(ContactEmail), d.ContactEmail, ContactEmail, v => d.ContactEmail = v);
        Set(nameof(Purpose), d.Purpose, Purpose, v => d.Purpose = v);
        d.SizeBand = SizeBands.ForEmployees(Employees).Code;
        d.SearchText = SearchText(Name, NameKana);
        return changed;
    }

    /// <summary>The folded form the public list searches: NFKC, lower case, no spaces.</summary>
    public static string SearchText(string name, string kana) =>
        string.Concat((name + "\u0001" + kana).Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant()
            .Where(c => !char.IsWhiteSpace(c)));
}
