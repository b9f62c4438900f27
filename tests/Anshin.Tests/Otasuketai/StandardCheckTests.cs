using Anshin.Core.Organisations;
using Anshin.Core.Otasuketai;

namespace Anshin.Tests.Otasuketai;

public sealed class StandardCheckTests
{
    [Theory]
    [InlineData(ServiceType.Network)]
    [InlineData(ServiceType.Endpoint)]
    [InlineData(ServiceType.Combined)]
    public void Evaluate_PassesEveryRequirement_ForAFullySpecifiedOfferOfEachType(ServiceType type)
    {
        var result = Offers.Check(Offers.Passing(type));

        Assert.Equal(RequirementOutcome.Pass, result.Overall);
        Assert.All(result.Items, i => Assert.Contains(i.Outcome, new[] { RequirementOutcome.Pass, RequirementOutcome.NotApplicable }));
        Assert.Equal(RequirementOutcome.NotApplicable, result.For(Requirements.Category2History)!.Outcome);
        Assert.Equal(RequirementOutcome.NotApplicable, result.For(Requirements.Category2Consulting)!.Outcome);
    }

    [Theory]
    [InlineData(ServiceType.Network, Requirements.NetworkPrice)]
    [InlineData(ServiceType.Endpoint, Requirements.EndpointPrice)]
    [InlineData(ServiceType.Combined, Requirements.CombinedPrice)]
    public void Evaluate_ChecksOnlyThePriceRuleOfTheOffersType(ServiceType type, string priceRule)
    {
        var result = Offers.Check(Offers.Passing(type));

        string[] priceRules = [Requirements.NetworkPrice, Requirements.EndpointPrice, Requirements.CombinedPrice];
        foreach (var code in priceRules)
        {
            Assert.Equal(code == priceRule ? RequirementOutcome.Pass : RequirementOutcome.NotApplicable, result.For(code)!.Outcome);
        }
    }

    [Theory]
    [InlineData(ServiceType.Network)]
    [InlineData(ServiceType.Endpoint)]
    [InlineData(ServiceType.Combined)]
    public void Evaluate_PassesEveryRequirement_ForAFullySpecifiedCategory2Offer(ServiceType type)
    {
        var result = Offers.Check(Offers.Category2(type));

        Assert.Equal(RequirementOutcome.Pass, result.Overall);
        Assert.Equal(RequirementOutcome.Pass, result.For(Requirements.Category2History)!.Outcome);
        Assert.Equal(RequirementOutcome.Pass, result.For(Requirements.Category2Consulting)!.Outcome);
    }

    [Fact]
    public void Evaluate_ChecksEveryRequirement_InTheOrderTheStandardListsThem()
    {
        var result = Offers.Check(Offers.Combined());

        Assert.Equal(Requirements.All.Select(r => r.Code), result.Items.Select(i => i.Code));
    }

    [Fact]
    public void Evaluate_RecordsTheVersionOfTheRules()
    {
        Assert.Equal("2024.1", Offers.Check(Offers.Network()).Version);
        Assert.Equal("2031.4", Offers.Check(Offers.Network(), Offers.Rules("2031.4")).Version);
    }

    [Theory]
    [InlineData(ServiceType.Network)]
    [InlineData(ServiceType.Endpoint)]
    [InlineData(ServiceType.Combined)]
    public void Evaluate_AnEmptyOffer_FailsWithoutThrowing(ServiceType type)
    {
        var result = Offers.Check(new ServiceOffer { Type = type, Category = 2 });

        Assert.Equal(RequirementOutcome.Fail, result.Overall);
        Assert.Equal(Requirements.All.Count, result.Items.Count);
    }

    [Fact]
    public void Overall_IsFail_WhenAnyRequirementFails_EvenWithOthersNeedingReview()
    {
        var offer = Offers.Network() with { DeskHours = null, SetupByProvider = false, HasInsurance = false };

        var result = Offers.Check(offer);

        Assert.Equal(RequirementOutcome.NeedsReview, result.For(Requirements.Desk)!.Outcome);
        Assert.Equal(RequirementOutcome.NeedsReview, result.For(Requirements.Ease)!.Outcome);
        Assert.Equal(RequirementOutcome.Fail, result.For(Requirements.Insurance)!.Outcome);
        Assert.Equal(RequirementOutcome.Fail, result.Overall);
    }

    [Fact]
    public void Overall_IsNeedsReview_WhenSomethingNeedsReviewAndNothingFails()
    {
        var result = Offers.Check(Offers.Endpoint() with { SetupByProvider = false });

        Assert.DoesNotContain(result.Items, i => i.Outcome == RequirementOutcome.Fail);
        Assert.Equal(RequirementOutcome.NeedsReview, result.Overall);
    }

    [Theory]
    [InlineData(new[] { RequirementOutcome.Pass, RequirementOutcome.NotApplicable }, RequirementOutcome.Pass)]
    [InlineData(new[] { RequirementOutcome.Pass, RequirementOutcome.NeedsReview, RequirementOutcome.NotApplicable }, RequirementOutcome.NeedsReview)]
    [InlineData(new[] { RequirementOutcome.NeedsReview, RequirementOutcome.Fail, RequirementOutcome.Pass }, RequirementOutcome.Fail)]
    [InlineData(new[] { RequirementOutcome.Fail }, RequirementOutcome.Fail)]
    public void Overall_TakesTheWorstOutcome_IgnoringNotApplicable(RequirementOutcome[] outcomes, RequirementOutcome overall)
    {
        var items = outcomes.Select((o, n) => new RequirementResult($"r{n}", o, new("理由", "Reason"))).ToList();

        Assert.Equal(overall, new StandardCheckResult("test", items).Overall);
    }

    [Fact]
    public void For_ReturnsNull_ForARequirementThatWasNotChecked()
    {
        Assert.Null(Offers.Check(Offers.Network()).For("no-such-requirement"));
    }

    public static TheoryData<ServiceOffer> AssortedOffers()
    {
        var data = new TheoryData<ServiceOffer>();
        foreach (var type in ServiceTypes.All)
        {
            data.Add(Offers.Passing(type));
            data.Add(Offers.Category2(type));
            data.Add(new ServiceOffer { Type = type, Category = 2 });
            data.Add(Offers.Passing(type) with
            {
                BaseMonthly = 5_000,
                DeskHours = " ",
                MonitoringScope = null,
                OnSitePrefectures = [Offers.Tokyo],
                OnSiteResponseHours = null,
                Insurer = null,
                SetupByProvider = false,
                MinimumDevices = 3,
                Category = 2,
                Category1Since = Offers.Today.AddYears(-5),
            });
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AssortedOffers))]
    public void Reasons_AreGivenInJapaneseAndEnglish_ForEveryOutcome(ServiceOffer offer)
    {
        Assert.All(Offers.Check(offer).Items, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Reason.Ja), i.Code);
            Assert.False(string.IsNullOrWhiteSpace(i.Reason.En), i.Code);
            Assert.NotEqual(i.Reason.Ja, i.Reason.En);
        });
    }

    [Fact]
    public void Requirements_HaveUniqueCodes_AndNamesInBothLanguages()
    {
        Assert.Equal(Requirements.All.Count, Requirements.All.Select(r => r.Code).Distinct().Count());
        Assert.All(Requirements.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Name.Ja) || string.IsNullOrWhiteSpace(r.Name.En)));
        Assert.All(Requirements.All, r => Assert.True(StandardRules.Initial.Settings.ContainsKey(r.Code), r.Code));
    }

    [Theory]
    [InlineData(Requirements.NetworkPrice)]
    [InlineData(Requirements.EndpointPrice)]
    [InlineData(Requirements.MinimumContract)]
    [InlineData(Requirements.Category2History)]
    public void Requirements_SetByAnAmount_HaveAnAmountLabel_AndAnInitialAmount(string code)
    {
        var requirement = Requirements.Find(code);

        Assert.NotNull(requirement);
        Assert.IsType<BilingualText>(requirement.AmountLabel);
        Assert.NotNull(StandardRules.Initial.Settings[code].Amount);
    }

    [Fact]
    public void Requirements_Find_ReturnsNull_ForAnUnknownCode()
    {
        Assert.Null(Requirements.Find("no-such-requirement"));
    }
}
