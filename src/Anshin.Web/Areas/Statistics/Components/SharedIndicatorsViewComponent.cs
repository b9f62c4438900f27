using Anshin.Web.Areas.Statistics.Services;
using Microsoft.AspNetCore.Mvc;

namespace Anshin.Web.Areas.Statistics.Components;

/// <summary>On a case page: the case's scam indicators and the other cases that name them too.</summary>
public sealed class SharedIndicatorsViewComponent(IndicatorBoard board) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long consultationId) =>
        View("/Areas/Statistics/Pages/Shared/_SharedIndicators.cshtml", await board.SharedWithAsync(consultationId, HttpContext.RequestAborted));
}
