using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

// Reproducible pseudo-random damage, not security: a fixed seed makes every failure replayable.
#pragma warning disable CA5394

public class MimeFuzzTests
{
    private const int Seed = 20240514;
    private const int Mutations = 5000;

    [Fact]
    public void Parse_NeverThrowsOrFaultsOnThousandsOfDamagedCorpusMessages()
    {
        var corpus = CorpusFiles.Names().Select(CorpusFiles.Read).ToArray();
        var random = new Random(Seed);
        var mutator = new MessageMutator(random);
        for (var i = 0; i < Mutations; i++)
        {
            var original = corpus[random.Next(corpus.Length)];
            var damaged = mutator.Mutate(original);

            var message = MimeParser.Parse(damaged);

            Assert.True(
                !message.Problems.Contains(MailProblem.ParserFault),
                $"Mutation {i} (seed {Seed}) faulted: {Convert.ToBase64String(damaged)}");
            Touch(message);
        }
    }

    [Fact]
    public void Parse_NeverThrowsOnRandomBytes()
    {
        var random = new Random(Seed);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);

            var message = MimeParser.Parse(bytes);

            Assert.DoesNotContain(MailProblem.ParserFault, message.Problems);
        }
    }

    // Reads every member, so that lazily computed values would fail here too.
    private static void Touch(ParsedMessage message)
    {
        _ = message.Subject.Length + message.TextBody.Length + (message.HtmlBody?.Length ?? 0);
        _ = message.From?.ToString();
        _ = message.To.Count + message.Cc.Count + message.ReplyTo.Count + message.References.Count;
        _ = message.Header("Subject");
        foreach (var attachment in message.Attachments)
        {
            Assert.False(string.IsNullOrWhiteSpace(attachment.FileName));
            Assert.Equal(attachment.Content.Length, attachment.Size);
        }
    }
}
