using Anshin.Web.Areas.Desk;
using Anshin.Web.Areas.Desk.Mail;
using Anshin.Web.Areas.Otasuketai;
using Anshin.Web.Areas.SecurityAction;
using Anshin.Web.Areas.SelfCheck.Accounts;
using Anshin.Web.Areas.Statistics;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Auth;

public static class AuthServices
{
    public static IServiceCollection AddAnshinAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddIdentity<StaffUser, IdentityRole>(o =>
            {
                // NIST SP 800-63B: length and a deny-list (StaffPasswordValidator), no composition rules.
                o.Password.RequiredLength = Anshin.Core.Security.PasswordPolicy.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
                o.SignIn.RequireConfirmedAccount = false;
                o.Tokens.AuthenticatorTokenProvider = TotpTokenProvider.Name;
            })
            .AddUserStore<StaffUserStore>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AnshinDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<StaffPasswordValidator>()
            .AddTokenProvider<TotpTokenProvider>(TotpTokenProvider.Name)
            .AddDefaultTokenProviders();

        services.AddOptions<IdentityOptions>().Configure<IOptions<AuthOptions>>((o, auth) =>
        {
            o.Lockout.MaxFailedAccessAttempts = auth.Value.MaxFailedAttempts;
            o.Lockout.DefaultLockoutTimeSpan = auth.Value.LockoutDuration;
        });
        services.AddScoped<ISecurityStampValidator, StaffSessionValidator>();
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<AuthOptions>>((o, auth) =>
            o.ValidationInterval = auth.Value.SecurityStampValidationInterval);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<AuthOptions>>((o, auth) =>
            o.ExpireTimeSpan = auth.Value.SessionIdleTimeout);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "anshin.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/staff/signin";
            o.LogoutPath = "/staff/signout";
            o.AccessDeniedPath = "/staff/access-denied";
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        services.ConfigureExternalCookie(o => o.Cookie.Name = "anshin.external");
        services.AddAuthentication()
            .AddOrganisationCookie()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.PostConfigure<CookieAuthenticationOptions>(
            IdentityConstants.TwoFactorUserIdScheme, o => o.Cookie.Name = "anshin.2fa");

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.StaffPolicy, p => p.RequireAuthenticatedUser()
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireRole(StaffRoles.All))
            .AddPolicy(StaffRoles.AdminPolicy, p => p.RequireAuthenticatedUser()
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireRole(StaffRoles.Admin))
            .AddPolicy(StaffRoles.AuditReadPolicy, p => p
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiTokenAuthenticationHandler.SchemeName)
                .RequireAssertion(c => c.User.IsInRole(StaffRoles.Admin)
                    || c.User.HasClaim(ApiTokenAuthenticationHandler.ScopeClaim, ApiScopes.AuditRead)))
            .AddDeskPolicies()
            .AddStatisticsPolicies()
            .AddSecurityActionPolicies()
            .AddOtasuketaiPolicies()
            .AddInboundMailPolicy();

        services.AddSingleton<ApiTokenCache>();
        services.AddScoped<AccountCompletionFilter>();
        services.AddScoped<FirstAdministrator>();
        services.AddScoped<SignInRecorder>();
        return services;
    }

    private static Task ApiAwareRedirect(
        RedirectContext<CookieAuthenticationOptions> ctx,
        int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
