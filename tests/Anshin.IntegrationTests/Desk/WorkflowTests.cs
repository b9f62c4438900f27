using System.Net;
using Anshin.IntegrationTests.Infrastructure;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Anshin.IntegrationTests.Desk;

public sealed class WorkflowTests
{
    private static async Task<(TestApp App, HttpClient Staff, Consultation Case)> StartAsync(DatabaseKind kind, string role = StaffRoles.Consultant,
        IDictionary<string, string?>? overrides = null)
    {
        var app = await TestApp.StartAsync(kind, overrides);
        var receipt = await app.Client().SubmitAsync();
        var name = "wf-" + role.ToLowerInvariant();
        await app.Staff().InRole(role).CreateAsync(name);
        return (app, await app.SignedInClientAsync(name), await app.CaseAsync(receipt));
    }

    private static string Url(Consultation c) => $"/desk/cases/{c.Id}";

    [Theory, BothDatabases]
    public async Task Claim_TakesTheCase_AndMovesItToInProgress_WithHistoryAndAudit(DatabaseKind kind)
    {
        var (app, staff, c) = await StartAsync(kind);
        await using var _ = app;

        var response = await staff.PostHandlerAsync(Url(c), "Claim", new Dictionary<string, string> { ["version"] = c.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(Url(c), response.Location());
        var after = await app.CaseAsync(c.ReceiptNumber);
        Assert.Equal(CaseStatus.InProgress, after.Status);
        Assert.NotNull(after.AssigneeId);
        var history = await app.WithDbAsync(db => db.Set<ConsultationEvent>().Where(e => e.ConsultationId == c.Id).Select(e => e.Kind).ToListAsync());
        Assert.Contains(CaseEvents.Assigned, history);
        Assert.Contains(CaseEvents.StatusChanged, history);
        Assert.Single(await app.AuditAsync(DeskAudit.CaseAssigned));
        Assert.NotEmpty(await app.AuditAsync(DeskAudit.CaseViewed));
    }

    [Theory, BothDatabases]
    public async Task InvalidTransition_IsRefused_AndChangesNothing(DatabaseKind kind)
    {
        var (app, staff, c) = await StartAsync(kind);
        await using var _ = app;

        // New → Closed is allowed; Closed → Spam is not.
        await staff.PostHandlerAsync(Url(c), "Status", new Dictionary<string, string> { ["version"] = "0", ["status"] = "Closed" });
        var closed = await app.CaseAsync(c.ReceiptNumber);
        var refused = await staff.PostHandlerAsync(Url(c), "Status", new Dictionary<string, string> { ["version"] = closed.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["status"] = "Spam" });

        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("その操作はできません", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Closed, (await app.CaseAsync(c.ReceiptNumber)).Status);
    }

    [Theory, BothDatabases]
    public async Task StaleVersion_IsRefused_SoTwoConsultantsDoNotOverwriteEachOther(DatabaseKind kind)
    {
        var (app, staff, c) = await StartAsync(kind);
        await using var _ = app;
        await staff.PostHandlerAsync(Url(c), "Claim", new Dictionary<string, string> { ["version"] = "0" });

        var stale = await staff.PostHandlerAsync(Url(c), "Status", new Dictionary<string, string> { ["version"] = "0", ["status"] = "Spam" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(CaseStatus.InProgress, (await app.CaseAsync(c.ReceiptNumber)).Status);
    }

    [Theory, BothDatabases]
    public async Task Reply_AnswersTheCase_WritesTheOutbox_AndStopsTheClock(DatabaseKind kind)
    {
        var (app, staff, c) = await StartAsync(kind);
        await using var _ = app;

        var response = await staff.PostHandlerAsync(Url(c), "Reply", new Dictionary<string, string>
        {
            ["version"] = "0",
            ["Reply.Subject"] = $"[相談#{c.ReceiptNumber}] ご相談への回答",
            ["Reply.Body"] = "表示された警告は偽物です。",
            ["Reply.StatusOnSend"] = "Answered",
        });

        Assert.Equal(Url(c), response.Location());
        var after = await app.CaseAsync(c.ReceiptNumber);
        Assert.Equal(CaseStatus.Answered, after.Status);
        Assert.NotNull(after.SlaPausedAt);
        Assert.NotNull(after.FirstAnsweredAt);
        Assert.Equal(SlaOutcome.Met, after.SlaOutcome);
        var reply = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.ConsultationId == c.Id && m.Kind == OutboxKinds.Reply));
        Assert.Equal("taro@example.jp", reply.ToAddress);
        Assert.Contains("偽物", reply.Body, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task ConsulterMessage_ReopensAnAnsweredCase_AndRestartsTheClock(DatabaseKind kind)
    {
        var (app, staff, c) = await StartAsync(kind);
        await using var _ = app;
        await staff.PostHandlerAsync(Url(c), "Reply", new Dictionary<string, string>
        {
            ["version"] = "0",
            ["Reply.Subject"] = "回答",
            ["Reply.Body"] = "回答です。",
            ["Reply.StatusOnSend"] = "Closed",
        });
        Assert.Equal(CaseStatus.Closed, (await app.CaseAsync(c.ReceiptNumber)).Status);

        await staff.PostHandlerAsync(Url(c), "Inbound", new Dictionary<string, string> { ["inbound"] = "まだ警告が出ます。" });

        var after = await app.CaseAsync(c.ReceiptNumber);
        Assert.Equal(CaseStatus.InProgress, after.Status);
        Assert.Null(after.SlaPausedAt);
        Assert.Null(after.ClosedAt);
        Assert.True(after.DueDate >= c.DueDate);
        var kinds = await app.WithDbAsync(db => db.Set<ConsultationEvent>().Where(e => e.ConsultationId == c.Id).Select(e => e.Kind).ToListAsync());
        Assert.Contains(CaseEvents.Reopened, kinds);
        Assert.Contains(CaseEvents.SlaResumed, kinds);
    }

    [Theory, BothDatabases]
    public async Task OutOfScope_RequiresAReason_PrefillsTheReferral_AndRecordsIt(DatabaseKind kind)
    {
        var (app, staff, c) = await StartAsync(kind);
        await using var _ = app;
        var (referralId, referralName, reasonId) = await app.WithDbAsync(async db =>
        {
            var r = await db.Set<Referral>().OrderBy(x => x.SortOrder).FirstAsync();
            return (r.Id, r.Name, await db.Set<OutOfScopeReason>().Select(x => x.Id).FirstAsync());
        });

        var prefilled = await staff.GetPageAsync($"{Url(c)}?referral={referralId}");
        var body = prefilled.QuerySelector("textarea[name='Reply.Body']")!.TextContent;
        Assert.Contains(referralName, body, StringComparison.Ordinal);

        var noReason = await staff.PostHandlerAsync(Url(c), "Reply", new Dictionary<string, string>
        {
            ["version"] = "0",
            ["Reply.Subject"] = "ご案内",
            ["Reply.Body"] = body,
            ["Reply.StatusOnSend"] = "OutOfScope",
            ["Reply.ReferralId"] = referralId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);

        await staff.PostHandlerAsync(Url(c), "Reply", new Dictionary<string, string>
        {
            ["version"] = "0",
            ["Reply.Subject"] = "ご案内",
            ["Reply.Body"] = body,
            ["Reply.StatusOnSend"] = "OutOfScope",
            ["Reply.ReferralId"] = referralId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reply.ReasonId"] = reasonId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var after = await app.CaseAsync(c.ReceiptNumber);
        Assert.Equal(CaseStatus.OutOfScope, after.Status);
        Assert.Equal(referralId, after.ReferralId);
        Assert.Equal(reasonId, after.OutOfScopeReasonId);
    }

    [Theory, BothDatabases]
    public async Task Merge_MarksTheDuplicate_AndBothKeepTheirHistory(DatabaseKind kind)
    {
        var (app, staff, c) = await StartAsync(kind);
        await using var _ = app;
        var other = await app.CaseAsync(await app.Client().SubmitAsync());

        await staff.PostHandlerAsync(Url(other), "Merge", new Dictionary<string, string> { ["version"] = "0", ["target"] = c.ReceiptNumber });

        var merged = await app.CaseAsync(other.ReceiptNumber);
        Assert.Equal(CaseStatus.Merged, merged.Status);
        Assert.Equal(c.Id, merged.MergedIntoId);
        var events = await app.WithDbAsync(db => db.Set<ConsultationEvent>().Where(e => e.ConsultationId == c.Id || e.ConsultationId == other.Id)
            .Select(e => new { e.ConsultationId, e.Kind }).ToListAsync());
        Assert.Contains(events, e => e.ConsultationId == other.Id && e.Kind == CaseEvents.Received);
        Assert.Contains(events, e => e.ConsultationId == other.Id && e.Kind == CaseEvents.MergedInto);
        Assert.Contains(events, e => e.ConsultationId == c.Id && e.Kind == CaseEvents.MergedFrom);
        var page = await staff.GetPageAsync(Url(c));
        Assert.Contains(other.ReceiptNumber, page.QuerySelector("#related-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);

        // Merged is final.
        var refused = await staff.PostHandlerAsync(Url(other), "Status", new Dictionary<string, string> { ["version"] = merged.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["status"] = "InProgress" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }

    [Theory, BothDatabases]
    public async Task WithApprovalRequired_AConsultantsReplyWaits_UntilASupervisorApproves(DatabaseKind kind)
    {
        var (app, consultant, c) = await StartAsync(kind);
        await using var _ = app;
        await app.SetSettingAsync(Anshin.Web.Platform.Settings.SettingKeys.RequireReplyApproval, "true");
        await app.Staff().InRole(StaffRoles.Supervisor).CreateAsync("wf-boss");
        var supervisor = await app.SignedInClientAsync("wf-boss");

        await consultant.PostHandlerAsync(Url(c), "Reply", new Dictionary<string, string>
        {
            ["version"] = "0",
            ["Reply.Subject"] = "回答",
            ["Reply.Body"] = "承認を待つ回答です。",
            ["Reply.StatusOnSend"] = "Answered",
        });
        var waiting = await app.CaseAsync(c.ReceiptNumber);
        var messageId = await app.WithDbAsync(db => db.Set<ConsultationMessage>().Where(m => m.ConsultationId == c.Id && m.ReplyState == ReplyState.AwaitingApproval).Select(m => m.Id).SingleAsync());
        Assert.Equal(CaseStatus.New, waiting.Status);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Kind == OutboxKinds.Reply)));

        var consultantApproves = await consultant.PostHandlerAsync(Url(c), "Approve", new Dictionary<string, string> { ["message"] = messageId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains("/staff/access-denied", consultantApproves.Location(), StringComparison.Ordinal);

        var approved = await supervisor.PostHandlerAsync(Url(c), "Approve", new Dictionary<string, string> { ["message"] = messageId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(Url(c), approved.Location());
        Assert.Equal(CaseStatus.Answered, (await app.CaseAsync(c.ReceiptNumber)).Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Kind == OutboxKinds.Reply)));
        Assert.Single(await app.AuditAsync(DeskAudit.ReplyApproved));
    }

    [Theory, BothDatabases]
    public async Task PhoneConsultation_IsRecordedWithTheCallTimes(DatabaseKind kind)
    {
        var (app, staff, _) = await StartAsync(kind);
        await using var __ = app;

        var response = await staff.SubmitAsync("/desk/new?channel=Phone", new Dictionary<string, string>
        {
            ["Channel"] = "Phone",
            ["Input.DeviceType"] = "Smartphone",
            ["Input.WhatHappened"] = "SMSのリンクからアプリを入れてしまった。",
            ["Input.Phone"] = "03-1234-5678",
            ["Input.CallStartedAt"] = "2026-11-20T10:05:00",
            ["Input.CallEndedAt"] = "2026-11-20T10:41:00",
            ["Input.Notes"] = "アプリの削除方法を案内した。",
            ["Input.AnsweredOnCall"] = "true",
        }, "/desk/new");

        Assert.StartsWith("/desk/cases/", response.Location(), StringComparison.Ordinal);
        var id = long.Parse(response.Location()!["/desk/cases/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var c = await app.WithDbAsync(db => db.Set<Consultation>().SingleAsync(x => x.Id == id));
        Assert.Equal(Channel.Phone, c.Channel);
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal(new DateTime(2026, 11, 20, 1, 5, 0, DateTimeKind.Utc), c.ReceivedAt);
        var call = await app.WithDbAsync(db => db.Set<ConsultationMessage>().SingleAsync(m => m.ConsultationId == id));
        Assert.Equal(MessageKind.PhoneCall, call.Kind);
        Assert.Equal(TimeSpan.FromMinutes(36), call.CallEndedAt - call.CallStartedAt);
        var page = await staff.GetPageAsync($"/desk/cases/{id}");
        Assert.Contains("目安時間超過", page.QuerySelector("#thread-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.ConsultationId == id)));
    }
}
