using System.Security.Cryptography;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Outbox;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.SelfCheck.Services;

/// <summary>Writes the SME programmes' e-mail (links, declaration notices) for the outbox, in the recipient's language.</summary>
public sealed class SmeMail(TimeProvider clock, IOptions<MailOptions> mail, IStringLocalizerFactory localizers)
{
    public OutboxMessage Message(string kind, string to, string language, string subjectKey, string bodyKey, params object[] bodyArgs)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new OutboxMessage
        {
            MessageIdHeader = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}.{kind}@{mail.Value.IdDomain}",
            Language = language,
            CreatedAt = now,
            NextAttemptAt = now,
            Kind = kind,
            ToAddress = to,
            Subject = Text(language, subjectKey),
            Body = Text(language, bodyKey, bodyArgs),
        };
    }

    public string Text(string language, string key, params object[] args)
    {
        using var _ = new UiCulture(language);
        return localizers.Create(typeof(SharedResource))[key, args].Value;
    }
}
