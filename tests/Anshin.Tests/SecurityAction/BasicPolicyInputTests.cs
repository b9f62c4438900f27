using Anshin.Core.SecurityAction;

namespace Anshin.Tests.SecurityAction;

public class BasicPolicyInputTests
{
    [Fact]
    public void Validate_AcceptsACompleteInput()
    {
        Assert.Empty(PolicyInputBuilder.Japanese().Validate());
        Assert.Empty(PolicyInputBuilder.English().Validate());
    }

    [Fact]
    public void Validate_ReportsEveryEmptyFieldInOrder()
    {
        var input = PolicyInputBuilder.Japanese() with
        {
            OrganisationName = " ",
            RepresentativeTitle = "",
            RepresentativeName = "\u3000",
            EstablishedOn = default,
            ResponsibleTitle = "",
        };

        Assert.Equal(
            [
                new("OrganisationName", PolicyErrors.Required),
                new("RepresentativeTitle", PolicyErrors.Required),
                new("RepresentativeName", PolicyErrors.Required),
                new("EstablishedOn", PolicyErrors.Required),
                new PolicyFieldError("ResponsibleTitle", PolicyErrors.Required),
            ],
            input.Validate());
    }

    [Fact]
    public void Validate_CountsNamesAsPeopleSeeThem()
    {
        var hundred = new string('あ', 99) + "𠮷";
        var tooLong = new string('あ', 101);

        Assert.Empty((PolicyInputBuilder.Japanese() with { OrganisationName = hundred }).Validate());
        Assert.Equal(
            [new PolicyFieldError("RepresentativeName", PolicyErrors.TooLong)],
            (PolicyInputBuilder.Japanese() with { RepresentativeName = tooLong }).Validate());
    }

    [Fact]
    public void Validate_RejectsLineBreaksInSingleLineFields()
    {
        var input = PolicyInputBuilder.Japanese() with { OrganisationName = "株式会社\nあんしん" };

        Assert.Equal([new PolicyFieldError("OrganisationName", PolicyErrors.InvalidCharacters)], input.Validate());
    }

    [Fact]
    public void Validate_RequiresScopeDetailOnlyForSpecifiedBusiness()
    {
        var specified = PolicyInputBuilder.Japanese() with { Scope = PolicyScope.SpecifiedBusiness };

        Assert.Equal([new PolicyFieldError("ScopeDetail", PolicyErrors.Required)], specified.Validate());
        Assert.Equal(
            [new PolicyFieldError("ScopeDetail", PolicyErrors.TooLong)],
            (specified with { ScopeDetail = new string('x', 201) }).Validate());
        Assert.Empty((specified with { ScopeDetail = "受託開発事業" }).Validate());
    }

    [Fact]
    public void Validate_RejectsUnknownChoicesAndLanguages()
    {
        var input = PolicyInputBuilder.Japanese() with
        {
            Scope = (PolicyScope)7,
            ReviewCycle = (ReviewCycle)7,
            Training = (TrainingSchedule)7,
            Language = "fr",
        };

        Assert.Equal(
            ["Scope", "ReviewCycle", "Training", "Language"],
            input.Validate().Select(error => error.Field));
        Assert.All(input.Validate(), error => Assert.Equal(PolicyErrors.Unsupported, error.ErrorKey));
    }
}
