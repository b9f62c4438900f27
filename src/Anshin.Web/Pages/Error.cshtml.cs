using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Pages;

/// <summary>The generic error page: an apology and a reference for the operator's logs, never internals.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";

    public void OnGet() => RequestId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;

    public void OnPost() => OnGet();
}
