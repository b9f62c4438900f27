using Anshin.Web.Areas.SecurityAction.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anshin.Web.Areas.SecurityAction.Pages;

/// <summary>The public list of organisations with an active declaration, searchable by name, prefecture, industry and level.</summary>
public sealed class DeclarantsModel(DeclarationRegistry registry) : PageModel
{
    public DeclarantQuery Query { get; private set; } = new(null, null, null, null);

    public DeclarantPage Results { get; private set; } = new([], 0, 1, DeclarationRegistry.PageSize);

    public async Task OnGetAsync(string? q, int? prefecture, string? industry, int? level, int p = 1, CancellationToken ct = default)
    {
        Query = new DeclarantQuery(q, prefecture is >= 1 and <= 47 ? prefecture : null,
            Anshin.Core.Organisations.Industries.IsValid(industry) ? industry : null, level is 1 or 2 ? level : null, Math.Clamp(p, 1, 10_000));
        Results = await registry.ListAsync(Query, ct);
    }

    /// <summary>The list's address with the current filters and another page number.</summary>
    public string PageLink(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Query.Name,
            ["prefecture"] = Query.Prefecture?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["industry"] = Query.Industry,
            ["level"] = Query.Level?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/security-action/declarants", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
