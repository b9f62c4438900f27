using Anshin.Core.SelfCheck;

namespace Anshin.Tests.SelfCheck;

public sealed class SelfCheckAnswersTests
{
    [Fact]
    public void Encode_WritesOneLetterPerQuestion()
    {
        Assert.Equal("ddddddddddppppppnnnnnuuuu", SelfCheckAnswers.Encode(Answers.With(done: 10, partly: 6, notDone: 5, unknown: 4)));
    }

    [Fact]
    public void EncodeAndDecode_RoundTrip()
    {
        var answers = Answers.All(SelfCheckAnswer.Done);
        answers[0] = SelfCheckAnswer.Unknown;
        answers[7] = SelfCheckAnswer.NotDone;
        answers[13] = SelfCheckAnswer.Partly;

        var text = SelfCheckAnswers.Encode(answers);

        Assert.True(SelfCheckAnswers.TryDecode(text, out var decoded));
        Assert.Equal(answers, decoded);
        Assert.Equal(text, SelfCheckAnswers.Encode(decoded));
    }

    public static TheoryData<string?> BadTexts => new()
    {
        null,
        "",
        new string('d', 24),
        new string('d', 26),
        new string('d', 24) + "x",
        "D" + new string('d', 24),
        new string('d', 12) + " " + new string('d', 12),
        new string('d', 12) + "2" + new string('d', 12),
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void TryDecode_RejectsAWrongLengthOrUnknownLetters(string? text)
    {
        Assert.False(SelfCheckAnswers.TryDecode(text, out var answers));
        Assert.Null(answers);
    }

    [Fact]
    public void Encode_RejectsAWrongNumberOfAnswers_OrAnUndefinedAnswer()
    {
        Assert.Throws<ArgumentException>(() => SelfCheckAnswers.Encode([SelfCheckAnswer.Done]));
        var answers = Answers.All(SelfCheckAnswer.Done);
        answers[5] = (SelfCheckAnswer)9;
        Assert.Throws<ArgumentOutOfRangeException>(() => SelfCheckAnswers.Encode(answers));
    }
}
