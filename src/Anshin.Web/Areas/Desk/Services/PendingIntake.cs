using Anshin.Core.Desk;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>A validated submission whose files are already stored, waiting to be written to the database.</summary>
public sealed record PendingIntake(IntakeRequest Request, StaffActor? Staff, IReadOnlyList<StoredFile> Files, DateTimeOffset Now);

/// <summary>An attachment saved under <see cref="AttachmentStore"/> before its database row exists.</summary>
public sealed record StoredFile(string FileName, long Size, string Key, string Sha256, AttachmentKind Kind);
