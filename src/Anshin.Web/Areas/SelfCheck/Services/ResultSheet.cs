namespace Anshin.Web.Areas.SelfCheck.Services;

/// <summary>The views of the printable result sheet (the page shows the same partial).</summary>
public static class ResultSheet
{
    public const string Partial = "/Areas/SelfCheck/Pages/Shared/_ResultSheet.cshtml";
    public const string StandaloneView = "/Areas/SelfCheck/Pages/Shared/_ResultSheetStandalone.cshtml";
}
