using Anshin.Web.Areas.Desk;
using Anshin.Web.Areas.Statistics.Model;
using Anshin.Web.Areas.Statistics.Services;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Statistics.Pages.Manage;

/// <summary>
/// Historical figures (<c>/staff/statistics/history</c>): the imported yearly and quarterly counts, a CSV import that
/// either takes the whole file or changes nothing, and removal of a figure. Supervisors and administrators.
/// </summary>
[Authorize(Policy = DeskPolicies.Supervise)]
public sealed class HistoryModel(HistoricalFigures figures, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int MaxFileBytes = 1_000_000;

    public IReadOnlyList<HistoricalCount> Figures { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [BindProperty]
    public string? Csv { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Figures = await figures.AllAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        var text = Csv ?? "";
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxFileBytes)
            {
                return await RefuseAsync([t["Statistics.History.TooLarge", MaxFileBytes / 1000]], ct);
            }

            using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
            text = await reader.ReadToEndAsync(ct);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return await RefuseAsync([t["Statistics.History.Nothing"]], ct);
        }

        var source = (Source ?? "").Trim();
        var outcome = await figures.ImportAsync(text, source.Length > 0 ? source : file?.FileName ?? "", ct);
        if (!outcome.Succeeded)
        {
            return await RefuseAsync([.. outcome.Problems.Select(p => t["Statistics.History.Line", p.Line, t[p.Code, p.Argument]].Value)], ct);
        }

        await audit.WriteAsync("statistics.history.imported", detail: $"{outcome.Stored} figures", ct: ct);
        TempData["Flash"] = t["Statistics.History.Imported", outcome.Stored].Value;
        return Redirect("/staff/statistics/history");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (await figures.DeleteAsync(id, ct))
        {
            await audit.WriteAsync("statistics.history.deleted", target: $"historical-figure:{id}", ct: ct);
            TempData["Flash"] = t["Statistics.History.Deleted"].Value;
        }

        return Redirect("/staff/statistics/history");
    }

    private async Task<IActionResult> RefuseAsync(IReadOnlyList<string> problems, CancellationToken ct)
    {
        Problems = problems;
        Figures = await figures.AllAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
