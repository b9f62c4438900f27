using System.ComponentModel.DataAnnotations;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Admin.Pages.Settings;

/// <summary>The desk's public contact details and phone hours, and whether staff must use two-factor sign-in.</summary>
public sealed class IndexModel(AnshinDbContext db, SiteSettings settings, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var desk = await settings.DeskAsync(ct);
        Input = new InputModel
        {
            NameJa = desk.NameJa,
            NameEn = desk.NameEn,
            Phone = desk.Phone,
            Fax = desk.Fax,
            Email = desk.Email,
            AddressJa = desk.AddressJa,
            AddressEn = desk.AddressEn,
            PhoneHours = string.Join(", ", desk.PhoneHours),
            RequireTwoFactor = await settings.GetBoolAsync(SettingKeys.RequireTwoFactor, ct),
            RequireReplyApproval = await settings.GetBoolAsync(SettingKeys.RequireReplyApproval, ct),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!PhoneHours.TryParseList(Input.PhoneHours ?? "", out var hours))
        {
            ModelState.AddModelError("Input.PhoneHours", t["Settings.PhoneHoursInvalid"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await settings.StageAsync(new Dictionary<string, string>
        {
            [SettingKeys.DeskNameJa] = Input.NameJa.Trim(),
            [SettingKeys.DeskNameEn] = Input.NameEn.Trim(),
            [SettingKeys.DeskPhone] = Input.Phone?.Trim() ?? "",
            [SettingKeys.DeskFax] = Input.Fax?.Trim() ?? "",
            [SettingKeys.DeskEmail] = Input.Email?.Trim() ?? "",
            [SettingKeys.DeskAddressJa] = Input.AddressJa?.Trim() ?? "",
            [SettingKeys.DeskAddressEn] = Input.AddressEn?.Trim() ?? "",
            [SettingKeys.DeskPhoneHours] = string.Join(',', hours),
            [SettingKeys.RequireTwoFactor] = Input.RequireTwoFactor ? "true" : "false",
            [SettingKeys.RequireReplyApproval] = Input.RequireReplyApproval ? "true" : "false",
        }, ct);
        audit.Add(AuditActions.SettingsChanged, "settings", detail: $"require-two-factor={Input.RequireTwoFactor}; require-reply-approval={Input.RequireReplyApproval}");
        await db.SaveChangesAsync(ct);
        await settings.InvalidateAsync();
        TempData["Flash"] = t["Settings.Saved"].Value;
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Settings.NameJa")]
        [StringLength(100, ErrorMessage = "Validation.TooLong")]
        public string NameJa { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Settings.NameEn")]
        [StringLength(100, ErrorMessage = "Validation.TooLong")]
        public string NameEn { get; set; } = "";

        [Display(Name = "Settings.Phone")]
        [RegularExpression(@"^[0-9０-９#＃\-－() ]{2,20}$", ErrorMessage = "Settings.PhoneInvalid")]
        public string? Phone { get; set; }

        [Display(Name = "Settings.Fax")]
        [RegularExpression(@"^[0-9０-９\-－() ]{2,20}$", ErrorMessage = "Settings.PhoneInvalid")]
        public string? Fax { get; set; }

        [Display(Name = "Settings.Email")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(256, ErrorMessage = "Validation.TooLong")]
        public string? Email { get; set; }

        [Display(Name = "Settings.AddressJa")]
        [StringLength(300, ErrorMessage = "Validation.TooLong")]
        public string? AddressJa { get; set; }

        [Display(Name = "Settings.AddressEn")]
        [StringLength(300, ErrorMessage = "Validation.TooLong")]
        public string? AddressEn { get; set; }

        [Display(Name = "Settings.PhoneHours")]
        public string? PhoneHours { get; set; }

        [Display(Name = "Settings.RequireTwoFactor")]
        public bool RequireTwoFactor { get; set; }

        [Display(Name = "Settings.RequireReplyApproval")]
        public bool RequireReplyApproval { get; set; }
    }
}
