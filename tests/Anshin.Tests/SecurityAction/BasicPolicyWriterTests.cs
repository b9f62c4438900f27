using Anshin.Core.SecurityAction;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Anshin.Tests.SecurityAction;

public class BasicPolicyWriterTests
{
    private static readonly string[] JapaneseHeadings = ["経営者の責任", "社内体制の整備", "従業員の取り組み", "法令と契約の遵守", "違反と事故への対応"];

    private static readonly string[] EnglishHeadings =
    [
        "Management's responsibility",
        "Internal organisation and rules",
        "Employees' efforts",
        "Compliance with laws and contracts",
        "Handling violations and incidents",
    ];

    [Fact]
    public void Write_Japanese_HasTheFiveSectionsInOrder()
    {
        var document = BasicPolicyWriter.Write(PolicyInputBuilder.Japanese());

        Assert.Equal("ja", document.Language);
        Assert.Equal("情報セキュリティ基本方針", document.Title);
        Assert.Equal([1, 2, 3, 4, 5], document.Sections.Select(s => s.Number));
        Assert.Equal(JapaneseHeadings, document.Sections.Select(s => s.Heading));
        Assert.All(document.Sections, s => Assert.NotEmpty(s.Body));
        Assert.StartsWith("株式会社あんしん商事", document.Preamble, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_English_HasTheFiveSectionsInOrder()
    {
        var document = BasicPolicyWriter.Write(PolicyInputBuilder.English());

        Assert.Equal("en", document.Language);
        Assert.Equal("Information Security Basic Policy", document.Title);
        Assert.Equal(EnglishHeadings, document.Sections.Select(s => s.Heading));
        Assert.Contains("Anshin Trading Co., Ltd.", document.Preamble, StringComparison.Ordinal);
        Assert.DoesNotMatch("[\u3040-\u30ff\u4e00-\u9fff]", document.ToPlainText());
    }

    [Fact]
    public void Write_FooterCarriesDateOrganisationAndRepresentative()
    {
        Assert.Equal(
            ["2026年12月2日 制定", "株式会社あんしん商事", "代表取締役\u3000山田 太郎"],
            BasicPolicyWriter.Write(PolicyInputBuilder.Japanese()).Footer);
        Assert.Equal(
            ["Established 2 December 2026", "Anshin Trading Co., Ltd.", "President Taro Yamada"],
            BasicPolicyWriter.Write(PolicyInputBuilder.English()).Footer);
    }

    [Theory]
    [InlineData(ReviewCycle.Yearly, "少なくとも年に1回", "at least once a year")]
    [InlineData(ReviewCycle.HalfYearly, "少なくとも半年に1回", "at least every six months")]
    [InlineData(ReviewCycle.Quarterly, "少なくとも四半期に1回", "at least every quarter")]
    public void Write_ReviewCycleShapesSectionOne(ReviewCycle cycle, string ja, string en)
    {
        var japanese = BasicPolicyWriter.Write(PolicyInputBuilder.Japanese() with { ReviewCycle = cycle });
        var english = BasicPolicyWriter.Write(PolicyInputBuilder.English() with { ReviewCycle = cycle });

        Assert.Contains(ja, string.Concat(japanese.Sections[0].Body), StringComparison.Ordinal);
        Assert.Contains(en, string.Concat(english.Sections[0].Body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TrainingSchedule.OnJoiningAndYearly, "入社したとき", "when people join")]
    [InlineData(TrainingSchedule.Yearly, "毎年1回以上", "at least once a year")]
    [InlineData(TrainingSchedule.HalfYearly, "半年に1回以上", "every six months")]
    public void Write_TrainingShapesSectionThree(TrainingSchedule training, string ja, string en)
    {
        var japanese = BasicPolicyWriter.Write(PolicyInputBuilder.Japanese() with { Training = training });
        var english = BasicPolicyWriter.Write(PolicyInputBuilder.English() with { Training = training });

        Assert.Contains(ja, string.Concat(japanese.Sections[2].Body), StringComparison.Ordinal);
        Assert.Contains(en, string.Concat(english.Sections[2].Body), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TrainingChoicesGiveDifferentTexts()
    {
        var texts = Enum.GetValues<TrainingSchedule>()
            .Select(t => string.Concat(BasicPolicyWriter.Write(PolicyInputBuilder.Japanese() with { Training = t }).Sections[2].Body));

        Assert.Equal(3, texts.Distinct().Count());
    }

    [Fact]
    public void Write_ScopeDetailAppearsInThePreamble()
    {
        var all = BasicPolicyWriter.Write(PolicyInputBuilder.Japanese());
        var specified = BasicPolicyWriter.Write(PolicyInputBuilder.Japanese() with
        {
            Scope = PolicyScope.SpecifiedBusiness,
            ScopeDetail = " 受託ソフトウェア開発事業 ",
        });
        var english = BasicPolicyWriter.Write(PolicyInputBuilder.English() with
        {
            Scope = PolicyScope.SpecifiedBusiness,
            ScopeDetail = "contract software development",
        });

        Assert.Contains("すべての事業", all.Preamble, StringComparison.Ordinal);
        Assert.Contains("「受託ソフトウェア開発事業」", specified.Preamble, StringComparison.Ordinal);
        Assert.DoesNotContain("すべての事業", specified.Preamble, StringComparison.Ordinal);
        Assert.Contains("contract software development", english.Preamble, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ResponsibleTitleNamesWhoLeadsAndWhoHearsOfIncidents()
    {
        var document = BasicPolicyWriter.Write(PolicyInputBuilder.Japanese() with { ResponsibleTitle = "総務部長" });

        Assert.Contains("総務部長", string.Concat(document.Sections[1].Body), StringComparison.Ordinal);
        Assert.Contains("総務部長", string.Concat(document.Sections[4].Body), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PartnersAreAskedOnlyWhenChosen()
    {
        var without = BasicPolicyWriter.Write(PolicyInputBuilder.Japanese());
        var withPartners = BasicPolicyWriter.Write(PolicyInputBuilder.Japanese() with { IncludePartners = true });
        var english = BasicPolicyWriter.Write(PolicyInputBuilder.English() with { IncludePartners = true });

        Assert.DoesNotContain("委託する先", without.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("委託する先", string.Concat(withPartners.Sections[3].Body), StringComparison.Ordinal);
        Assert.Contains("contractors and business partners", string.Concat(english.Sections[3].Body), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RefusesInvalidInput()
    {
        var error = Assert.Throws<ArgumentException>(() => BasicPolicyWriter.Write(PolicyInputBuilder.Japanese() with { OrganisationName = "" }));

        Assert.Contains("OrganisationName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TrimsTheInput()
    {
        var document = BasicPolicyWriter.Write(PolicyInputBuilder.Japanese() with { OrganisationName = "  株式会社あんしん商事\u3000" });

        Assert.Equal("株式会社あんしん商事", document.Footer[1]);
    }

    [Fact]
    public void ToPlainText_HasNumberedHeadingsAndFooterWithoutMarkdown()
    {
        var text = BasicPolicyWriter.Write(PolicyInputBuilder.Japanese()).ToPlainText();
        var lines = text.Split('\n');

        Assert.Equal("情報セキュリティ基本方針", lines[0]);
        var headingLines = JapaneseHeadings.Select((h, i) => Array.IndexOf(lines, $"{i + 1}. {h}")).ToList();
        Assert.All(headingLines, index => Assert.True(index > 0));
        Assert.Equal(headingLines.Order(), headingLines);
        Assert.EndsWith("2026年12月2日 制定\n株式会社あんしん商事\n代表取締役\u3000山田 太郎\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("#", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void ToMarkdown_ParsesToTitleFiveHeadingsAndFooter(string language)
    {
        var input = language == "ja" ? PolicyInputBuilder.Japanese() : PolicyInputBuilder.English();
        var document = BasicPolicyWriter.Write(input);
        var markdown = document.ToMarkdown();

        var parsed = Markdown.Parse(markdown);
        var headings = parsed.Descendants<HeadingBlock>().ToList();
        Assert.Equal([1, 2, 2, 2, 2, 2], headings.Select(h => h.Level));
        Assert.Equal(document.Title, InlineText(headings[0]));
        Assert.Equal(document.Sections.Select(s => s.NumberedHeading), headings.Skip(1).Select(InlineText));

        var paragraphs = parsed.Descendants<ParagraphBlock>().Select(InlineText).ToList();
        Assert.Equal(document.Footer, paragraphs.TakeLast(3));
        Assert.Equal(document.Preamble, paragraphs[0]);
        Assert.Empty(parsed.Descendants<ListBlock>());
    }

    [Fact]
    public void ToMarkdown_EscapesWhatTheOrganisationTyped()
    {
        var document = BasicPolicyWriter.Write(PolicyInputBuilder.English() with
        {
            OrganisationName = "1. *Star* <b>Works</b> [Ltd](x)",
            RepresentativeName = "- Jane_Doe",
        });

        var parsed = Markdown.Parse(document.ToMarkdown());

        Assert.Empty(parsed.Descendants<ListBlock>());
        Assert.Empty(parsed.Descendants<EmphasisInline>());
        Assert.Empty(parsed.Descendants<LinkInline>());
        Assert.Empty(parsed.Descendants<HtmlInline>());
        var paragraphs = parsed.Descendants<ParagraphBlock>().Select(InlineText).ToList();
        Assert.Equal(document.Footer, paragraphs.TakeLast(3));
    }

    private static string InlineText(LeafBlock block) =>
        string.Concat(block.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);
}
