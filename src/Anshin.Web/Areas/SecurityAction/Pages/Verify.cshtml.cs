using Anshin.Web.Areas.SecurityAction.Api;
using Anshin.Web.Areas.SecurityAction.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Anshin.Web.Areas.SecurityAction.Pages;

/// <summary>Anyone checks a declaration ID or a corporate number (a subsidy reviewer, a customer): the same facts as the API.</summary>
[EnableRateLimiting(VerificationApi.RateLimitPolicy)]
public sealed class VerifyModel(DeclarationRegistry registry) : PageModel
{
    public string? Id { get; private set; }

    public string? CorporateNumber { get; private set; }

    public bool Searched { get; private set; }

    public bool Invalid { get; private set; }

    public IReadOnlyList<PublicDeclaration> Found { get; private set; } = [];

    public async Task OnGetAsync(string? id, string? corporateNumber, CancellationToken ct)
    {
        Id = id;
        CorporateNumber = corporateNumber;
        if (!string.IsNullOrWhiteSpace(id))
        {
            Searched = true;
            Invalid = !Anshin.Core.SecurityAction.DeclarationIds.IsWellFormed(id);
            Found = await registry.VerifyAsync(id, ct) is { } d ? [d] : [];
        }
        else if (!string.IsNullOrWhiteSpace(corporateNumber))
        {
            Searched = true;
            var number = DeclarationRegistry.CorporateNumberOf(corporateNumber);
            Invalid = number is null;
            Found = number is null ? [] : await registry.ByCorporateNumberAsync(number, ct);
        }
    }
}
