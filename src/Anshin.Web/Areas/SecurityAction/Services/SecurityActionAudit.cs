namespace Anshin.Web.Areas.SecurityAction.Services;

/// <summary>Audit action codes of SECURITY ACTION.</summary>
public static class SecurityActionAudit
{
    public const string Suspended = "sa.suspend";
    public const string Reinstated = "sa.reinstate";
}
