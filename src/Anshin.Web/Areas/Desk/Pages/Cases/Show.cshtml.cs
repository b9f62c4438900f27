using System.Globalization;
using Anshin.Core.Calendar;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk.Pages.Cases;

/// <summary>One case on one screen: answers, thread, attachments, classification, reply, history, other cases.</summary>
public sealed partial class ShowModel(
    AnshinDbContext db,
    CaseViews views,
    CaseWorkflow workflow,
    CaseThread thread,
    ReplyService replies,
    Anshin.Web.Areas.Desk.Mail.CaseMailActions mailActions,
    SiteSettings settings,
    AuditLog audit,
    IOptions<DeskOptions> options,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public CaseView View { get; private set; } = null!;

    public IReadOnlyList<Method> Methods { get; private set; } = [];

    public IReadOnlyList<ReplyTemplate> Templates { get; private set; } = [];

    public IReadOnlyList<Referral> Referrals { get; private set; } = [];

    public IReadOnlyList<OutOfScopeReason> Reasons { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Assignable { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool RequiresApproval { get; private set; }

    public TimeSpan CallGuideline => options.Value.PhoneCallGuideline;

    public long AttachmentGuideline => options.Value.MaxAttachmentBytes;

    [BindProperty]
    public ReplyInput Reply { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, int? template, int? referral, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await audit.WriteAsync(DeskAudit.CaseViewed, DeskAudit.Target(id), ct: ct);
        await PrefillReplyAsync(template, referral, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var view = await views.LoadAsync(id, ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        Today = BusinessCalendar.ToTokyoDate(clock.GetUtcNow());
        RequiresApproval = await settings.GetBoolAsync(SettingKeys.RequireReplyApproval, ct);
        Methods = await db.Set<Method>().AsNoTracking().Where(m => m.IsActive || m.Id == view.Case.MethodId)
            .OrderBy(m => m.ParentId ?? m.Id).ThenBy(m => m.ParentId != null).ThenBy(m => m.SortOrder).ToListAsync(ct);
        Templates = await db.Set<ReplyTemplate>().AsNoTracking().Where(r => r.IsActive)
            .OrderBy(r => r.MethodId != view.Case.MethodId).ThenBy(r => r.SortOrder).ThenBy(r => r.Title).ToListAsync(ct);
        Referrals = await db.Set<Referral>().AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.SortOrder).ToListAsync(ct);
        Reasons = await db.Set<OutOfScopeReason>().AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.SortOrder).ToListAsync(ct);
        var roles = new[] { StaffRoles.Consultant, StaffRoles.Supervisor };
        Assignable = (await (from u in db.Users
                             join ur in db.UserRoles on u.Id equals ur.UserId
                             join r in db.Roles on ur.RoleId equals r.Id
                             where u.IsActive && roles.Contains(r.Name!)
                             select new { u.Id, u.DisplayName }).Distinct().OrderBy(u => u.DisplayName).ToListAsync(ct))
            .Select(u => (u.Id, u.DisplayName)).ToList();
        return true;
    }

    /// <summary>Fills the composer from a template (and a referral for out-of-scope answers), without JavaScript.</summary>
    private async Task PrefillReplyAsync(int? templateId, int? referralId, CancellationToken ct)
    {
        var c = View.Case;
        Reply.Subject = $"{DeskMail.CaseTag(c.ReceiptNumber)} {t["Reply.DefaultSubject"]}";
        var referral = referralId is null ? null : Referrals.FirstOrDefault(r => r.Id == referralId);
        if (referral is not null)
        {
            Reply.StatusOnSend = CaseStatus.OutOfScope;
            Reply.ReferralId = referral.Id;
        }

        var template = templateId is null ? null : Templates.FirstOrDefault(x => x.Id == templateId);
        if (template is null && referral is null)
        {
            return;
        }

        var desk = await settings.DeskAsync(ct);
        var culture = CultureInfo.GetCultureInfo(c.Language);
        var values = new Dictionary<string, string>
        {
            ["receipt"] = c.ReceiptNumber,
            ["name"] = c.ConsulterName ?? t["Ack.DefaultName"],
            ["due"] = c.DueDate.ToString("D", culture),
            ["desk"] = desk.Name(culture),
            ["desk_phone"] = desk.Phone,
            ["consultant"] = (await StaffActor.CurrentAsync(db, User, ct)).Name,
            ["referral"] = referral is null ? "" : ReferralText(referral),
        };
        var body = template?.Body ?? "{referral}";
        if (referral is not null && !body.Contains("{referral}", StringComparison.Ordinal) && !body.Contains("{紹介先}", StringComparison.Ordinal))
        {
            body += "\n\n{referral}";
        }

        Reply.TemplateId = template?.Id;
        Reply.Body = ReplyTemplateRenderer.Render(body, values);
    }

    public static string ReferralText(Referral r) =>
        string.Join('\n', new[] { r.Name, r.Phone, r.Url, r.Hours, r.Topics }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public bool IsOverdue => SlaClock.IsOverdue(View.Case, Today);

    public bool IsDueToday => SlaClock.IsDueToday(View.Case, Today);

    public string MethodName(Method m) => m.Name(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja");

}

/// <summary>The reply composer.</summary>
public sealed class ReplyInput
{
    public int? TemplateId { get; set; }

    public string? Subject { get; set; }

    public string? Body { get; set; }

    public CaseStatus StatusOnSend { get; set; } = CaseStatus.Answered;

    public int? ReasonId { get; set; }

    public int? ReferralId { get; set; }
}
