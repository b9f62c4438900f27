namespace Anshin.Core.SelfCheck;

public enum SelfCheckBand
{
    /// <summary>100 points.</summary>
    Complete,

    /// <summary>70–99 points.</summary>
    Mostly,

    /// <summary>50–69 points.</summary>
    Gaps,

    /// <summary>49 points or fewer.</summary>
    AtRisk,
}

public static class SelfCheckBands
{
    /// <exception cref="ArgumentOutOfRangeException">The score is outside −25..100.</exception>
    public static SelfCheckBand For(int score)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(score, SelfCheckScore.Minimum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, SelfCheckScore.Maximum);
        return score switch
        {
            SelfCheckScore.Maximum => SelfCheckBand.Complete,
            >= 70 => SelfCheckBand.Mostly,
            >= 50 => SelfCheckBand.Gaps,
            _ => SelfCheckBand.AtRisk,
        };
    }

    public static LocalText Title(SelfCheckBand band) => band switch
    {
        SelfCheckBand.Complete => new("基本の対策はすべてできています", "All the basic measures are in place"),
        SelfCheckBand.Mostly => new("おおむねできています", "Mostly in place"),
        SelfCheckBand.Gaps => new("できていない対策が多くあります", "Many measures are missing"),
        SelfCheckBand.AtRisk => new("今すぐ対策が必要です", "Action is needed now"),
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Not a self-check band."),
    };

    public static LocalText Advice(SelfCheckBand band) => band switch
    {
        SelfCheckBand.Complete => new(
            "情報セキュリティ対策の入り口となる水準に達しています。次は「中小企業の情報セキュリティ対策ガイドライン」を参考に、より踏み込んだ対策に進みましょう。",
            "You have reached the entry level of information security. As a next step, use the SME information security guideline to move on to stronger measures."),
        SelfCheckBand.Mostly => new(
            "基本の対策はおおむねできています。「一部実施」「実施していない」「わからない」と答えた項目を確かめ、一つずつ改善しましょう。",
            "Most of the basics are in place. Look again at the items you answered \"partly\", \"not done\" or \"don't know\" and fix them one at a time."),
        SelfCheckBand.Gaps => new(
            "まだできていない対策が多くあります。各項目の説明を読んで、できるところから取り組み、100点を目指しましょう。",
            "Quite a few measures are still missing. Read the explanation for each item, start with what you can do now, and aim for 100 points."),
        SelfCheckBand.AtRisk => new(
            "いつ事故が起きてもおかしくない状態です。まずは「中小企業の情報セキュリティ対策ガイドライン」を読み、基本の対策から始めましょう。",
            "An incident could happen at any time. Start with the SME information security guideline and put the basic measures in place first."),
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Not a self-check band."),
    };
}
