using Anshin.Core.Otasuketai;

namespace Anshin.Tests.Otasuketai;

/// <summary>The requirements on what the service does: desk, monitoring, on-site support, insurance and ease of use.</summary>
public sealed class StandardCheckServiceTests
{
    [Theory]
    [InlineData(ServiceType.Network)]
    [InlineData(ServiceType.Endpoint)]
    [InlineData(ServiceType.Combined)]
    public void Desk_Fails_WithoutAnyChannel(ServiceType type)
    {
        var offer = Offers.Passing(type) with { DeskChannels = DeskChannels.None };

        Assert.Equal(RequirementOutcome.Fail, Offers.Check(offer, Requirements.Desk).Outcome);
    }

    [Theory]
    [InlineData(DeskChannels.Phone)]
    [InlineData(DeskChannels.Email)]
    [InlineData(DeskChannels.WebForm)]
    [InlineData(DeskChannels.Chat)]
    public void Desk_Passes_WithAnySingleChannel(DeskChannels channels)
    {
        var offer = Offers.Network() with { DeskChannels = channels };

        Assert.Equal(RequirementOutcome.Pass, Offers.Check(offer, Requirements.Desk).Outcome);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Desk_NeedsReview_WithoutHours(string? hours)
    {
        var offer = Offers.Network() with { DeskHours = hours };

        Assert.Equal(RequirementOutcome.NeedsReview, Offers.Check(offer, Requirements.Desk).Outcome);
    }

    [Theory]
    [InlineData(ServiceType.Network)]
    [InlineData(ServiceType.Endpoint)]
    [InlineData(ServiceType.Combined)]
    public void Monitoring_Fails_WhenNotAroundTheClock(ServiceType type)
    {
        var offer = Offers.Passing(type) with { Monitoring24Hours = false };

        Assert.Equal(RequirementOutcome.Fail, Offers.Check(offer, Requirements.Monitoring).Outcome);
    }

    [Theory]
    [InlineData(ServiceType.Network)]
    [InlineData(ServiceType.Endpoint)]
    [InlineData(ServiceType.Combined)]
    public void Monitoring_Fails_WithoutAWayToNotifyTheUser(ServiceType type)
    {
        var offer = Offers.Passing(type) with { Notification = NotificationMethods.None };

        Assert.Equal(RequirementOutcome.Fail, Offers.Check(offer, Requirements.Monitoring).Outcome);
    }

    [Theory]
    [InlineData(NotificationMethods.Phone)]
    [InlineData(NotificationMethods.Email)]
    [InlineData(NotificationMethods.App)]
    public void Monitoring_Passes_WithAnySingleNotification(NotificationMethods notification)
    {
        var offer = Offers.Endpoint() with { Notification = notification };

        Assert.Equal(RequirementOutcome.Pass, Offers.Check(offer, Requirements.Monitoring).Outcome);
    }

    [Theory]
    [InlineData(ServiceType.Network, false, true, RequirementOutcome.Fail)]
    [InlineData(ServiceType.Network, true, false, RequirementOutcome.Pass)]
    [InlineData(ServiceType.Network, true, true, RequirementOutcome.Pass)]
    [InlineData(ServiceType.Endpoint, true, false, RequirementOutcome.Fail)]
    [InlineData(ServiceType.Endpoint, false, true, RequirementOutcome.Pass)]
    [InlineData(ServiceType.Endpoint, true, true, RequirementOutcome.Pass)]
    [InlineData(ServiceType.Combined, true, false, RequirementOutcome.Fail)]
    [InlineData(ServiceType.Combined, false, true, RequirementOutcome.Fail)]
    [InlineData(ServiceType.Combined, false, false, RequirementOutcome.Fail)]
    [InlineData(ServiceType.Combined, true, true, RequirementOutcome.Pass)]
    public void Monitoring_MustWatchWhatTheTypeCharges(ServiceType type, bool network, bool endpoints, RequirementOutcome outcome)
    {
        var offer = Offers.Passing(type) with { MonitorsNetwork = network, MonitorsEndpoints = endpoints };

        Assert.Equal(outcome, Offers.Check(offer, Requirements.Monitoring).Outcome);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Monitoring_NeedsReview_WithoutADescriptionOfWhatIsWatched(string? scope)
    {
        var offer = Offers.Combined() with { MonitoringScope = scope };

        Assert.Equal(RequirementOutcome.NeedsReview, Offers.Check(offer, Requirements.Monitoring).Outcome);
    }

    [Fact]
    public void OnSite_Fails_WhenSupportIsRemoteOnly()
    {
        var offer = Offers.Network() with { OnSiteSupport = false, OnSiteNationwide = true };

        Assert.Equal(RequirementOutcome.Fail, Offers.Check(offer, Requirements.OnSite).Outcome);
    }

    [Fact]
    public void OnSite_Fails_WhenNoRegionIsChosen()
    {
        var offer = Offers.Network() with { OnSiteNationwide = false, OnSitePrefectures = [] };

        Assert.Equal(RequirementOutcome.Fail, Offers.Check(offer, Requirements.OnSite).Outcome);
    }

    [Fact]
    public void OnSite_NeedsReview_WhenItsRegionsDoNotCoverThePrefecturesServed_NamingThoseLeftOut()
    {
        var offer = Offers.Network() with
        {
            Prefectures = [Offers.Tokyo, Offers.Kanagawa, Offers.Osaka],
            OnSitePrefectures = [Offers.Tokyo],
        };

        var result = Offers.Check(offer, Requirements.OnSite);

        Assert.Equal(RequirementOutcome.NeedsReview, result.Outcome);
        Assert.Contains("Kanagawa", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("Osaka", result.Reason.En, StringComparison.Ordinal);
        Assert.DoesNotContain("Tokyo", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("神奈川県", result.Reason.Ja, StringComparison.Ordinal);
        Assert.Contains("大阪府", result.Reason.Ja, StringComparison.Ordinal);
        Assert.DoesNotContain("東京都", result.Reason.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void OnSite_NeedsReview_ForANationwideServiceWithRegionalVisits_NamingTheFirstFiveLeftOutAndCountingTheRest()
    {
        var offer = Offers.Network() with { Nationwide = true, Prefectures = [], OnSitePrefectures = [Offers.Tokyo] };

        var result = Offers.Check(offer, Requirements.OnSite);

        Assert.Equal(RequirementOutcome.NeedsReview, result.Outcome);
        Assert.Contains("Hokkaido, Aomori, Iwate, Miyagi, Akita and 41 more", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("北海道、青森県、岩手県、宮城県、秋田県 ほか41", result.Reason.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void OnSite_Passes_WhenItsRegionsCoverMoreThanThePrefecturesServed()
    {
        var offer = Offers.Network() with { Prefectures = [Offers.Tokyo], OnSitePrefectures = [Offers.Tokyo, Offers.Kanagawa, Offers.Osaka] };

        Assert.Equal(RequirementOutcome.Pass, Offers.Check(offer, Requirements.OnSite).Outcome);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OnSite_Passes_WhenVisitsAreNationwide(bool serviceNationwide)
    {
        var offer = Offers.Network() with
        {
            Nationwide = serviceNationwide,
            Prefectures = serviceNationwide ? [] : [Offers.Tokyo, Offers.Okinawa],
            OnSiteNationwide = true,
            OnSitePrefectures = [],
        };

        Assert.Equal(RequirementOutcome.Pass, Offers.Check(offer, Requirements.OnSite).Outcome);
    }

    [Fact]
    public void OnSite_NeedsReview_WithoutAResponseTarget()
    {
        var offer = Offers.Endpoint() with { OnSiteResponseHours = null };

        Assert.Equal(RequirementOutcome.NeedsReview, Offers.Check(offer, Requirements.OnSite).Outcome);
    }

    [Fact]
    public void OnSite_Passes_NamingTheResponseTarget()
    {
        var result = Offers.Check(Offers.Endpoint() with { OnSiteResponseHours = 6 }, Requirements.OnSite);

        Assert.Equal(RequirementOutcome.Pass, result.Outcome);
        Assert.Contains("6", result.Reason.Ja, StringComparison.Ordinal);
        Assert.Contains("within 6 hours", result.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Insurance_Fails_WithoutInsurance()
    {
        var offer = Offers.Network() with { HasInsurance = false };

        Assert.Equal(RequirementOutcome.Fail, Offers.Check(offer, Requirements.Insurance).Outcome);
    }

    [Fact]
    public void Insurance_Fails_WhenItDoesNotCoverTheFirstResponse()
    {
        var offer = Offers.Network() with { InsuranceCoversFirstResponse = false };

        Assert.Equal(RequirementOutcome.Fail, Offers.Check(offer, Requirements.Insurance).Outcome);
    }

    [Theory]
    [InlineData(null, 1_000_000)]
    [InlineData("", 1_000_000)]
    [InlineData(" ", 1_000_000)]
    [InlineData("あんしん損害保険", null)]
    [InlineData(null, null)]
    public void Insurance_NeedsReview_WithoutTheInsurerOrTheLimit(string? insurer, int? limit)
    {
        var offer = Offers.Network() with { Insurer = insurer, InsuranceLimit = limit };

        Assert.Equal(RequirementOutcome.NeedsReview, Offers.Check(offer, Requirements.Insurance).Outcome);
    }

    [Fact]
    public void Insurance_Passes_NamingTheLimit()
    {
        var result = Offers.Check(Offers.Network() with { InsuranceLimit = 3_000_000 }, Requirements.Insurance);

        Assert.Equal(RequirementOutcome.Pass, result.Outcome);
        Assert.Contains("¥3,000,000", result.Reason.Ja, StringComparison.Ordinal);
        Assert.Contains("¥3,000,000", result.Reason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, RequirementOutcome.Pass)]
    [InlineData(false, RequirementOutcome.NeedsReview)]
    public void Ease_Passes_WhenTheProviderSetsUp_AndNeedsReviewOtherwise(bool setupByProvider, RequirementOutcome outcome)
    {
        var offer = Offers.Combined() with { SetupByProvider = setupByProvider };

        Assert.Equal(outcome, Offers.Check(offer, Requirements.Ease).Outcome);
    }
}
