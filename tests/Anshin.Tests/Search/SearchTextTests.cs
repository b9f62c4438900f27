using Anshin.Core.Search;

namespace Anshin.Tests.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData("ＷＩＮＤＯＷＳ　１０", "windows 10")]
    [InlineData("ｻﾎﾟｰﾄ", "サポート")]
    [InlineData("AnyDesk", "anydesk")]
    [InlineData("ｶﾞｲﾄﾞ", "ガイド")]
    [InlineData("Ⅻ月", "xii月")]
    [InlineData("", "")]
    public void Fold_AppliesNfkcAndLowerCase(string text, string expected)
    {
        Assert.Equal(expected, SearchText.Fold(text));
    }

    [Theory]
    [InlineData("偽警告画面", "偽警 警告 告画 画面")]
    [InlineData("サポート詐欺の電話", "サポ ポー ート ト詐 詐欺 欺の の電 電話")]
    [InlineData("ＷＩＮＤＯＷＳ　１０", "windows 10")]
    [InlineData("Windows10でAnyDeskを入れた", "windows10 で anydesk を入 入れ れた")]
    [InlineData("「株」の件、電話。", "株 の件 電話")]
    [InlineData("佐々木さん", "佐々 々木 木さ さん")]
    [InlineData("ｻﾎﾟｰﾄ・センター", "サポ ポー ート セン ンタ ター")]
    [InlineData("don't e-mail: info@example.jp!", "don t e mail info example jp")]
    [InlineData("10月3日", "10 月 3 日")]
    [InlineData("𠮷野家で", "𠮷野 野家 家で")]
    [InlineData("Café Ünïcödé", "café ünïcödé")]
    [InlineData("서울 시청", "서울 시청")]
    [InlineData("   ", "")]
    [InlineData("!?・…※", "")]
    public void IndexTokens_SplitsWordsAndJapaneseBigrams(string text, string expected)
    {
        Assert.Equal(expected, SearchText.IndexTokens(text));
    }

    [Fact]
    public void IndexTokens_FindsAWordInsideJapaneseText()
    {
        var tokens = SearchText.IndexTokens("昨日サポート詐欺の電話がありました").Split(' ');

        Assert.Contains("詐欺", tokens);
        Assert.Contains("電話", tokens);
    }

    [Fact]
    public void IndexTokens_KeepsOnlyLettersDigitsAndJapanese()
    {
        var tokens = SearchText.IndexTokens("\"quoted\" 'single' a\\b <tag> x:y 1.5 ｘ＝ｙ ㈱ ① ゛ ＃１ 🍣 \u3099");

        Assert.Equal("quoted single a b tag x y 1 5 x y 株 1 1", tokens);
    }

    [Fact]
    public void IndexTokens_CutsVeryLongWords()
    {
        var tokens = SearchText.IndexTokens(new string('a', 5000) + " b");

        Assert.Equal(new string('a', 100) + " b", tokens);
    }

    [Fact]
    public void ParseQuery_MatchesAJapaneseWordAsOneToken()
    {
        var query = SearchText.ParseQuery("詐欺")!;

        var term = Assert.Single(query.Terms);
        Assert.Equal(["詐欺"], term.Tokens);
        Assert.False(term.Prefix);
        Assert.Contains("詐欺", SearchText.IndexTokens("サポート詐欺の電話").Split(' '));
    }

    [Fact]
    public void ParseQuery_MatchesLongerJapaneseAsAPhraseOfBigrams()
    {
        var term = Assert.Single(SearchText.ParseQuery("偽警告")!.Terms);

        Assert.Equal(["偽警", "警告"], term.Tokens);
        Assert.False(term.Prefix);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("　\t\n")]
    [InlineData("!!! ・・・ ？")]
    public void ParseQuery_ReturnsNullWhenNothingSearchableWasTyped(string? query)
    {
        Assert.Null(SearchText.ParseQuery(query));
    }

    [Fact]
    public void ParseQuery_SplitsTermsOnFullWidthSpaces()
    {
        var query = SearchText.ParseQuery("サポート詐欺　ＡｎｙＤｅｓｋ")!;

        Assert.Equal(2, query.Terms.Count);
        Assert.Equal(["サポ", "ポー", "ート", "ト詐", "詐欺"], query.Terms[0].Tokens);
        Assert.Equal(["anydesk"], query.Terms[1].Tokens);
    }

    [Fact]
    public void ParseQuery_MatchesTheLastWordAsAPrefix()
    {
        var query = SearchText.ParseQuery("windows anyd")!;

        Assert.False(query.Terms[0].Prefix);
        Assert.True(query.Terms[1].Prefix);
    }

    [Theory]
    [InlineData("詐")]
    [InlineData("電話 詐")]
    [InlineData("詐 電話")]
    public void ParseQuery_MatchesASingleKanjiAsAPrefixWherever(string text)
    {
        var query = SearchText.ParseQuery(text)!;

        Assert.True(query.Terms.Single(t => t.Tokens.SequenceEqual(["詐"])).Prefix);
        Assert.All(query.Terms.Where(t => t.Tokens[0] == "電話"), t => Assert.False(t.Prefix));
    }

    [Fact]
    public void ParseQuery_MatchesATermEndingInALoneKanjiAsAPrefix()
    {
        var term = Assert.Single(SearchText.ParseQuery("10月")!.Terms);

        Assert.Equal(["10", "月"], term.Tokens);
        Assert.True(term.Prefix);
    }

    [Fact]
    public void ParseQuery_DoesNotMatchAJapaneseLastTermAsAPrefix()
    {
        var query = SearchText.ParseQuery("anydesk 詐欺")!;

        Assert.All(query.Terms, t => Assert.False(t.Prefix));
    }

    [Fact]
    public void ParseQuery_TokenisesPunctuationInsideATermIntoAPhrase()
    {
        var term = Assert.Single(SearchText.ParseQuery("e-Tax")!.Terms);

        Assert.Equal(["e", "tax"], term.Tokens);
        Assert.True(term.Prefix);
    }

    [Fact]
    public void ParseQuery_SkipsTermsWithoutTokens()
    {
        var query = SearchText.ParseQuery("・ 詐欺 ！")!;

        Assert.Equal(["詐欺"], Assert.Single(query.Terms).Tokens);
    }

    [Fact]
    public void ParseQuery_KeepsTheFirstTenTerms()
    {
        var query = SearchText.ParseQuery(string.Join(' ', Enumerable.Range(1, 15).Select(i => $"w{i}")))!;

        Assert.Equal(SearchText.MaxTerms, query.Terms.Count);
        Assert.Equal(["w10"], query.Terms[^1].Tokens);
        Assert.True(query.Terms[^1].Prefix);
    }

    [Fact]
    public void ParseQuery_KeepsTheFirst64Tokens()
    {
        // Three terms of 30 bigrams each: the third is cut to 4 tokens and no longer a whole phrase.
        var term = new string('あ', 31);
        var query = SearchText.ParseQuery($"{term} {term} {term}a")!;

        Assert.Equal(SearchText.MaxTokens, query.Terms.Sum(t => t.Tokens.Count));
        Assert.Equal(4, query.Terms[2].Tokens.Count);
        Assert.False(query.Terms[2].Prefix);
    }

    [Fact]
    public void ToFts5Match_QuotesEachTermAsAPhrase()
    {
        var query = SearchText.ParseQuery("サポート詐欺 偽警告 詐 anyd")!;

        Assert.Equal("\"サポ ポー ート ト詐 詐欺\" AND \"偽警 警告\" AND \"詐\"* AND \"anyd\"*", SearchText.ToFts5Match(query));
    }

    [Fact]
    public void ToFts5Match_KeepsFts5OperatorsAsWords()
    {
        var query = SearchText.ParseQuery("NOT or NEAR(a b) title:x")!;

        Assert.Equal("\"not\" AND \"or\" AND \"near a\" AND \"b\" AND \"title x\"*", SearchText.ToFts5Match(query));
    }

    [Fact]
    public void ToFts5Match_DoublesQuotesInHandMadeTokens()
    {
        var query = new SearchQuery([new SearchTerm(["a\"b"], Prefix: true)]);

        Assert.Equal("\"a\"\"b\"*", SearchText.ToFts5Match(query));
    }

    [Fact]
    public void ToPostgresTsQuery_JoinsPhraseTokensWithFollowedBy()
    {
        var query = SearchText.ParseQuery("サポート詐欺 偽警告 詐 anyd")!;

        Assert.Equal(
            "'サポ' <-> 'ポー' <-> 'ート' <-> 'ト詐' <-> '詐欺' & '偽警' <-> '警告' & '詐':* & 'anyd':*",
            SearchText.ToPostgresTsQuery(query));
    }

    [Fact]
    public void ToPostgresTsQuery_PutsPrefixOnlyOnTheLastToken()
    {
        var query = SearchText.ParseQuery("10月")!;

        Assert.Equal("'10' <-> '月':*", SearchText.ToPostgresTsQuery(query));
    }

    [Fact]
    public void ToPostgresTsQuery_EscapesQuotesAndBackslashesInHandMadeTokens()
    {
        var query = new SearchQuery([new SearchTerm(["o'k", "a\\b"], Prefix: false)]);

        Assert.Equal("'o''k' <-> 'a\\\\b'", SearchText.ToPostgresTsQuery(query));
    }

    [Fact]
    public void ToPostgresTsVector_ListsEachTokenOnceWithItsPositions()
    {
        Assert.Equal("'偽警':1,3 '警告':2 'anydesk':4", SearchText.ToPostgresTsVector("偽警告、偽警 ＡｎｙＤｅｓｋ"));
    }

    [Fact]
    public void ToPostgresTsVector_AddsMarkersWithoutPositions_OnceAndQuoted()
    {
        Assert.Equal("'abc':1 'ｘａａａａ' 'o''k'", SearchText.ToPostgresTsVector("abc", "ｘａａａａ", "o'k", "abc"));
        Assert.Equal("'ｘａａａａ'", SearchText.ToPostgresTsVector("。", "ｘａａａａ"));
        Assert.Equal("", SearchText.ToPostgresTsVector(""));
    }

    [Fact]
    public void ToPostgresTsVector_StopsWherePostgresStops_At16383AndAfter255Positions()
    {
        var text = string.Join(' ', Enumerable.Repeat("a", 300)) + " " + string.Join(' ', Enumerable.Range(1, 17_000).Select(i => $"w{i}"));

        var vector = SearchText.ToPostgresTsVector(text);

        Assert.StartsWith("'a':" + string.Join(',', Enumerable.Range(1, 255)) + " 'w1':301 ", vector, StringComparison.Ordinal);
        Assert.Contains(" 'w16083':16383 'w16084':16383 ", vector, StringComparison.Ordinal);
        Assert.EndsWith(" 'w17000':16383", vector, StringComparison.Ordinal);
    }

    [Fact]
    public void ToFts5MatchAndToPostgresTsQuery_RefuseEmptyQueries()
    {
        var empty = new SearchQuery([]);
        var emptyTerm = new SearchQuery([new SearchTerm([], Prefix: false)]);

        Assert.Throws<ArgumentException>(() => SearchText.ToFts5Match(empty));
        Assert.Throws<ArgumentException>(() => SearchText.ToPostgresTsQuery(emptyTerm));
        Assert.Throws<ArgumentNullException>(() => SearchText.ToFts5Match(null!));
    }
}
