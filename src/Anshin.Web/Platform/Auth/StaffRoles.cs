namespace Anshin.Web.Platform.Auth;

/// <summary>The staff roles (相談員, 監督者, 分析担当, 管理者) and the policies built on them.</summary>
public static class StaffRoles
{
    public const string Consultant = "Consultant";
    public const string Supervisor = "Supervisor";
    public const string Analyst = "Analyst";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Consultant, Supervisor, Analyst, Admin];

    /// <summary>Any signed-in staff member.</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>Administrators only.</summary>
    public const string AdminPolicy = "Admin";

    /// <summary>Reading the audit trail: administrators, or machine clients holding the <c>audit.read</c> scope.</summary>
    public const string AuditReadPolicy = "AuditRead";
}
