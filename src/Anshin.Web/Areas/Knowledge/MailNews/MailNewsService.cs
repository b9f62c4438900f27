using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Anshin.Core.Calendar;
using Anshin.Core.Text;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Areas.Knowledge.Model;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Hosting;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Knowledge.MailNews;

/// <summary>What became of a subscription request; the page says the same thing whatever it was, so addresses do not leak.</summary>
public enum SubscribeOutcome
{
    Invalid,
    ConfirmationSent,
    AlreadySubscribed,
}

/// <summary>
/// The mail news: subscribe (a confirmation link through the outbox, nothing else until it is used), confirm,
/// unsubscribe (from a page or with one POST, RFC 8058), and the digest of alerts published since the last one, written
/// to the outbox for every confirmed subscriber in one transaction with its record.
/// </summary>
public sealed class MailNewsService(AnshinDbContext db, TimeProvider clock, SiteAddress site, AuditLog audit,
    IOptions<MailOptions> mail, IOptions<MailNewsOptions> options, IStringLocalizerFactory localizers)
{
    public async Task<SubscribeOutcome> SubscribeAsync(string? email, string language, CancellationToken ct)
    {
        if (ContactText.NormalizeEmail(email) is not { Length: <= 254 } normalized)
        {
            return SubscribeOutcome.Invalid;
        }

        // One row per mailbox: mail systems treat the local part without regard to case, and so does this list.
        var address = normalized.ToLowerInvariant();

        var now = clock.GetUtcNow().UtcDateTime;
        var subscription = await db.Set<NewsSubscription>().SingleOrDefaultAsync(s => s.Email == address, ct);
        if (subscription is { State: SubscriptionState.Confirmed })
        {
            return SubscribeOutcome.AlreadySubscribed;
        }

        if (subscription is null)
        {
            subscription = new NewsSubscription { Email = address, CreatedAt = now };
            db.Add(subscription);
        }

        subscription.Language = language;
        subscription.State = SubscriptionState.Pending;
        subscription.Token = NewToken();
        subscription.ConfirmationSentAt = now;
        subscription.UnsubscribedAt = null;
        db.Add(Message(OutboxKinds.NewsConfirmation, subscription, now, "MailNews.ConfirmSubject",
            Text(language, "MailNews.ConfirmBody", $"{site.Origin}/mail-news/confirm?token={subscription.Token}",
                (int)options.Value.ConfirmationLifetime.TotalDays), unsubscribe: null));
        await db.SaveChangesAsync(ct);
        return SubscribeOutcome.ConfirmationSent;
    }

    /// <summary>The subscription the token belongs to, or null (unknown, or a pending one whose link has expired).</summary>
    public async Task<NewsSubscription?> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length != 64)
        {
            return null;
        }

        var subscription = await db.Set<NewsSubscription>().SingleOrDefaultAsync(s => s.Token == token, ct);
        var expired = subscription is { State: SubscriptionState.Pending, ConfirmationSentAt: { } sent }
            && sent + options.Value.ConfirmationLifetime < clock.GetUtcNow().UtcDateTime;
        return expired ? null : subscription;
    }

    public async Task<bool> ConfirmAsync(string? token, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not { State: not SubscriptionState.Unsubscribed } subscription)
        {
            return false;
        }

        if (subscription.State == SubscriptionState.Pending)
        {
            subscription.State = SubscriptionState.Confirmed;
            subscription.ConfirmedAt = clock.GetUtcNow().UtcDateTime;
            audit.Add(KnowledgeAuditNews.Confirmed, $"subscription:{subscription.Id}");
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    /// <summary>Ends the subscription; true also when it had already ended (the link is pressed twice).</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not { } subscription)
        {
            return false;
        }

        if (subscription.State != SubscriptionState.Unsubscribed)
        {
            subscription.State = SubscriptionState.Unsubscribed;
            subscription.UnsubscribedAt = clock.GetUtcNow().UtcDateTime;
            audit.Add(KnowledgeAuditNews.Unsubscribed, $"subscription:{subscription.Id}");
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    /// <summary>The alerts of the language published since the last digest, oldest first.</summary>
    public async Task<IReadOnlyList<Article>> WaitingAlertsAsync(string language, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = await db.Set<NewsDigest>().Where(d => d.Language == language).MaxAsync(d => (DateTime?)d.Through, ct) ?? DateTime.MinValue;
        return await db.Set<Article>().AsNoTracking()
            .Where(a => a.Type == ArticleType.Alert && a.Language == language && a.State == ArticleState.Published && a.PublishAt > since && a.PublishAt <= now)
            .OrderBy(a => a.PublishAt)
            .Select(a => new Article { Id = a.Id, Slug = a.Slug, Language = a.Language, Title = a.Title, Summary = a.Summary, PublishAt = a.PublishAt })
            .ToListAsync(ct);
    }

    /// <summary>Sends the digest of each language that has new alerts; returns the digests written (none when nothing is new).</summary>
    public async Task<IReadOnlyList<NewsDigest>> SendDigestsAsync(string sentBy, CancellationToken ct)
    {
        var sent = new List<NewsDigest>();
        foreach (var language in new[] { "ja", "en" })
        {
            var alerts = await WaitingAlertsAsync(language, ct);
            if (alerts.Count == 0)
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var subscribers = await db.Set<NewsSubscription>().AsNoTracking()
                .Where(s => s.State == SubscriptionState.Confirmed && s.Language == language).ToListAsync(ct);
            foreach (var subscriber in subscribers)
            {
                var unsubscribe = $"{site.Origin}/mail-news/unsubscribe?token={subscriber.Token}";
                db.Add(Message(OutboxKinds.NewsDigest, subscriber, now, "MailNews.DigestSubject",
                    DigestBody(language, alerts, unsubscribe), $"{site.Origin}/mail-news/one-click?token={subscriber.Token}",
                    alerts.Count));
            }

            var digest = new NewsDigest
            {
                Language = language,
                SentAt = now,
                Through = alerts[^1].PublishAt!.Value,
                Articles = alerts.Count,
                Recipients = subscribers.Count,
                SentBy = sentBy,
            };
            db.Add(digest);
            audit.Add(KnowledgeAuditNews.DigestSent, $"digest:{language}", detail: $"{alerts.Count} alerts, {subscribers.Count} recipients");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            sent.Add(digest);
        }

        return sent;
    }

    private string DigestBody(string language, IReadOnlyList<Article> alerts, string unsubscribe)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var body = new StringBuilder();
        body.AppendLine(Text(language, "MailNews.DigestIntro", alerts.Count)).AppendLine();
        foreach (var a in alerts)
        {
            var day = TimeZoneInfo.ConvertTimeFromUtc(a.PublishAt!.Value, BusinessCalendar.Tokyo).ToString("d", culture);
            body.Append("■ ").AppendLine(a.Title)
                .AppendLine(CultureInfo.InvariantCulture, $"  {day}  {site.Origin}/articles/{Uri.EscapeDataString(a.Slug)}?lang={a.Language}");
            if (a.Summary.Length > 0)
            {
                body.Append("  ").AppendLine(a.Summary);
            }

            body.AppendLine();
        }

        body.AppendLine("--").AppendLine(Text(language, "MailNews.DigestFooter", unsubscribe));
        return body.ToString();
    }

    private OutboxMessage Message(string kind, NewsSubscription to, DateTime now, string subjectKey, string body, string? unsubscribe, params object[] subjectArgs) => new()
    {
        MessageIdHeader = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}.{kind}@{mail.Value.IdDomain}",
        Language = to.Language,
        CreatedAt = now,
        NextAttemptAt = now,
        Kind = kind,
        ToAddress = to.Email,
        Subject = Text(to.Language, subjectKey, subjectArgs),
        Body = body,
        ListUnsubscribe = unsubscribe,
    };

    // Mail goes out in the subscriber's language, whatever the language of the request that causes it.
    private string Text(string language, string key, params object[] args)
    {
        using var _ = new UiCulture(language);
        return localizers.Create(typeof(SharedResource))[key, args].Value;
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}

/// <summary>Audit action codes of the mail news.</summary>
public static class KnowledgeAuditNews
{
    public const string Confirmed = "news.confirm";
    public const string Unsubscribed = "news.unsubscribe";
    public const string DigestSent = "news.digest";
}
