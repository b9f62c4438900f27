using Anshin.Core.Organisations;
using Anshin.Core.Text;
using Anshin.Web.Areas.Otasuketai.Model;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>The provider's profile as posted: who it is and how users reach it.</summary>
public sealed class ProviderInput
{
    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? CorporateNumber { get; set; }

    public int? Prefecture { get; set; }

    public string? Address { get; set; }

    public string? Website { get; set; }

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public IReadOnlyList<ServiceInputError> Validate()
    {
        var errors = new List<ServiceInputError>();
        Required(errors, nameof(Name), Name, 200);
        Optional(errors, nameof(NameEn), NameEn, 200);
        if (Core.Organisations.CorporateNumber.Normalize(CorporateNumber) is not { } number || !Core.Organisations.CorporateNumber.IsValid(number))
        {
            errors.Add(new(nameof(CorporateNumber), "Otasuketai.Error.CorporateNumberInvalid"));
        }

        if (Prefectures.Find(Prefecture ?? 0) is null)
        {
            errors.Add(new(nameof(Prefecture), "Otasuketai.Error.PrefectureInvalid"));
        }

        Required(errors, nameof(Address), Address, 300);
        Required(errors, nameof(ContactName), ContactName, 100);
        if (!Uri.TryCreate(ContactText.Normalize(Website), UriKind.Absolute, out var site) || site.Scheme is not ("http" or "https")
            || site.AbsoluteUri.Length > 500)
        {
            errors.Add(new(nameof(Website), "Otasuketai.Error.WebsiteInvalid"));
        }

        if (ContactText.NormalizePhone(Phone) is not { Length: <= 30 })
        {
            errors.Add(new(nameof(Phone), "Otasuketai.Error.PhoneInvalid"));
        }

        return errors;
    }

    /// <summary>Writes the profile onto the provider (only after <see cref="Validate"/> found nothing).</summary>
    public void ApplyTo(OtasuketaiProvider provider)
    {
        provider.Name = ContactText.Normalize(Name);
        provider.NameEn = ContactText.Normalize(NameEn) is { Length: > 0 } en ? en : null;
        provider.CorporateNumber = Core.Organisations.CorporateNumber.Normalize(CorporateNumber)!;
        provider.Prefecture = Prefecture!.Value;
        provider.Address = ContactText.Normalize(Address);
        provider.Website = new Uri(ContactText.Normalize(Website)).AbsoluteUri;
        provider.ContactName = ContactText.Normalize(ContactName);
        provider.Phone = ContactText.NormalizePhone(Phone)!;
    }

    public static ProviderInput From(OtasuketaiProvider p) => new()
    {
        Name = p.Name,
        NameEn = p.NameEn,
        CorporateNumber = p.CorporateNumber,
        Prefecture = p.Prefecture,
        Address = p.Address,
        Website = p.Website,
        ContactName = p.ContactName,
        Phone = p.Phone,
    };

    private static void Required(List<ServiceInputError> errors, string field, string? text, int max)
    {
        var value = ContactText.Normalize(text);
        if (value.Length == 0)
        {
            errors.Add(new(field, "Otasuketai.Error.Required"));
        }
        else if (value.Length > max)
        {
            errors.Add(new(field, "Otasuketai.Error.TooLong", max));
        }
    }

    private static void Optional(List<ServiceInputError> errors, string field, string? text, int max)
    {
        if (ContactText.Normalize(text).Length > max)
        {
            errors.Add(new(field, "Otasuketai.Error.TooLong", max));
        }
    }
}
