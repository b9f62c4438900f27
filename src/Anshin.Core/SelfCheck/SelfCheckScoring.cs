namespace Anshin.Core.SelfCheck;

public static class SelfCheckScoring
{
    /// <summary>Done 4, partly 2, not done 0, don't know −1: not knowing costs a point so that it gets followed up.</summary>
    public static int Points(SelfCheckAnswer answer) => answer switch
    {
        SelfCheckAnswer.Done => 4,
        SelfCheckAnswer.Partly => 2,
        SelfCheckAnswer.NotDone => 0,
        SelfCheckAnswer.Unknown => -1,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not a self-check answer."),
    };
}
