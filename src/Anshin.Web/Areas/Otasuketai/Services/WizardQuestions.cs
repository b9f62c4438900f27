using Anshin.Core.Otasuketai;

namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>The wizard's answers as they arrive (a query string), read into a <see cref="MatchNeed"/> or errors per answer.</summary>
public static class WizardQuestions
{
    public const int MaxDevices = 10_000;
    public const int MaxSites = 1_000;

    /// <summary>The need, or null with the problems: the answer's name (as the API calls it) and the resource key of the message.</summary>
    public static (MatchNeed? Need, IReadOnlyDictionary<string, string> Errors) Read(int? pcs, int? servers, int? sites, int? prefecture,
        string? hasNetworkDevice, bool? onSite, long? budget)
    {
        var errors = new Dictionary<string, string>();
        if (pcs is not (>= 0 and <= MaxDevices))
        {
            errors["pcs"] = "Otasuketai.Wizard.Error.Pcs";
        }

        if (servers is not null and not (>= 0 and <= MaxDevices))
        {
            errors["servers"] = "Otasuketai.Wizard.Error.Servers";
        }

        if (sites is not null and not (>= 1 and <= MaxSites))
        {
            errors["sites"] = "Otasuketai.Wizard.Error.Sites";
        }

        if (prefecture is not (>= 1 and <= 47))
        {
            errors["prefecture"] = "Otasuketai.Wizard.Error.Prefecture";
        }

        var device = NetworkDevice.Unknown;
        if (hasNetworkDevice is not null && (!Enum.TryParse(hasNetworkDevice, ignoreCase: true, out device) || !Enum.IsDefined(device) || int.TryParse(hasNetworkDevice, out _)))
        {
            errors["hasNetworkDevice"] = "Otasuketai.Wizard.Error.Device";
        }

        if (budget is < 0)
        {
            errors["budget"] = "Otasuketai.Wizard.Error.Budget";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new MatchNeed
        {
            Pcs = pcs!.Value,
            Servers = servers ?? 0,
            Sites = sites ?? 1,
            Prefecture = prefecture!.Value,
            HasNetworkDevice = device,
            WantsOnSite = onSite ?? true,
            Budget = budget,
        }, errors);
    }
}
