using Anshin.Core.Mail;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// Takes one raw message from the mailgate. The raw bytes are written to the store first, so nothing is lost even if
/// what follows fails; then the message is read and becomes exactly one thing, in one transaction: a new case (with
/// an acknowledgement unless that would feed a loop), a message in its case, a bounce on its outbox row, or — when
/// its Message-ID is already stored — nothing at all.
/// </summary>
public sealed class MailIntake(
    AnshinDbContext db,
    AttachmentStore store,
    MailThreading threading,
    MailCases cases,
    BounceRecorder bounces,
    SqliteWriteGate writeGate,
    TimeProvider clock,
    ILogger<MailIntake> log)
{
    public async Task<InboundResult> ReceiveAsync(byte[] raw, CancellationToken ct)
    {
        var message = MimeParser.Parse(raw);
        var messageId = message.MessageId is { Length: > 0 and <= 250 } id ? id : null;
        if (messageId is not null && await DuplicateAsync(messageId, ct) is { } earlier)
        {
            return earlier;
        }

        var (key, sha) = await store.SaveAsync(raw, ct);
        try
        {
            var mail = new InboundMail
            {
                ReceivedAt = clock.GetUtcNow().UtcDateTime,
                MessageIdHeader = messageId,
                FromAddress = Clip(message.From?.Address.ToLowerInvariant() ?? "", 254),
                Subject = Clip(message.Subject ?? "", 300),
                Size = raw.Length,
                RawStorageKey = key,
                Sha256 = sha,
            };
            using var turn = await writeGate.EnterAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Add(mail);
            await db.SaveChangesAsync(ct);
            await RouteAsync(mail, message, raw, ct);
            mail.Detail = Clip(string.Join(' ', new[] { mail.Detail }.Concat(message.Problems).Where(p => p.Length > 0)), 500);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new InboundResult(mail.Id, mail.Outcome, mail.ConsultationId, Duplicate: false);
        }
        catch (DbUpdateException) when (messageId is not null)
        {
            // Postfix delivered the same message twice at the same moment: the other delivery won the unique index.
            db.ChangeTracker.Clear();
            store.Delete(key);
            return await DuplicateAsync(messageId, ct) ?? throw new InvalidOperationException("Inbound mail could not be stored.");
        }
        catch
        {
            log.LogError("Inbound mail {MessageId} could not be recorded; the mailgate will offer it again", messageId);
            store.Delete(key);
            throw;
        }
    }

    private async Task RouteAsync(InboundMail mail, ParsedMessage message, byte[] raw, CancellationToken ct)
    {
        if (message.Unparsed)
        {
            await cases.OpenAsync(mail, message, raw, CaseFlags.Unparsed, related: null, ct);
            mail.Outcome = InboundOutcome.Unparsed;
            return;
        }

        if (message.IsBounce)
        {
            var bounce = message.Bounce ?? new BounceReport(null, null, null, null, null);
            mail.Outcome = await bounces.RecordAsync(mail, bounce, ct) ? InboundOutcome.Bounce : InboundOutcome.UnmatchedBounce;
            return;
        }

        var named = await threading.NamedCaseAsync(message, ct);
        if (named is null)
        {
            await cases.OpenAsync(mail, message, raw, CaseFlags.None, related: null, ct);
            mail.Outcome = InboundOutcome.NewCase;
        }
        else if (await threading.MayJoinAsync(named, mail.FromAddress, ct))
        {
            await cases.AddToAsync(named, mail, message, ct);
            mail.Outcome = InboundOutcome.Threaded;
        }
        else
        {
            await cases.OpenAsync(mail, message, raw, CaseFlags.UnconfirmedSender, related: named, ct);
            mail.Outcome = InboundOutcome.NewCaseFromStranger;
        }
    }

    private async Task<InboundResult?> DuplicateAsync(string messageId, CancellationToken ct) =>
        await db.Set<InboundMail>().AsNoTracking().Where(m => m.MessageIdHeader == messageId)
            .Select(m => new InboundResult(m.Id, m.Outcome, m.ConsultationId, true)).FirstOrDefaultAsync(ct);

    internal static string Clip(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>What the intake did with a message.</summary>
public sealed record InboundResult(long InboundMailId, InboundOutcome Outcome, long? ConsultationId, bool Duplicate);
