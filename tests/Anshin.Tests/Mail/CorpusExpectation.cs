using System.Globalization;
using System.Text.Json;
using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

/// <summary>Checks a parsed message against the expectation written beside its corpus file; absent keys are not checked.</summary>
internal static class CorpusExpectation
{
    public static void Verify(ParsedMessage message, JsonElement expected)
    {
        foreach (var property in expected.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "subject": Assert.Equal(value.GetString(), message.Subject); break;
                case "from": Assert.Equal(value.GetString(), message.From?.Address); break;
                case "fromName": Assert.Equal(value.GetString(), message.From?.DisplayName); break;
                case "to": Assert.Equal(Strings(value), message.To.Select(a => a.Address)); break;
                case "toNames": Assert.Equal(Strings(value), message.To.Select(a => a.DisplayName)); break;
                case "cc": Assert.Equal(Strings(value), message.Cc.Select(a => a.Address)); break;
                case "replyTo": Assert.Equal(Strings(value), message.ReplyTo.Select(a => a.Address)); break;
                case "date": VerifyDate(value, message.Date); break;
                case "messageId": Assert.Equal(value.GetString(), message.MessageId); break;
                case "inReplyTo": Assert.Equal(value.GetString(), message.InReplyTo); break;
                case "references": Assert.Equal(Strings(value), message.References); break;
                case "returnPath": Assert.Equal(value.GetString(), message.ReturnPath); break;
                case "text": Assert.Equal(value.GetString(), message.TextBody); break;
                case "textContains": Strings(value).ForEach(s => Assert.Contains(s, message.TextBody, StringComparison.Ordinal)); break;
                case "textNotContains": Strings(value).ForEach(s => Assert.DoesNotContain(s, message.TextBody, StringComparison.Ordinal)); break;
                case "htmlContains": Strings(value).ForEach(s => Assert.Contains(s, message.HtmlBody ?? string.Empty, StringComparison.Ordinal)); break;
                case "attachments": VerifyAttachments(value, message.Attachments); break;
                case "isAutomated": Assert.Equal(value.GetBoolean(), message.IsAutomated); break;
                case "automatedReason": Assert.Equal(value.GetString(), message.AutomatedReason); break;
                case "isBounce": Assert.Equal(value.GetBoolean(), message.IsBounce); break;
                case "bounceMessageId": Assert.Equal(value.GetString(), message.Bounce?.OriginalMessageId); break;
                case "bounceRecipient": Assert.Equal(value.GetString(), message.Bounce?.FailedRecipient); break;
                case "bounceStatus": Assert.Equal(value.GetString(), message.Bounce?.Status); break;
                case "unparsed": Assert.Equal(value.GetBoolean(), message.Unparsed); break;
                case "problems": Assert.Equal(Strings(value), message.Problems); break;
                case "problemsInclude": Assert.Subset(message.Problems.ToHashSet(), Strings(value).ToHashSet()); break;
                default: Assert.Fail($"Unknown expectation key '{property.Name}'."); break;
            }
        }
    }

    private static void VerifyDate(JsonElement value, DateTimeOffset? actual)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(actual);
            return;
        }

        var expected = DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture);
        Assert.NotNull(actual);
        Assert.Equal(expected, actual.Value);
        Assert.Equal(expected.Offset, actual.Value.Offset);
    }

    private static void VerifyAttachments(JsonElement value, IReadOnlyList<MailAttachment> actual)
    {
        var expected = value.EnumerateArray().ToList();
        Assert.Equal(expected.Select(e => e.GetProperty("name").GetString()), actual.Select(a => a.FileName));
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var a = actual[i];
            Assert.Equal(e.GetProperty("size").GetInt32(), a.Size);
            if (e.TryGetProperty("contentType", out var type))
            {
                Assert.Equal(type.GetString(), a.ContentType);
            }

            if (e.TryGetProperty("inline", out var inline))
            {
                Assert.Equal(inline.GetBoolean(), a.IsInline);
            }

            if (e.TryGetProperty("contentId", out var contentId))
            {
                Assert.Equal(contentId.GetString(), a.ContentId);
            }
        }
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
