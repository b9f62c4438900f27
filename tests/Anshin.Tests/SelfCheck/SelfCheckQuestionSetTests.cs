using System.Text.Json;
using Anshin.Core.SelfCheck;

namespace Anshin.Tests.SelfCheck;

public sealed class SelfCheckQuestionSetTests
{
    private static readonly SelfCheckQuestionSet Current = SelfCheckQuestionSets.Current;

    [Fact]
    public void Current_HasTwentyFiveQuestions_NumberedOneToTwentyFive()
    {
        Assert.Equal("2026.1", Current.Version);
        Assert.Equal(Enumerable.Range(1, 25), Current.Questions.Select(q => q.Number));
        Assert.Equal(25, Current.Question(25).Number);
        Assert.Throws<ArgumentOutOfRangeException>(() => Current.Question(26));
    }

    [Fact]
    public void Parts_AreBasicsOneToFive_EmployeesSixToEighteen_OrganisationNineteenToTwentyFive()
    {
        Assert.Equal([1, 2, 3], Current.Parts.Select(p => p.Number));
        Assert.Equal(Enumerable.Range(1, 5), Current.QuestionsIn(Current.Parts[0]).Select(q => q.Number));
        Assert.Equal(Enumerable.Range(6, 13), Current.QuestionsIn(Current.Parts[1]).Select(q => q.Number));
        Assert.Equal(Enumerable.Range(19, 7), Current.QuestionsIn(Current.Parts[2]).Select(q => q.Number));
    }

    [Fact]
    public void EveryText_IsWrittenInBothLanguages()
    {
        var texts = Current.Parts.SelectMany(p => new[] { p.Title, p.Lead })
            .Concat(Current.Questions.SelectMany(q => new[] { q.Text, q.Why, q.DoneLooksLike }.Concat(q.NextSteps)));

        Assert.All(texts, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Ja));
            Assert.False(string.IsNullOrWhiteSpace(t.En));
            Assert.Matches(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]", t.Ja);
            Assert.DoesNotMatch(@"[\p{IsHiragana}\p{IsKatakana}]", t.En);
        });
    }

    [Fact]
    public void EveryQuestion_AsksAQuestion_AndSuggestsTwoOrThreeNextSteps()
    {
        Assert.All(Current.Questions, q =>
        {
            Assert.EndsWith("か。", q.Text.Ja, StringComparison.Ordinal);
            Assert.EndsWith("?", q.Text.En, StringComparison.Ordinal);
            Assert.InRange(q.NextSteps.Count, 2, 3);
        });
    }

    [Fact]
    public void EveryArticleSlug_IsALearningArticle_InJapaneseAndEnglish()
    {
        var articles = LearningArticles();

        Assert.All(Current.Questions, q =>
        {
            Assert.Contains((q.ArticleSlug, "ja"), articles);
            Assert.Contains((q.ArticleSlug, "en"), articles);
        });
    }

    [Fact]
    public void LearningArticles_ComeInPairs_WithValidSlugs_AndAWhatYouCanDoNowSection()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(LearningFile()));
        var entries = json.RootElement.EnumerateArray().ToList();

        Assert.All(entries, e =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", e.GetProperty("slug").GetString());
            Assert.Equal("Basics", e.GetProperty("type").GetString());
            Assert.Equal(0, e.GetProperty("methods").GetArrayLength());
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("summary").GetString()));
            var body = e.GetProperty("body").GetString()!;
            Assert.StartsWith("## ", body, StringComparison.Ordinal);
            Assert.Contains(e.GetProperty("language").GetString() == "ja" ? "## すぐにできること" : "## What you can do now", body, StringComparison.Ordinal);
        });
        var pairs = entries.GroupBy(e => e.GetProperty("slug").GetString()).ToList();
        Assert.All(pairs, p => Assert.Equal(["en", "ja"], p.Select(e => e.GetProperty("language").GetString()).Order(StringComparer.Ordinal)));
        Assert.Equal(pairs.Count, Current.Questions.Select(q => q.ArticleSlug).Distinct().Count());
    }

    [Fact]
    public void Find_ReturnsTheEditionForItsVersion_AndNullForAnUnknownOne()
    {
        Assert.Same(SelfCheckQuestionSets.Current, SelfCheckQuestionSets.Find("2026.1"));
        Assert.Null(SelfCheckQuestionSets.Find("x"));
        Assert.Contains(SelfCheckQuestionSets.Current, SelfCheckQuestionSets.All);
    }

    [Theory]
    [InlineData("ja", "はい")]
    [InlineData("en", "yes")]
    [InlineData("EN", "yes")]
    [InlineData("en-US", "yes")]
    [InlineData("fr", "はい")]
    [InlineData("", "はい")]
    public void LocalText_IsEnglishForEnglish_AndJapaneseOtherwise(string language, string expected)
    {
        Assert.Equal(expected, new LocalText("はい", "yes").In(language));
    }

    private static HashSet<(string Slug, string Language)> LearningArticles()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(LearningFile()));
        return [.. json.RootElement.EnumerateArray().Select(e => (e.GetProperty("slug").GetString()!, e.GetProperty("language").GetString()!))];
    }

    private static string LearningFile()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Anshin.slnx")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        return Path.Combine(folder.FullName, "src", "Anshin.Web", "Areas", "Knowledge", "Seed", "sme-learning.json");
    }
}
