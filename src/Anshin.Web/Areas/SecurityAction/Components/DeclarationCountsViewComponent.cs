using Anshin.Web.Areas.SecurityAction.Services;
using Microsoft.AspNetCore.Mvc;

namespace Anshin.Web.Areas.SecurityAction.Components;

/// <summary>On the public statistics page: active SECURITY ACTION declarations by level, prefecture and industry.</summary>
public sealed class DeclarationCountsViewComponent(DeclarationRegistry registry) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Areas/SecurityAction/Pages/Shared/_DeclarationCounts.cshtml", await registry.CountsAsync(HttpContext.RequestAborted));
}
