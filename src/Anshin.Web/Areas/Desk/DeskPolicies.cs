using Anshin.Web.Platform.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Anshin.Web.Areas.Desk;

/// <summary>
/// Who may do what at the desk: analysts read, consultants work cases, supervisors also assign, approve replies and
/// publications, and manage reply templates. Administrators hold every desk power (they can grant themselves any
/// role anyway); only they edit the taxonomy, reasons and referral directory.
/// </summary>
public static class DeskPolicies
{
    public const string Read = "Desk.Read";
    public const string Work = "Desk.Work";
    public const string Supervise = "Desk.Supervise";

    public static AuthorizationBuilder AddDeskPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Read, p => Staff(p).RequireRole(StaffRoles.Consultant, StaffRoles.Supervisor, StaffRoles.Analyst, StaffRoles.Admin))
        .AddPolicy(Work, p => Staff(p).RequireRole(StaffRoles.Consultant, StaffRoles.Supervisor, StaffRoles.Admin))
        .AddPolicy(Supervise, p => Staff(p).RequireRole(StaffRoles.Supervisor, StaffRoles.Admin));

    public static bool CanWork(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Consultant) || user.IsInRole(StaffRoles.Supervisor) || user.IsInRole(StaffRoles.Admin);

    public static bool CanSupervise(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Supervisor) || user.IsInRole(StaffRoles.Admin);

    private static AuthorizationPolicyBuilder Staff(AuthorizationPolicyBuilder p) =>
        p.RequireAuthenticatedUser().AddAuthenticationSchemes(IdentityConstants.ApplicationScheme);
}
