using Anshin.Core.Otasuketai;

namespace Anshin.Tests.Otasuketai;

public sealed class StandardCheckPriceTests
{
    [Theory]
    [InlineData(null, 10_000, RequirementOutcome.Pass)]
    [InlineData(null, 10_001, RequirementOutcome.Fail)]
    [InlineData(0, 10_000, RequirementOutcome.Pass)]
    [InlineData(null, 1, RequirementOutcome.Pass)]
    [InlineData(1_000, 9_000, RequirementOutcome.Pass)]
    [InlineData(1_001, 9_000, RequirementOutcome.Fail)]
    [InlineData(10_000, 0, RequirementOutcome.Pass)]
    [InlineData(1, 10_000, RequirementOutcome.Fail)]
    public void NetworkPrice_OfOneSiteWithTheBaseFee_PassesUpToTheCap_AndFailsAbove(int? baseMonthly, int perSite, RequirementOutcome outcome)
    {
        var offer = Offers.Network() with { BaseMonthly = baseMonthly, PerSiteMonthly = perSite };

        Assert.Equal(outcome, Offers.Check(offer, Requirements.NetworkPrice).Outcome);
    }

    [Fact]
    public void NetworkPrice_Fails_AboveTheCap_NamingThePriceAndTheCap()
    {
        var result = Offers.Check(Offers.Network() with { PerSiteMonthly = 10_001 }, Requirements.NetworkPrice);

        Assert.Equal(RequirementOutcome.Fail, result.Outcome);
        AssertMentions(result, "¥10,001", "¥10,000");
    }

    [Fact]
    public void NetworkPrice_Fails_WhenTheBaseFeeTakesOneSiteAboveTheCap_NamingTheTotal()
    {
        var result = Offers.Check(Offers.Network() with { BaseMonthly = 1_001, PerSiteMonthly = 9_000 }, Requirements.NetworkPrice);

        Assert.Equal(RequirementOutcome.Fail, result.Outcome);
        AssertMentions(result, "¥10,001", "¥10,000");
    }

    [Fact]
    public void NetworkPrice_Passes_AtTheCap_NamingThePriceAndTheCap()
    {
        var result = Offers.Check(Offers.Network() with { BaseMonthly = 1_000, PerSiteMonthly = 9_000 }, Requirements.NetworkPrice);

        Assert.Equal(RequirementOutcome.Pass, result.Outcome);
        AssertMentions(result, "¥10,000");
    }

    [Fact]
    public void NetworkPrice_Fails_WhenThePricePerSiteIsMissing()
    {
        var result = Offers.Check(Offers.Network() with { PerSiteMonthly = null, PerDeviceMonthly = 500 }, Requirements.NetworkPrice);

        Assert.Equal(RequirementOutcome.Fail, result.Outcome);
    }

    [Theory]
    [InlineData(null, 2_000, RequirementOutcome.Pass)]
    [InlineData(null, 2_001, RequirementOutcome.Fail)]
    [InlineData(0, 2_000, RequirementOutcome.Pass)]
    [InlineData(1, 2_000, RequirementOutcome.Fail)]
    [InlineData(500, 1_500, RequirementOutcome.Pass)]
    [InlineData(501, 1_500, RequirementOutcome.Fail)]
    [InlineData(1_999, 1, RequirementOutcome.Pass)]
    public void EndpointPrice_PerDeviceAndForOneDeviceWithTheBaseFee_PassesUpToTheCap_AndFailsAbove(int? baseMonthly, int perDevice, RequirementOutcome outcome)
    {
        var offer = Offers.Endpoint() with { BaseMonthly = baseMonthly, PerDeviceMonthly = perDevice };

        Assert.Equal(outcome, Offers.Check(offer, Requirements.EndpointPrice).Outcome);
    }

    [Fact]
    public void EndpointPrice_Fails_AboveTheCapPerDevice_NamingThePriceAndTheCap()
    {
        var result = Offers.Check(Offers.Endpoint() with { PerDeviceMonthly = 2_001 }, Requirements.EndpointPrice);

        Assert.Equal(RequirementOutcome.Fail, result.Outcome);
        AssertMentions(result, "¥2,001", "¥2,000");
    }

    [Fact]
    public void EndpointPrice_Fails_WhenTheBaseFeeTakesAOneDeviceContractAboveTheCap_NamingTheTotal()
    {
        var result = Offers.Check(Offers.Endpoint() with { BaseMonthly = 1, PerDeviceMonthly = 2_000 }, Requirements.EndpointPrice);

        Assert.Equal(RequirementOutcome.Fail, result.Outcome);
        AssertMentions(result, "¥2,001", "¥2,000");
    }

    [Fact]
    public void EndpointPrice_Passes_AtTheCap_NamingThePriceAndTheCap()
    {
        var result = Offers.Check(Offers.Endpoint() with { PerDeviceMonthly = 2_000 }, Requirements.EndpointPrice);

        Assert.Equal(RequirementOutcome.Pass, result.Outcome);
        AssertMentions(result, "¥2,000");
    }

    [Fact]
    public void EndpointPrice_Fails_WhenThePricePerDeviceIsMissing()
    {
        var result = Offers.Check(Offers.Endpoint() with { PerDeviceMonthly = null, PerSiteMonthly = 500 }, Requirements.EndpointPrice);

        Assert.Equal(RequirementOutcome.Fail, result.Outcome);
    }

    [Theory]
    [InlineData(null, 10_000, 2_000, RequirementOutcome.Pass)]
    [InlineData(null, 10_001, 2_000, RequirementOutcome.Fail)]
    [InlineData(null, 10_000, 2_001, RequirementOutcome.Fail)]
    [InlineData(1, 10_000, 2_000, RequirementOutcome.Fail)]
    [InlineData(1_000, 9_000, 2_000, RequirementOutcome.Pass)]
    [InlineData(1_001, 9_000, 2_000, RequirementOutcome.Fail)]
    [InlineData(3_000, 8_000, 1_000, RequirementOutcome.Pass)]
    [InlineData(null, 10_001, 1_000, RequirementOutcome.Fail)]
    [InlineData(null, 8_000, 2_500, RequirementOutcome.Fail)]
    public void CombinedPrice_EachPartWithinItsCap_AndOneSiteWithOneDeviceWithinTheSum_Passes(int? baseMonthly, int perSite, int perDevice, RequirementOutcome outcome)
    {
        var offer = Offers.Combined() with { BaseMonthly = baseMonthly, PerSiteMonthly = perSite, PerDeviceMonthly = perDevice };

        Assert.Equal(outcome, Offers.Check(offer, Requirements.CombinedPrice).Outcome);
    }

    [Fact]
    public void CombinedPrice_Fails_WhenThePricePerSiteIsAboveTheNetworkCap_NamingIt()
    {
        var result = Offers.Check(Offers.Combined() with { PerSiteMonthly = 10_001, PerDeviceMonthly = 1_000 }, Requirements.CombinedPrice);

        Assert.Equal(RequirementOutcome.Fail, result.Outcome);
        AssertMentions(result, "¥10,001", "¥10,000");
    }

    [Fact]
    public void CombinedPrice_Fails_WhenThePricePerDeviceIsAboveTheEndpointCap_NamingIt()
    {
        var result = Offers.Check(Offers.Combined() with { PerSiteMonthly = 5_000, PerDeviceMonthly = 2_001 }, Requirements.CombinedPrice);

        Assert.Equal(RequirementOutcome.Fail, result.Outcome);
        AssertMentions(result, "¥2,001", "¥2,000");
    }

    [Fact]
    public void CombinedPrice_Fails_WhenTheBaseFeeTakesOneSiteWithOneDeviceAboveTheSumOfTheCaps_NamingTheTotal()
    {
        var result = Offers.Check(Offers.Combined() with { BaseMonthly = 1, PerSiteMonthly = 10_000, PerDeviceMonthly = 2_000 }, Requirements.CombinedPrice);

        Assert.Equal(RequirementOutcome.Fail, result.Outcome);
        AssertMentions(result, "¥12,001", "¥12,000");
    }

    [Fact]
    public void CombinedPrice_Passes_AtTheSumOfTheCaps_NamingTheTotal()
    {
        var result = Offers.Check(Offers.Combined() with { BaseMonthly = 1_000, PerSiteMonthly = 9_000, PerDeviceMonthly = 2_000 }, Requirements.CombinedPrice);

        Assert.Equal(RequirementOutcome.Pass, result.Outcome);
        AssertMentions(result, "¥12,000");
    }

    [Theory]
    [InlineData(null, 2_000)]
    [InlineData(10_000, null)]
    [InlineData(null, null)]
    public void CombinedPrice_Fails_WhenEitherPriceIsMissing(int? perSite, int? perDevice)
    {
        var offer = Offers.Combined() with { PerSiteMonthly = perSite, PerDeviceMonthly = perDevice };

        Assert.Equal(RequirementOutcome.Fail, Offers.Check(offer, Requirements.CombinedPrice).Outcome);
    }

    [Theory]
    [InlineData(ServiceType.Network, Requirements.EndpointPrice)]
    [InlineData(ServiceType.Network, Requirements.CombinedPrice)]
    [InlineData(ServiceType.Endpoint, Requirements.NetworkPrice)]
    [InlineData(ServiceType.Endpoint, Requirements.CombinedPrice)]
    [InlineData(ServiceType.Combined, Requirements.NetworkPrice)]
    [InlineData(ServiceType.Combined, Requirements.EndpointPrice)]
    public void PriceRules_OfOtherTypes_AreNotApplicable_WhateverThePrices(ServiceType type, string code)
    {
        var offer = Offers.Passing(type) with { BaseMonthly = 99_999, PerSiteMonthly = 99_999, PerDeviceMonthly = 99_999 };

        Assert.Equal(RequirementOutcome.NotApplicable, Offers.Check(offer, code).Outcome);
    }

    [Theory]
    [InlineData(ServiceType.Endpoint, null, RequirementOutcome.Pass)]
    [InlineData(ServiceType.Endpoint, 1, RequirementOutcome.Pass)]
    [InlineData(ServiceType.Endpoint, 2, RequirementOutcome.Fail)]
    [InlineData(ServiceType.Endpoint, 10, RequirementOutcome.Fail)]
    [InlineData(ServiceType.Combined, null, RequirementOutcome.Pass)]
    [InlineData(ServiceType.Combined, 1, RequirementOutcome.Pass)]
    [InlineData(ServiceType.Combined, 2, RequirementOutcome.Fail)]
    [InlineData(ServiceType.Network, null, RequirementOutcome.Pass)]
    [InlineData(ServiceType.Network, 1, RequirementOutcome.Pass)]
    [InlineData(ServiceType.Network, 50, RequirementOutcome.Pass)]
    public void MinimumContract_OfOneDevice_Passes_MoreFails_AndANetworkServicePassesRegardless(ServiceType type, int? minimumDevices, RequirementOutcome outcome)
    {
        var offer = Offers.Passing(type) with { MinimumDevices = minimumDevices };

        Assert.Equal(outcome, Offers.Check(offer, Requirements.MinimumContract).Outcome);
    }

    [Fact]
    public void MinimumContract_Fails_NamingTheMinimumAndTheLargestAllowed()
    {
        var result = Offers.Check(Offers.Endpoint() with { MinimumDevices = 5 }, Requirements.MinimumContract);

        Assert.Equal(RequirementOutcome.Fail, result.Outcome);
        AssertMentions(result, "5", "1");
    }

    [Theory]
    [InlineData(5, RequirementOutcome.Pass)]
    [InlineData(6, RequirementOutcome.Fail)]
    public void MinimumContract_FollowsTheLargestMinimumOfTheRules(int minimumDevices, RequirementOutcome outcome)
    {
        var rules = Offers.Rules("test", (Requirements.MinimumContract, new RequirementSetting(true, 5)));

        Assert.Equal(outcome, Offers.Check(Offers.Endpoint() with { MinimumDevices = minimumDevices }, Requirements.MinimumContract, rules).Outcome);
    }

    private static void AssertMentions(RequirementResult result, params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.Contains(text, result.Reason.Ja, StringComparison.Ordinal);
            Assert.Contains(text, result.Reason.En, StringComparison.Ordinal);
        }
    }
}
