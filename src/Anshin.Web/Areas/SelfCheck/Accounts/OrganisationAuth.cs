namespace Anshin.Web.Areas.SelfCheck.Accounts;

/// <summary>
/// The session of an organisation in the SME programmes: a cookie of its own, apart from the staff's, so a staff
/// member trying the diagnosis stays one person to each side. It holds the organisation's id and security stamp;
/// <see cref="OrganisationSession"/> checks the stamp on every use.
/// </summary>
public static class OrganisationAuth
{
    public const string Scheme = "Organisation";
    public const string StampClaim = "anshin:org-stamp";

    public static Microsoft.AspNetCore.Authentication.AuthenticationBuilder AddOrganisationCookie(
        this Microsoft.AspNetCore.Authentication.AuthenticationBuilder builder) =>
        builder.AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "anshin.org";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/self-check/signin";
            o.AccessDeniedPath = "/self-check/signin";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
}
