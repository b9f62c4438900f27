using Anshin.Core.Mail;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// Records delivered messages, a batch in one transaction: each becomes exactly one thing — a new case (with an
/// acknowledgement unless that would feed a loop), a message in its case, a bounce on its outbox row — or, when its
/// Message-ID is already stored (also earlier in the same batch), nothing. Messages that start new cases, the usual
/// kind, are written together (<see cref="MailCases.OpenAsync"/>).
/// </summary>
public sealed class MailRecorder(
    AnshinDbContext db,
    MailThreading threading,
    MailCases cases,
    BounceRecorder bounces,
    SqliteWriteGate writeGate)
{
    public async Task<IReadOnlyList<InboundResult>> RecordAsync(IReadOnlyList<PendingMail> batch, CancellationToken ct)
    {
        using var turn = await writeGate.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var ids = batch.Select(b => b.MessageId).OfType<string>().Distinct().ToList();
        var known = (await db.Set<InboundMail>().AsNoTracking().Where(m => ids.Contains(m.MessageIdHeader!))
                .Select(m => new { Key = m.MessageIdHeader!, m.Id, m.Outcome, m.ConsultationId }).ToListAsync(ct))
            .ToDictionary(m => m.Key, m => new InboundResult(m.Id, m.Outcome, m.ConsultationId, true), StringComparer.Ordinal);

        var mails = new InboundMail?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            if (item.MessageId is { } id && (known.ContainsKey(id) || mails.Any(m => m?.MessageIdHeader == id)))
            {
                continue;
            }

            mails[i] = new InboundMail
            {
                ReceivedAt = item.ReceivedAt,
                MessageIdHeader = item.MessageId,
                FromAddress = MailIntake.Clip(item.Message.From?.Address.ToLowerInvariant() ?? "", 254),
                Subject = MailIntake.Clip(item.Message.Subject, 300),
                Size = item.Raw.Length,
                RawStorageKey = item.RawKey,
                Sha256 = item.Sha256,
            };
            db.Add(mails[i]!);
        }

        await db.SaveChangesAsync(ct);

        var newCases = new List<NewMailCase>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (mails[i] is { } mail && await RouteAsync(mail, batch[i], ct) is { } open)
            {
                newCases.Add(open);
            }
        }

        await cases.OpenAsync(newCases, ct);
        var results = new List<InboundResult>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            if (mails[i] is { } mail)
            {
                mail.Detail = MailIntake.Clip(string.Join(' ', new[] { mail.Detail }.Concat(batch[i].Message.Problems).Where(p => p.Length > 0)), 500);
                results.Add(new InboundResult(mail.Id, mail.Outcome, mail.ConsultationId, Duplicate: false));
            }
            else
            {
                var id = batch[i].MessageId!;
                results.Add(known.TryGetValue(id, out var earlier)
                    ? earlier
                    : mails.First(m => m?.MessageIdHeader == id) is { } first
                        ? new InboundResult(first.Id, first.Outcome, first.ConsultationId, true)
                        : throw new InvalidOperationException("Duplicate without an original."));
            }
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return results;
    }

    internal static async Task<InboundResult?> DuplicateAsync(AnshinDbContext db, string messageId, CancellationToken ct) =>
        await db.Set<InboundMail>().AsNoTracking().Where(m => m.MessageIdHeader == messageId)
            .Select(m => new InboundResult(m.Id, m.Outcome, m.ConsultationId, true)).FirstOrDefaultAsync(ct);

    /// <summary>Records bounces and thread entries at once; returns what must become a new case.</summary>
    private async Task<NewMailCase?> RouteAsync(InboundMail mail, PendingMail pending, CancellationToken ct)
    {
        var message = pending.Message;
        if (message.Unparsed)
        {
            mail.Outcome = InboundOutcome.Unparsed;
            return new NewMailCase(mail, pending, CaseFlags.Unparsed, null);
        }

        if (message.IsBounce)
        {
            var bounce = message.Bounce ?? new BounceReport(null, null, null, null, null);
            mail.Outcome = await bounces.RecordAsync(mail, bounce, ct) ? InboundOutcome.Bounce : InboundOutcome.UnmatchedBounce;
            return null;
        }

        var named = await threading.NamedCaseAsync(message, ct);
        if (named is null)
        {
            mail.Outcome = InboundOutcome.NewCase;
            return new NewMailCase(mail, pending, CaseFlags.None, null);
        }

        if (await threading.MayJoinAsync(named, mail.FromAddress, ct))
        {
            await cases.AddToAsync(named, mail, pending, ct);
            mail.Outcome = InboundOutcome.Threaded;
            return null;
        }

        mail.Outcome = InboundOutcome.NewCaseFromStranger;
        return new NewMailCase(mail, pending, CaseFlags.UnconfirmedSender, named);
    }
}
