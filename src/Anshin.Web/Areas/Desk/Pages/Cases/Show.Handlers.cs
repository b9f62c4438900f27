using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Areas.Desk.Pages.Cases;

/// <summary>The case page's actions. Reading needs the desk read policy; every change needs work or supervise rights.</summary>
public sealed partial class ShowModel
{
    public Task<IActionResult> OnPostClaimAsync(long id, int version, CancellationToken ct) =>
        WorkAsync(id, actor => workflow.ClaimAsync(id, version, actor, ct), "Case.Claimed", ct);

    public Task<IActionResult> OnPostStatusAsync(long id, int version, CaseStatus status, CancellationToken ct) =>
        WorkAsync(id, actor => workflow.ChangeStatusAsync(id, version, status, actor, ct), "Case.StatusSaved", ct);

    public Task<IActionResult> OnPostAssignAsync(long id, int version, string? assignee, CancellationToken ct) =>
        WorkAsync(id, actor => workflow.AssignAsync(id, version, string.IsNullOrEmpty(assignee) ? null : assignee, actor, ct),
            "Case.AssignSaved", ct, supervise: true);

    public Task<IActionResult> OnPostClassifyAsync(long id, int version, int? method, Urgency urgency, string? tags, CancellationToken ct) =>
        WorkAsync(id, actor => workflow.ClassifyAsync(id, version, method, urgency, ParseTags(tags), actor, ct), "Case.ClassifySaved", ct);

    public Task<IActionResult> OnPostMergeAsync(long id, int version, string? target, CancellationToken ct) =>
        WorkAsync(id, actor => workflow.MergeAsync(id, version, target ?? "", actor, ct), "Case.Merged", ct);

    public Task<IActionResult> OnPostLinkAsync(long id, string? other, CancellationToken ct) =>
        WorkAsync(id, actor => workflow.LinkAsync(id, other ?? "", actor, ct), "Case.Linked", ct);

    public Task<IActionResult> OnPostNoteAsync(long id, string? note, DateTime? callStartedAt, DateTime? callEndedAt, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return RefuseAsync(id, "Case.Error.NoteEmpty", ct);
        }

        return WorkAsync(id, actor => thread.AddNoteAsync(id, note.Trim(), Utc(callStartedAt), Utc(callEndedAt), actor, ct),
            callStartedAt is null ? "Case.NoteSaved" : "Case.CallSaved", ct);
    }

    public Task<IActionResult> OnPostInboundAsync(long id, string? inbound, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(inbound))
        {
            return RefuseAsync(id, "Case.Error.NoteEmpty", ct);
        }

        return WorkAsync(id, actor => thread.ReceiveFromConsulterAsync(id, "", inbound.Trim(), actor, ct), "Case.InboundSaved", ct);
    }

    public async Task<IActionResult> OnPostReplyAsync(long id, int version, CancellationToken ct)
    {
        var needsApproval = await settings.GetBoolAsync(SettingKeys.RequireReplyApproval, ct) && !DeskPolicies.CanSupervise(User);
        var draft = new ReplyDraft(Reply.Subject ?? "", (Reply.Body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal),
            Reply.StatusOnSend, Reply.ReasonId, Reply.ReferralId);
        return await WorkAsync(id, actor => replies.SubmitAsync(id, version, draft, needsApproval, actor, ct),
            needsApproval ? "Reply.AwaitingApproval" : "Reply.Sent", ct, keepReply: true);
    }

    public Task<IActionResult> OnPostApproveAsync(long id, long message, CancellationToken ct) =>
        WorkAsync(id, actor => replies.ApproveAsync(message, actor, ct), "Reply.Approved", ct, supervise: true);

    public Task<IActionResult> OnPostRejectAsync(long id, long message, string? comment, CancellationToken ct) =>
        WorkAsync(id, actor => replies.RejectAsync(message, comment ?? "", actor, ct), "Reply.Rejected", ct, supervise: true);

    public Task<IActionResult> OnPostConfirmSenderAsync(long id, long related, CancellationToken ct) =>
        WorkAsync(id, actor => mailActions.ConfirmSenderAsync(id, related, actor, ct), "Mail.SenderConfirmed", ct);

    public Task<IActionResult> OnPostAddAddressAsync(long id, string? address, CancellationToken ct) =>
        WorkAsync(id, actor => mailActions.AddAddressAsync(id, address ?? "", actor, ct), "Mail.AddressAdded", ct);

    public Task<IActionResult> OnPostRemoveAddressAsync(long id, string? address, CancellationToken ct) =>
        WorkAsync(id, actor => mailActions.RemoveAddressAsync(id, address ?? "", actor, ct), "Mail.AddressRemoved", ct);

    public Task<IActionResult> OnPostClearFlagsAsync(long id, CancellationToken ct) =>
        WorkAsync(id, actor => mailActions.ClearFlagsAsync(id, actor, ct), "Mail.FlagsCleared", ct);

    public Task<IActionResult> OnPostResendAsync(long id, long outbox, CancellationToken ct) =>
        WorkAsync(id, actor => mailActions.ResendAsync(id, outbox, actor, ct), "Mail.Resent", ct);

    private async Task<IActionResult> WorkAsync(long id, Func<StaffActor, Task<CaseResult>> action, string doneKey, CancellationToken ct,
        bool supervise = false, bool keepReply = false)
    {
        if (!(supervise ? DeskPolicies.CanSupervise(User) : DeskPolicies.CanWork(User)))
        {
            return Forbid();
        }

        CaseResult result;
        try
        {
            result = await action(await StaffActor.CurrentAsync(db, User, ct));
        }
        catch (DbUpdateConcurrencyException)
        {
            result = CaseResult.Stale;
        }

        if (result == CaseResult.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }

            ModelState.AddModelError(keepReply ? "Reply" : "", t[result.ErrorKey!, result.Args]);
            if (!keepReply)
            {
                await PrefillReplyAsync(null, null, ct);
            }

            Response.StatusCode = result == CaseResult.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        TempData["Flash"] = t[doneKey].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RefuseAsync(long id, string key, CancellationToken ct) =>
        await WorkAsync(id, _ => Task.FromResult(CaseResult.Refused(key)), key, ct);

    private static List<string> ParseTags(string? tags) =>
        [.. (tags ?? "").Split([',', '、', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Anshin.Core.Text.ContactText.Normalize).Where(x => x.Length is > 0 and <= 50).Distinct().Take(20)];

    /// <summary>Times typed on the page are Japan time.</summary>
    private static DateTime? Utc(DateTime? tokyo) => tokyo is null
        ? null
        : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(tokyo.Value, DateTimeKind.Unspecified), Anshin.Core.Calendar.BusinessCalendar.Tokyo);
}
