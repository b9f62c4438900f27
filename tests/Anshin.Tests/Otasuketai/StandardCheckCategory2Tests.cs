using Anshin.Core.Otasuketai;

namespace Anshin.Tests.Otasuketai;

public sealed class StandardCheckCategory2Tests
{
    [Fact]
    public void History_Fails_WhenShorterThanTwoYears_EvenWhenVerified()
    {
        var since = Offers.Today.AddYears(-2).AddDays(1);
        var offer = Offers.Category2(ServiceType.Network) with { Category1Since = since };

        var result = Offers.Check(offer, Requirements.Category2History);

        Assert.Equal(RequirementOutcome.Fail, result.Outcome);
        Assert.Contains("2024-06-02", result.Reason.Ja, StringComparison.Ordinal);
        Assert.Contains("2024-06-02", result.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void History_Passes_AtExactlyTwoYears_WhenVerified()
    {
        var offer = Offers.Category2(ServiceType.Endpoint) with { Category1Since = Offers.Today.AddYears(-2) };

        var result = Offers.Check(offer, Requirements.Category2History);

        Assert.Equal(RequirementOutcome.Pass, result.Outcome);
        Assert.Contains("2024-06-01", result.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void History_NeedsReview_WhenOnlyDeclaredByTheProvider()
    {
        var offer = Offers.Category2(ServiceType.Combined) with { Category1SinceVerified = false };

        Assert.Equal(RequirementOutcome.NeedsReview, Offers.Check(offer, Requirements.Category2History).Outcome);
    }

    [Fact]
    public void History_Fails_WhenDeclaredButTooShort()
    {
        var offer = Offers.Category2(ServiceType.Combined) with { Category1Since = Offers.Today.AddYears(-1), Category1SinceVerified = false };

        Assert.Equal(RequirementOutcome.Fail, Offers.Check(offer, Requirements.Category2History).Outcome);
    }

    [Fact]
    public void History_Fails_WithoutAStartDate_NamingTheYearsRequired()
    {
        var offer = Offers.Category2(ServiceType.Network) with { Category1Since = null, Category1SinceVerified = false };

        var result = Offers.Check(offer, Requirements.Category2History);

        Assert.Equal(RequirementOutcome.Fail, result.Outcome);
        Assert.Contains("2 years", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("2 年", result.Reason.Ja, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, RequirementOutcome.Pass)]
    [InlineData(2, RequirementOutcome.Fail)]
    public void History_FollowsTheYearsOfTheRules(int yearsOfHistory, RequirementOutcome outcome)
    {
        var rules = Offers.Rules("test", (Requirements.Category2History, new RequirementSetting(true, 3)));
        var offer = Offers.Category2(ServiceType.Network) with { Category1Since = Offers.Today.AddYears(-yearsOfHistory) };

        Assert.Equal(outcome, Offers.Check(offer, Requirements.Category2History, rules).Outcome);
    }

    [Theory]
    [InlineData(true, RequirementOutcome.Pass)]
    [InlineData(false, RequirementOutcome.Fail)]
    public void Consulting_IsRequired(bool regularConsulting, RequirementOutcome outcome)
    {
        var offer = Offers.Category2(ServiceType.Endpoint) with { RegularConsulting = regularConsulting };

        Assert.Equal(outcome, Offers.Check(offer, Requirements.Category2Consulting).Outcome);
    }

    [Theory]
    [InlineData(ServiceType.Network)]
    [InlineData(ServiceType.Endpoint)]
    [InlineData(ServiceType.Combined)]
    public void Category2Rules_AreNotApplicable_InCategory1_WhateverTheFacts(ServiceType type)
    {
        var offer = Offers.Passing(type) with { Category = 1, Category1Since = null, RegularConsulting = false };

        Assert.Equal(RequirementOutcome.NotApplicable, Offers.Check(offer, Requirements.Category2History).Outcome);
        Assert.Equal(RequirementOutcome.NotApplicable, Offers.Check(offer, Requirements.Category2Consulting).Outcome);
        Assert.Equal(RequirementOutcome.Pass, Offers.Check(offer).Overall);
    }
}
