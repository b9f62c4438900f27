using System.Globalization;
using Anshin.Core.Otasuketai;
using Anshin.Core.Text;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>A problem with one field of the form: the field's name and a resource key with its arguments.</summary>
public sealed record ServiceInputError(string Field, string Key, params object[] Args);

public sealed partial class ServiceInput
{
    /// <summary>
    /// What is wrong with the form as typed: names and amounts that cannot be stored. A draft may be saved with
    /// anything else missing; <paramref name="forSubmission"/> adds what a reviewer needs before anything is checked.
    /// </summary>
    public IReadOnlyList<ServiceInputError> Validate(bool forSubmission)
    {
        var errors = new List<ServiceInputError>();
        if (Text(Name) is null)
        {
            errors.Add(new(nameof(Name), "Otasuketai.Error.NameRequired"));
        }

        Length(errors, nameof(Name), Name, 200);
        Length(errors, nameof(NameEn), NameEn, 200);
        Length(errors, nameof(Description), Description, 2000);
        Length(errors, nameof(DescriptionEn), DescriptionEn, 2000);
        Length(errors, nameof(Options), Options, 1000);
        Length(errors, nameof(DeskHours), DeskHours, 200);
        Length(errors, nameof(MonitoringScope), MonitoringScope, 1000);
        Length(errors, nameof(Insurer), Insurer, 200);
        Length(errors, nameof(InsuranceCoverage), InsuranceCoverage, 1000);
        Length(errors, nameof(DeploymentDescription), DeploymentDescription, 1000);
        if (Type is { } type && !Enum.IsDefined(type))
        {
            errors.Add(new(nameof(Type), "Otasuketai.Error.TypeRequired"));
        }

        if (Category is not (1 or 2))
        {
            errors.Add(new(nameof(Category), "Otasuketai.Error.CategoryInvalid"));
        }

        AmountField(errors, nameof(BaseMonthly), BaseMonthly);
        AmountField(errors, nameof(PerSiteMonthly), PerSiteMonthly);
        AmountField(errors, nameof(PerDeviceMonthly), PerDeviceMonthly);
        AmountField(errors, nameof(InitialFee), InitialFee);
        AmountField(errors, nameof(InsuranceLimit), InsuranceLimit);
        AmountField(errors, nameof(InsuranceUserCost), InsuranceUserCost);
        var minimumGiven = AmountText.TryParse(MinimumDevices, out var minimum);
        if (minimumGiven == false || (minimumGiven == true && minimum is < 1 or > 100_000))
        {
            errors.Add(new(nameof(MinimumDevices), "Otasuketai.Error.DevicesInvalid"));
        }

        if (AmountText.TryParse(OnSiteResponseHours, out var hours) == false || hours > 720)
        {
            errors.Add(new(nameof(OnSiteResponseHours), "Otasuketai.Error.HoursInvalid"));
        }

        if (Prefectures.Concat(OnSitePrefectures).Any(c => c is < 1 or > 47))
        {
            errors.Add(new(nameof(Prefectures), "Otasuketai.Error.PrefectureInvalid"));
        }

        if (!string.IsNullOrWhiteSpace(Category1Since) && Date(Category1Since) is null)
        {
            errors.Add(new(nameof(Category1Since), "Otasuketai.Error.DateInvalid"));
        }

        if (forSubmission)
        {
            if (Type is null)
            {
                errors.Add(new(nameof(Type), "Otasuketai.Error.TypeRequired"));
            }

            if (Text(Description) is null)
            {
                errors.Add(new(nameof(Description), "Otasuketai.Error.DescriptionRequired"));
            }

            if (!Nationwide && Prefectures.Count == 0)
            {
                errors.Add(new(nameof(Prefectures), "Otasuketai.Error.RegionRequired"));
            }
        }

        return errors;
    }

    private static void Length(List<ServiceInputError> errors, string field, string? text, int max)
    {
        if (ContactText.Normalize(text).Length > max)
        {
            errors.Add(new(field, "Otasuketai.Error.TooLong", max.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void AmountField(List<ServiceInputError> errors, string field, string? text)
    {
        if (AmountText.TryParse(text, out _) == false)
        {
            errors.Add(new(field, "Otasuketai.Error.AmountInvalid"));
        }
    }
}
