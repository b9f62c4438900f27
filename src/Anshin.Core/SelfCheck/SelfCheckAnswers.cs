using System.Diagnostics.CodeAnalysis;

namespace Anshin.Core.SelfCheck;

/// <summary>
/// The compact form that stores a whole diagnosis in one column: one character per question in question order,
/// 'd' done, 'p' partly, 'n' not done, 'u' unknown (e.g. "ddpn…", always <see cref="SelfCheckScore.QuestionCount"/> long).
/// </summary>
public static class SelfCheckAnswers
{
    public static string Encode(IReadOnlyList<SelfCheckAnswer> answers)
    {
        SelfCheckScore.RequireFullSet(answers);
        return string.Create(answers.Count, answers, static (span, list) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = list[i] switch
                {
                    SelfCheckAnswer.Done => 'd',
                    SelfCheckAnswer.Partly => 'p',
                    SelfCheckAnswer.NotDone => 'n',
                    SelfCheckAnswer.Unknown => 'u',
                    var other => throw new ArgumentOutOfRangeException(nameof(answers), other, $"Answer {i + 1} is not a self-check answer."),
                };
            }
        });
    }

    /// <summary>False for null, a wrong length or any character other than lower-case d, p, n and u.</summary>
    public static bool TryDecode(string? text, [NotNullWhen(true)] out IReadOnlyList<SelfCheckAnswer>? answers)
    {
        answers = null;
        if (text is null || text.Length != SelfCheckScore.QuestionCount)
        {
            return false;
        }

        var decoded = new SelfCheckAnswer[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case 'd': decoded[i] = SelfCheckAnswer.Done; break;
                case 'p': decoded[i] = SelfCheckAnswer.Partly; break;
                case 'n': decoded[i] = SelfCheckAnswer.NotDone; break;
                case 'u': decoded[i] = SelfCheckAnswer.Unknown; break;
                default: return false;
            }
        }

        answers = decoded;
        return true;
    }
}
