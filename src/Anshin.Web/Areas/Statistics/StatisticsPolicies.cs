using Anshin.Web.Platform.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Anshin.Web.Areas.Statistics;

/// <summary>
/// Every staff role reads the dashboard (<see cref="Desk.DeskPolicies.Read"/>); analysts, supervisors and administrators
/// write quarterly reports; supervisors and administrators publish them and import historical figures.
/// </summary>
public static class StatisticsPolicies
{
    public const string Report = "Statistics.Report";

    public static AuthorizationBuilder AddStatisticsPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Report, p => p.RequireAuthenticatedUser().AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireRole(StaffRoles.Analyst, StaffRoles.Supervisor, StaffRoles.Admin));
}
