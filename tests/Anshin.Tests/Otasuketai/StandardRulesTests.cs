using Anshin.Core.Otasuketai;

namespace Anshin.Tests.Otasuketai;

public sealed class StandardRulesTests
{
    [Fact]
    public void Initial_IsVersion2024_1_WithEveryRequirementEnabled_AndTheStandardsAmounts()
    {
        var rules = StandardRules.Initial;

        Assert.Equal("2024.1", rules.Version);
        Assert.All(Requirements.All, r => Assert.True(rules.IsEnabled(r.Code), r.Code));
        Assert.Equal(10_000, rules.AmountOf(Requirements.NetworkPrice));
        Assert.Equal(2_000, rules.AmountOf(Requirements.EndpointPrice));
        Assert.Equal(1, rules.AmountOf(Requirements.MinimumContract));
        Assert.Equal(2, rules.AmountOf(Requirements.Category2History));
        Assert.Equal(0, rules.AmountOf(Requirements.Desk));
    }

    [Fact]
    public void ADifferentCap_ChangesTheOutcome()
    {
        var offer = Offers.Network() with { PerSiteMonthly = 11_000 };
        var raised = Offers.Rules("2027.1", (Requirements.NetworkPrice, new RequirementSetting(true, 12_000)));

        var before = Offers.Check(offer, Requirements.NetworkPrice);
        var after = Offers.Check(offer, Requirements.NetworkPrice, raised);

        Assert.Equal(RequirementOutcome.Fail, before.Outcome);
        Assert.Equal(RequirementOutcome.Pass, after.Outcome);
        Assert.Contains("¥12,000", after.Reason.En, StringComparison.Ordinal);
        Assert.Equal("2027.1", Offers.Check(offer, raised).Version);
    }

    [Fact]
    public void TheCapsOfTheNetworkAndEndpointRules_SetTheCombinedCaps()
    {
        var offer = Offers.Combined() with { PerSiteMonthly = 11_000, PerDeviceMonthly = 2_500 };
        var raised = Offers.Rules("2027.1",
            (Requirements.NetworkPrice, new RequirementSetting(true, 12_000)),
            (Requirements.EndpointPrice, new RequirementSetting(true, 3_000)));

        Assert.Equal(RequirementOutcome.Fail, Offers.Check(offer, Requirements.CombinedPrice).Outcome);
        Assert.Equal(RequirementOutcome.Pass, Offers.Check(offer, Requirements.CombinedPrice, raised).Outcome);
    }

    [Fact]
    public void ADisabledRequirement_IsNotInTheResult_AndDoesNotCountTowardsTheOverall()
    {
        var offer = Offers.Network() with { SetupByProvider = false };
        var rules = Offers.Rules("2027.1", (Requirements.Ease, new RequirementSetting(false)));

        var result = Offers.Check(offer, rules);

        Assert.Null(result.For(Requirements.Ease));
        Assert.DoesNotContain(result.Items, i => i.Code == Requirements.Ease);
        Assert.Equal(Requirements.All.Count - 1, result.Items.Count);
        Assert.Equal(RequirementOutcome.Pass, result.Overall);
        Assert.Equal(RequirementOutcome.NeedsReview, Offers.Check(offer).Overall);
    }

    [Fact]
    public void ARequirementTheVersionDoesNotMention_IsNotChecked()
    {
        var rules = new StandardRules
        {
            Version = "partial",
            Settings = new Dictionary<string, RequirementSetting> { [Requirements.Desk] = new(true) },
        };

        var result = Offers.Check(Offers.Network() with { HasInsurance = false }, rules);

        Assert.Equal(Requirements.Desk, Assert.Single(result.Items).Code);
        Assert.False(rules.IsEnabled(Requirements.Insurance));
        Assert.Equal(new RequirementSetting(false), rules.SettingOf(Requirements.Insurance));
        Assert.Equal(RequirementOutcome.Pass, result.Overall);
    }

    [Fact]
    public void AnAmountTheVersionDoesNotGive_IsTheInitialOne()
    {
        var rules = Offers.Rules("2027.1", (Requirements.NetworkPrice, new RequirementSetting(true)));

        Assert.Equal(10_000, rules.AmountOf(Requirements.NetworkPrice));
        Assert.Equal(RequirementOutcome.Fail, Offers.Check(Offers.Network() with { PerSiteMonthly = 10_001 }, Requirements.NetworkPrice, rules).Outcome);
    }

    [Fact]
    public void Json_RoundTripsTheSettings_AndTheVersionIsGivenApart()
    {
        var rules = Offers.Rules("2027.1",
            (Requirements.NetworkPrice, new RequirementSetting(true, 12_000)),
            (Requirements.Ease, new RequirementSetting(false)));

        var read = StandardRules.FromJson("2027.1", rules.ToJson());

        Assert.Equal("2027.1", read.Version);
        Assert.Equal(Sorted(rules.Settings), Sorted(read.Settings));
        Assert.Equal(rules.ToJson(), read.ToJson());
    }

    [Fact]
    public void Json_OfTheInitialRules_RoundTrips()
    {
        var read = StandardRules.FromJson(StandardRules.Initial.Version, StandardRules.Initial.ToJson());

        Assert.Equal(StandardRules.Initial.Version, read.Version);
        Assert.Equal(Sorted(StandardRules.Initial.Settings), Sorted(read.Settings));
    }

    [Fact]
    public void Json_UsesTheRequirementCodesAsKeys_AndLeavesOutMissingAmounts()
    {
        var json = StandardRules.Initial.ToJson();

        Assert.Contains("\"price-network\":{\"enabled\":true,\"amount\":10000}", json, StringComparison.Ordinal);
        Assert.Contains("\"desk\":{\"enabled\":true}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("2024.1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_ReadsAHandWrittenDocument()
    {
        var rules = StandardRules.FromJson("hand", """{ "settings": { "price-endpoint": { "enabled": true, "amount": 2500 }, "desk": { "enabled": false } } }""");

        Assert.Equal("hand", rules.Version);
        Assert.Equal(2_500, rules.AmountOf(Requirements.EndpointPrice));
        Assert.False(rules.IsEnabled(Requirements.Desk));
        Assert.False(rules.IsEnabled(Requirements.Monitoring));
    }

    [Fact]
    public void FromJson_RejectsAnEmptyDocument()
    {
        Assert.Throws<FormatException>(() => StandardRules.FromJson("x", "null"));
    }

    private static List<KeyValuePair<string, RequirementSetting>> Sorted(IReadOnlyDictionary<string, RequirementSetting> settings) =>
        [.. settings.OrderBy(s => s.Key, StringComparer.Ordinal)];
}
