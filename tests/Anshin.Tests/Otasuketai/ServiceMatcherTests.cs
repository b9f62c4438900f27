using Anshin.Core.Otasuketai;

namespace Anshin.Tests.Otasuketai;

public sealed class ServiceMatcherTests
{
    [Theory]
    [InlineData(ServiceType.Network)]
    [InlineData(ServiceType.Endpoint)]
    [InlineData(ServiceType.Combined)]
    public void Match_TheFullySpecifiedOffer_FitsTheDefaultNeed(ServiceType type)
    {
        var match = ServiceMatcher.Match(Offers.Need(), Offers.Passing(type));

        Assert.True(match.Fits);
        Assert.NotNull(match.MonthlyCost);
        AssertReasonsInBothLanguages(match);
    }

    [Fact]
    public void Match_IsAMisfit_WhenThePrefectureIsNotServed_NamingIt()
    {
        var match = ServiceMatcher.Match(Offers.Need() with { Prefecture = Offers.Osaka }, Offers.Endpoint());

        Assert.False(match.Fits);
        Assert.Null(match.MonthlyCost);
        var reason = Assert.Single(match.Reasons);
        Assert.Contains("Osaka", reason.En, StringComparison.Ordinal);
        Assert.Contains("大阪府", reason.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_Fits_AnywhereForANationwideService()
    {
        var offer = Offers.Endpoint() with { Nationwide = true, Prefectures = [], OnSiteNationwide = true };

        var match = ServiceMatcher.Match(Offers.Need() with { Prefecture = Offers.Okinawa }, offer);

        Assert.True(match.Fits);
        Assert.Contains(match.Reasons, r => r.En == "Offered nationwide.");
        Assert.Contains(match.Reasons, r => r.En.Contains("Okinawa", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ServiceType.Network)]
    [InlineData(ServiceType.Combined)]
    public void Match_IsAMisfit_ForANetworkServiceWhenTheFirmHasNoDeviceAndNoneIsSupplied(ServiceType type)
    {
        var need = Offers.Need() with { HasNetworkDevice = NetworkDevice.No };

        var match = ServiceMatcher.Match(need, Offers.Passing(type) with { SuppliesNetworkDevice = false });

        Assert.False(match.Fits);
        Assert.Contains("UTM", Assert.Single(match.Reasons).En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NetworkDevice.No)]
    [InlineData(NetworkDevice.Unknown)]
    [InlineData(NetworkDevice.Yes)]
    public void Match_Fits_ANetworkServiceThatSuppliesTheDevice_WhateverTheFirmHas(NetworkDevice has)
    {
        var match = ServiceMatcher.Match(Offers.Need() with { HasNetworkDevice = has }, Offers.Network() with { SuppliesNetworkDevice = true });

        Assert.True(match.Fits);
    }

    [Fact]
    public void Match_Fits_ANetworkServiceWhenTheFirmIsUnsureOfItsDevice_WithANoteToAsk()
    {
        var need = Offers.Need() with { HasNetworkDevice = NetworkDevice.Unknown };

        var match = ServiceMatcher.Match(need, Offers.Network() with { SuppliesNetworkDevice = false });

        Assert.True(match.Fits);
        Assert.Contains(match.Reasons, r => r.En.Contains("Ask the provider", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_Fits_ANetworkServiceWatchingTheFirmsOwnDevice()
    {
        var match = ServiceMatcher.Match(Offers.Need() with { HasNetworkDevice = NetworkDevice.Yes }, Offers.Network());

        Assert.True(match.Fits);
        Assert.Contains(match.Reasons, r => r.En == "Watches your UTM or router.");
    }

    [Fact]
    public void Match_Fits_AnEndpointService_WithoutANetworkDevice()
    {
        var match = ServiceMatcher.Match(Offers.Need() with { HasNetworkDevice = NetworkDevice.No }, Offers.Endpoint());

        Assert.True(match.Fits);
    }

    [Theory]
    [InlineData(ServiceType.Endpoint)]
    [InlineData(ServiceType.Combined)]
    public void Match_IsAMisfit_ForServersOnAServiceWithoutServerSupport(ServiceType type)
    {
        var need = Offers.Need() with { Servers = 1 };

        var misfit = ServiceMatcher.Match(need, Offers.Passing(type) with { SupportsServers = false });
        var fit = ServiceMatcher.Match(need, Offers.Passing(type) with { SupportsServers = true });

        Assert.False(misfit.Fits);
        Assert.Equal("Does not cover servers.", Assert.Single(misfit.Reasons).En);
        Assert.True(fit.Fits);
    }

    [Fact]
    public void Match_Fits_ANetworkService_WhateverTheServers()
    {
        var match = ServiceMatcher.Match(Offers.Need() with { Servers = 3 }, Offers.Network() with { SupportsServers = false });

        Assert.True(match.Fits);
    }

    [Fact]
    public void Match_IsAMisfit_ForAnEndpointServiceWithNoDevicesToWatch()
    {
        var match = ServiceMatcher.Match(Offers.Need() with { Pcs = 0, Servers = 0 }, Offers.Endpoint());

        Assert.False(match.Fits);
    }

    [Fact]
    public void Match_IsAMisfit_WhenOnSiteIsWantedButNotOfferedInThePrefecture()
    {
        var offer = Offers.Endpoint() with { OnSitePrefectures = [Offers.Tokyo] };

        var match = ServiceMatcher.Match(Offers.Need() with { Prefecture = Offers.Kanagawa, WantsOnSite = true }, offer);

        Assert.False(match.Fits);
        Assert.Contains("Kanagawa", Assert.Single(match.Reasons).En, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_IsAMisfit_WhenOnSiteIsWantedFromARemoteOnlyService()
    {
        var offer = Offers.Endpoint() with { OnSiteSupport = false };

        Assert.False(ServiceMatcher.Match(Offers.Need(), offer).Fits);
    }

    [Fact]
    public void Match_Fits_WithoutOnSiteInThePrefecture_WhenOnSiteIsNotWanted()
    {
        var offer = Offers.Endpoint() with { OnSitePrefectures = [Offers.Tokyo] };

        var match = ServiceMatcher.Match(Offers.Need() with { Prefecture = Offers.Kanagawa, WantsOnSite = false }, offer);

        Assert.True(match.Fits);
    }

    [Fact]
    public void Match_Fits_WhenOnSiteIsWanted_NamingTheResponseTarget()
    {
        var match = ServiceMatcher.Match(Offers.Need(), Offers.Endpoint() with { OnSiteResponseHours = 4 });

        Assert.True(match.Fits);
        Assert.Contains(match.Reasons, r => r.En == "Sends an engineer to Tokyo (target 4 hours).");
    }

    [Fact]
    public void Match_IsAMisfit_WhenTheCostIsAboveTheBudget_GivingTheCost()
    {
        var offer = Offers.Endpoint() with { PerDeviceMonthly = 1_500 };

        var match = ServiceMatcher.Match(Offers.Need() with { Pcs = 10, Budget = 14_999 }, offer);

        Assert.False(match.Fits);
        Assert.Equal(15_000, match.MonthlyCost);
        var reason = Assert.Single(match.Reasons);
        Assert.Contains("¥15,000", reason.En, StringComparison.Ordinal);
        Assert.Contains("¥14,999", reason.En, StringComparison.Ordinal);
        Assert.Contains("¥15,000", reason.Ja, StringComparison.Ordinal);
        Assert.Contains("¥14,999", reason.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_Fits_WhenTheCostEqualsTheBudget()
    {
        var offer = Offers.Endpoint() with { PerDeviceMonthly = 1_500 };

        var match = ServiceMatcher.Match(Offers.Need() with { Pcs = 10, Budget = 15_000 }, offer);

        Assert.True(match.Fits);
        Assert.Equal(15_000, match.MonthlyCost);
        Assert.Contains(match.Reasons, r => r.En.Contains("¥15,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_Fits_WithoutABudget_StillGivingTheCost()
    {
        var match = ServiceMatcher.Match(Offers.Need() with { Budget = null }, Offers.Network() with { PerSiteMonthly = 9_800 });

        Assert.True(match.Fits);
        Assert.Equal(9_800, match.MonthlyCost);
    }

    [Fact]
    public void Match_EstimatesTheCost_OfTwelvePcsAndAServerAtTwoSites_OnACombinedServiceWithABaseFee()
    {
        var offer = Offers.Combined() with { BaseMonthly = 3_000, PerSiteMonthly = 8_000, PerDeviceMonthly = 1_500, SupportsServers = true };
        var need = Offers.Need() with { Pcs = 12, Servers = 1, Sites = 2 };

        var match = ServiceMatcher.Match(need, offer);

        Assert.True(match.Fits);
        Assert.Equal(3_000 + (2 * 8_000) + (13 * 1_500), match.MonthlyCost);
        Assert.Equal(38_500, match.MonthlyCost);
        Assert.Contains(match.Reasons, r => r.En == "Watches 12 PCs and 1 servers.");
    }

    [Fact]
    public void Match_NotesTheMinimumCharge_WhenTheFirmHasFewerDevices()
    {
        var offer = Offers.Endpoint() with { PerDeviceMonthly = 1_000, MinimumDevices = 10 };

        var match = ServiceMatcher.Match(Offers.Need() with { Pcs = 4 }, offer);

        Assert.True(match.Fits);
        Assert.Equal(10_000, match.MonthlyCost);
        Assert.Contains(match.Reasons, r => r.En == "Charged for at least 10 devices.");
    }

    [Fact]
    public void Match_IsAMisfit_WhenNoPriceIsGiven()
    {
        var match = ServiceMatcher.Match(Offers.Need(), Offers.Endpoint() with { PerDeviceMonthly = null });

        Assert.False(match.Fits);
        Assert.Null(match.MonthlyCost);
        Assert.Equal("No price is given.", Assert.Single(match.Reasons).En);
    }

    private static void AssertReasonsInBothLanguages(ServiceMatch match)
    {
        Assert.NotEmpty(match.Reasons);
        Assert.All(match.Reasons, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Ja));
            Assert.False(string.IsNullOrWhiteSpace(r.En));
        });
    }
}
