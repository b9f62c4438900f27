using Anshin.Core.Desk;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>
/// Takes a new consultation: validates it, stores its files (outside the database), then has it recorded with its
/// receipt number, history, search text and acknowledgement in one transaction. The caller acknowledges only after
/// this returns, so nothing a person submitted is lost. Public submissions go through the <see cref="IntakeWriter"/>
/// (group commit: one transaction and one disk flush for all that arrived together); staff entries, which are few, are recorded directly so their audit lines
/// carry the staff member's request.
/// </summary>
public sealed class IntakeService(
    AttachmentStore store,
    IntakeRecorder recorder,
    IntakeWriter writer,
    IOptions<DeskOptions> options,
    TimeProvider clock)
{
    public async Task<(IntakeReceipt? Receipt, IReadOnlyList<IntakeError> Errors)> SubmitAsync(
        IntakeRequest request, StaffActor? staff, CancellationToken ct)
    {
        var errors = IntakeValidator.Validate(request, options.Value);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var saved = new List<StoredFile>();
        try
        {
            foreach (var file in request.Files)
            {
                var kind = AttachmentSniffer.Sniff(file.Content.AsSpan(0, Math.Min(file.Content.Length, AttachmentSniffer.HeadLength)))!.Value;
                var (key, sha) = await store.SaveAsync(file.Content, ct);
                saved.Add(new StoredFile(IntakeValidator.DisplayName(file.FileName), file.Content.Length, key, sha, kind));
            }

            var pending = new PendingIntake(request, staff, saved, clock.GetUtcNow());
            var receipt = staff is null && writer.IsRunning
                ? await writer.WriteAsync(pending)
                : (await recorder.RecordAsync([pending], ct))[0];
            return (receipt, []);
        }
        catch
        {
            foreach (var file in saved)
            {
                store.Delete(file.Key);
            }

            throw;
        }
    }

    /// <summary>The first line of what happened, short enough for a queue row.</summary>
    public static string Summary(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length <= 60 ? line : line[..59] + "…";
    }
}

