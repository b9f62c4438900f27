using System.ComponentModel.DataAnnotations;
using Anshin.Core.Security;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Staff.Pages.Account;

/// <summary>Enrol an authenticator app (QR code or key), confirm with a code, receive recovery codes once.</summary>
[AllowIncompleteAccount]
public sealed class TwoFactorModel(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    IUserStore<StaffUser> store,
    SiteSettings settings,
    AuditLog audit,
    IOptions<AuthOptions> options,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "TwoFactor.Code")]
    [StringLength(16, ErrorMessage = "Validation.TooLong")]
    public string Code { get; set; } = "";

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string OtpAuthUri { get; private set; } = "";

    public string QrDataUri { get; private set; } = "";

    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider,
            Code.Replace(" ", "", StringComparison.Ordinal));
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), t["TwoFactor.CodeWrong"]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = await ReplaceRecoveryCodesAsync(user);
        await audit.WriteAsync(AuditActions.TwoFactorEnabled, "staff:" + user.Id);
        await signIn.RefreshSignInAsync(user);
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Issues a fresh set of recovery codes (the old ones stop working).</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        NewRecoveryCodes = await ReplaceRecoveryCodesAsync(user);
        await audit.WriteAsync(AuditActions.RecoveryCodesGenerated, "staff:" + user.Id);
        ModelState.Clear();
        await LoadAsync(user);
        return Page();
    }

    private async Task<IReadOnlyList<string>> ReplaceRecoveryCodesAsync(StaffUser user)
    {
        var codes = RecoveryCodes.Generate();
        await ((IUserTwoFactorRecoveryCodeStore<StaffUser>)store).ReplaceCodesAsync(user, codes, HttpContext.RequestAborted);
        await users.UpdateAsync(user);
        return codes;
    }

    private async Task LoadAsync(StaffUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = await settings.GetBoolAsync(SettingKeys.RequireTwoFactor);
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Creating the key changes the security stamp; refresh the cookie or the next request signs the user out.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        OtpAuthUri = Totp.OtpAuthUri(options.Value.TotpIssuer, user.UserName ?? user.Id, Base32.Decode(key));
        QrDataUri = QrCodeImage.SvgDataUri(OtpAuthUri);
    }
}
