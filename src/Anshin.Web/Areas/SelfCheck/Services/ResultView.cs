using Anshin.Core.SelfCheck;
using Anshin.Web.Areas.SelfCheck.Model;

namespace Anshin.Web.Areas.SelfCheck.Services;

/// <summary>Everything the result page and the result sheet show about one result.</summary>
public sealed record ResultView(
    Organisation Organisation,
    SelfCheckResult Result,
    SelfCheckQuestionSet Set,
    IReadOnlyList<SelfCheckAnswer> Answers,
    SelfCheckBand Band,
    IReadOnlyList<FollowUp> FollowUps,
    PeerGroup Peers,
    SelfCheckResult? Previous,
    IReadOnlyList<SelfCheckAnswer>? PreviousAnswers)
{
    /// <summary>How the answer to a question moved since the previous result: +1 better, −1 worse, 0 same, null unknown.</summary>
    public int? Change(int question)
    {
        if (PreviousAnswers is null)
        {
            return null;
        }

        var now = SelfCheckScoring.Points(Answers[question - 1]);
        var before = SelfCheckScoring.Points(PreviousAnswers[question - 1]);
        return Math.Sign(now - before);
    }
}
