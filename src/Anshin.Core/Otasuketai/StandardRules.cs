using System.Text.Json;
using System.Text.Json.Serialization;

namespace Anshin.Core.Otasuketai;

/// <summary>How one requirement is applied in a version of the standard: whether it is checked, and its amount.</summary>
public sealed record RequirementSetting(bool Enabled, int? Amount = null);

/// <summary>
/// One version of the お助け隊 standard as data: per requirement whether it is checked and its amount (the price caps,
/// the largest allowed minimum contract, the years of category-1 history). An administrator writes a new version when
/// the standard changes; an application keeps the version it was checked against.
/// </summary>
public sealed record StandardRules
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required string Version { get; init; }

    public required IReadOnlyDictionary<string, RequirementSetting> Settings { get; init; }

    /// <summary>The standard as this product first knows it: category 1 of 2022 with category 2 of March 2024.</summary>
    public static StandardRules Initial { get; } = new()
    {
        Version = "2024.1",
        Settings = new Dictionary<string, RequirementSetting>
        {
            [Requirements.Desk] = new(true),
            [Requirements.Monitoring] = new(true),
            [Requirements.OnSite] = new(true),
            [Requirements.Insurance] = new(true),
            [Requirements.Ease] = new(true),
            [Requirements.NetworkPrice] = new(true, 10_000),
            [Requirements.EndpointPrice] = new(true, 2_000),
            [Requirements.CombinedPrice] = new(true),
            [Requirements.MinimumContract] = new(true, 1),
            [Requirements.Category2History] = new(true, 2),
            [Requirements.Category2Consulting] = new(true),
        },
    };

    /// <summary>The setting of a requirement; a requirement the version does not mention is not checked.</summary>
    public RequirementSetting SettingOf(string code) => Settings.TryGetValue(code, out var setting) ? setting : new(false);

    public bool IsEnabled(string code) => SettingOf(code).Enabled;

    /// <summary>The amount of a requirement, or the initial version's when this one gives none.</summary>
    public int AmountOf(string code) =>
        SettingOf(code).Amount ?? (Initial.Settings.TryGetValue(code, out var initial) ? initial.Amount : null) ?? 0;

    public string ToJson() => JsonSerializer.Serialize(new Stored(Settings), Json);

    public static StandardRules FromJson(string version, string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Json);
        if (stored?.Settings is null || stored.Settings.Values.Any(s => s is null))
        {
            throw new FormatException("A rules document needs a setting for every requirement it names.");
        }

        return new StandardRules { Version = version, Settings = stored.Settings };
    }

    private sealed record Stored(IReadOnlyDictionary<string, RequirementSetting> Settings);
}
