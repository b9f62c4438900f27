using Anshin.Core.Mail;

namespace Anshin.Web.Areas.Desk.Mail;

/// <summary>
/// A delivered message, read, with its raw bytes and its attachments already in the store, waiting to be recorded.
/// Everything slow happens before the message joins the writer's queue, so the writer only talks to the database.
/// </summary>
public sealed record PendingMail(
    byte[] Raw, ParsedMessage Message, string? MessageId, string RawKey, string Sha256, DateTime ReceivedAt,
    IReadOnlyList<StoredMailFile> Files);

/// <summary>An attachment of an inbound message, saved in the attachment store.</summary>
public sealed record StoredMailFile(string FileName, string ContentType, long Size, string Key, string Sha256);
