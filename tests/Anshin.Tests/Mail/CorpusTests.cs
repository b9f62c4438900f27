using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

public class CorpusTests
{
    public static TheoryData<string> Messages => [.. CorpusFiles.Names()];

    [Fact]
    public void Corpus_HoldsAtLeastSixtyMessagesEachWithAnExpectation()
    {
        var names = CorpusFiles.Names().ToList();

        Assert.True(names.Count >= 60, $"Only {names.Count} corpus messages.");
        Assert.All(names, name => Assert.True(File.Exists(Path.Combine(CorpusFiles.Directory, name + ".expected.json")), name));
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Parse_MeetsTheExpectationWrittenBesideEachCorpusMessage(string name)
    {
        var message = MimeParser.Parse(CorpusFiles.Read(name));

        Assert.DoesNotContain(MailProblem.ParserFault, message.Problems);
        CorpusExpectation.Verify(message, CorpusFiles.Expectation(name));
    }
}
