using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Anshin.Web.Platform.Auth;

public static class AuthServices
{
    public static IServiceCollection AddAnshinAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();

        services.AddIdentity<StaffUser, IdentityRole>(o =>
            {
                // NIST SP 800-63B: length and a deny-list (StaffPasswordValidator), no composition rules.
                o.Password.RequiredLength = Anshin.Core.Security.PasswordPolicy.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = auth.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = auth.LockoutDuration;
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

        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = auth.SecurityStampValidationInterval);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "anshin.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/staff/signin";
            o.LogoutPath = "/staff/signout";
            o.AccessDeniedPath = "/staff/access-denied";
            o.ExpireTimeSpan = auth.SessionIdleTimeout;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        services.ConfigureExternalCookie(o => o.Cookie.Name = "anshin.external");
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.PostConfigure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
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
                    || c.User.HasClaim(ApiTokenAuthenticationHandler.ScopeClaim, ApiScopes.AuditRead)));

        services.AddScoped<AccountCompletionFilter>();
        services.AddScoped<FirstAdministrator>();
        return services;
    }

    private static Task ApiAwareRedirect(
        Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx,
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
