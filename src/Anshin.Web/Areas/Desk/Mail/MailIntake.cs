using Anshin.Core.Mail;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// Takes one raw message from the mailgate. The raw bytes are written to the store first, so nothing is lost even if
/// what follows fails; then the message is recorded (<see cref="MailRecorder"/>, through the <see cref="MailWriter"/>
/// while the app runs) and only then is the mailgate answered. A message whose Message-ID is already stored changes
/// nothing.
/// </summary>
public sealed class MailIntake(
    AnshinDbContext db,
    AttachmentStore store,
    MailRecorder recorder,
    MailWriter writer,
    TimeProvider clock,
    ILogger<MailIntake> log)
{
    public async Task<InboundResult> ReceiveAsync(byte[] raw, CancellationToken ct)
    {
        var message = MimeParser.Parse(raw);
        var messageId = message.MessageId is { Length: > 0 and <= 250 } id ? id : null;
        if (messageId is not null && await MailRecorder.DuplicateAsync(db, messageId, ct) is { } earlier)
        {
            return earlier;
        }

        var (key, sha) = await store.SaveAsync(raw, ct);
        var files = new List<StoredMailFile>();
        try
        {
            foreach (var file in message.Attachments)
            {
                var (fileKey, fileSha) = await store.SaveAsync(file.Content, ct);
                files.Add(new StoredMailFile(IntakeValidator.DisplayName(file.FileName), Clip(file.ContentType, 100), file.Size, fileKey, fileSha));
            }

            var pending = new PendingMail(raw, message, messageId, key, sha, clock.GetUtcNow().UtcDateTime, files);
            var result = writer.IsRunning ? await writer.WriteAsync(pending) : (await recorder.RecordAsync([pending], ct))[0];
            if (result.Duplicate)
            {
                Delete(key, files);
            }

            return result;
        }
        catch (DbUpdateException) when (messageId is not null)
        {
            // Postfix delivered the same message twice at the same moment: the other delivery won the unique index.
            Delete(key, files);
            return await MailRecorder.DuplicateAsync(db, messageId, ct) ?? throw new InvalidOperationException("Inbound mail could not be stored.");
        }
        catch
        {
            log.LogError("Inbound mail {MessageId} could not be recorded; the mailgate will offer it again", messageId);
            Delete(key, files);
            throw;
        }
    }

    private void Delete(string rawKey, IEnumerable<StoredMailFile> files)
    {
        store.Delete(rawKey);
        foreach (var file in files)
        {
            store.Delete(file.Key);
        }
    }

    internal static string Clip(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>What the intake did with a message.</summary>
public sealed record InboundResult(long InboundMailId, InboundOutcome Outcome, long? ConsultationId, bool Duplicate);
