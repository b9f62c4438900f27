using Anshin.Core.Otasuketai;

namespace Anshin.Tests.Otasuketai;

public sealed class ServiceOfferTests
{
    [Theory]
    [InlineData(null, 8_000, 1, 0, 8_000)]
    [InlineData(null, 8_000, 3, 0, 24_000)]
    [InlineData(null, 8_000, 0, 0, 8_000)]
    [InlineData(null, 8_000, 2, 50, 16_000)]
    [InlineData(1_000, 9_000, 1, 0, 10_000)]
    [InlineData(1_000, 9_000, 4, 10, 37_000)]
    public void MonthlyCost_OfANetworkService_IsTheBaseFeePlusEachSite_AtLeastOne(int? baseMonthly, int perSite, int sites, int devices, long cost)
    {
        var offer = Offers.Network() with { BaseMonthly = baseMonthly, PerSiteMonthly = perSite, PerDeviceMonthly = 700, MinimumDevices = 5 };

        Assert.Equal(cost, offer.MonthlyCost(sites, devices));
    }

    [Theory]
    [InlineData(null, 1_500, null, 1, 1, 1_500)]
    [InlineData(null, 1_500, null, 1, 10, 15_000)]
    [InlineData(null, 1_500, null, 1, 0, 1_500)]
    [InlineData(null, 1_500, 1, 3, 10, 15_000)]
    [InlineData(null, 1_500, 5, 1, 3, 7_500)]
    [InlineData(null, 1_500, 5, 1, 8, 12_000)]
    [InlineData(null, 1_500, 0, 1, 0, 1_500)]
    [InlineData(2_000, 1_500, null, 1, 10, 17_000)]
    [InlineData(2_000, 1_500, 5, 1, 2, 9_500)]
    public void MonthlyCost_OfAnEndpointService_IsTheBaseFeePlusEachDevice_AtLeastTheMinimum(int? baseMonthly, int perDevice, int? minimumDevices, int sites, int devices, long cost)
    {
        var offer = Offers.Endpoint() with { BaseMonthly = baseMonthly, PerDeviceMonthly = perDevice, MinimumDevices = minimumDevices, PerSiteMonthly = 9_000 };

        Assert.Equal(cost, offer.MonthlyCost(sites, devices));
    }

    [Theory]
    [InlineData(null, 8_000, 1_500, null, 1, 1, 9_500)]
    [InlineData(null, 8_000, 1_500, null, 2, 10, 31_000)]
    [InlineData(3_000, 8_000, 1_500, null, 2, 13, 38_500)]
    [InlineData(3_000, 8_000, 1_500, 10, 1, 4, 26_000)]
    [InlineData(3_000, 8_000, 1_500, 10, 0, 0, 26_000)]
    [InlineData(1_000, 9_000, 2_000, 1, 1, 1, 12_000)]
    public void MonthlyCost_OfACombinedService_AddsTheBaseFeeTheSitesAndTheDevices(int? baseMonthly, int perSite, int perDevice, int? minimumDevices, int sites, int devices, long cost)
    {
        var offer = Offers.Combined() with { BaseMonthly = baseMonthly, PerSiteMonthly = perSite, PerDeviceMonthly = perDevice, MinimumDevices = minimumDevices };

        Assert.Equal(cost, offer.MonthlyCost(sites, devices));
    }

    [Fact]
    public void MonthlyCost_DoesNotOverflow_ForLargePrices()
    {
        var offer = Offers.Combined() with { BaseMonthly = int.MaxValue, PerSiteMonthly = int.MaxValue, PerDeviceMonthly = int.MaxValue };

        Assert.Equal(1L * int.MaxValue + 2L * int.MaxValue + 3L * int.MaxValue, offer.MonthlyCost(2, 3));
    }

    [Theory]
    [InlineData(ServiceType.Network, null, 1_500)]
    [InlineData(ServiceType.Endpoint, 8_000, null)]
    [InlineData(ServiceType.Combined, null, 1_500)]
    [InlineData(ServiceType.Combined, 8_000, null)]
    [InlineData(ServiceType.Combined, null, null)]
    public void MonthlyCost_IsNull_WhenANeededPriceIsMissing(ServiceType type, int? perSite, int? perDevice)
    {
        var offer = Offers.Passing(type) with { BaseMonthly = 1_000, PerSiteMonthly = perSite, PerDeviceMonthly = perDevice };

        Assert.Null(offer.MonthlyCost(1, 5));
    }

    [Fact]
    public void Serves_ThePrefecturesListed_OrEveryPrefectureWhenNationwide()
    {
        var regional = Offers.Network() with { Prefectures = [Offers.Tokyo, Offers.Kanagawa] };
        var nationwide = Offers.Network() with { Nationwide = true, Prefectures = [] };

        Assert.True(regional.Serves(Offers.Tokyo));
        Assert.False(regional.Serves(Offers.Osaka));
        Assert.True(nationwide.Serves(Offers.Okinawa));
    }

    [Fact]
    public void OnSiteIn_ThePrefecturesListed_OrEveryPrefectureWhenNationwide_OnlyWithOnSiteSupport()
    {
        var regional = Offers.Network() with { OnSitePrefectures = [Offers.Tokyo] };
        var nationwide = Offers.Network() with { OnSiteNationwide = true, OnSitePrefectures = [] };

        Assert.True(regional.OnSiteIn(Offers.Tokyo));
        Assert.False(regional.OnSiteIn(Offers.Kanagawa));
        Assert.True(nationwide.OnSiteIn(Offers.Okinawa));
        Assert.False((nationwide with { OnSiteSupport = false }).OnSiteIn(Offers.Okinawa));
        Assert.False((regional with { OnSiteSupport = false }).OnSiteIn(Offers.Tokyo));
    }

    [Fact]
    public void ANewOffer_IsCategory1()
    {
        Assert.Equal(1, new ServiceOffer().Category);
    }
}
