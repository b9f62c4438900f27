using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Anshin.Web.Platform.Audit;

/// <summary><c>GET /api/audit</c>: the audit trail for administrators and for clients with the <c>audit.read</c> scope.</summary>
public static class AuditEndpoints
{
    public const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", ListAsync)
            .WithTags("Audit")
            .WithSummary("Audit trail entries, newest first")
            .RequireAuthorization(StaffRoles.AuditReadPolicy);
        return app;
    }

    private static async Task<Ok<AuditPage>> ListAsync(
        [AsParameters] AuditQuery query, AnshinDbContext db, int? page, int? pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 100, 1, MaxPageSize);
        var number = Math.Max(page ?? 1, 1);
        var filtered = query.Apply(db.Set<AuditEntry>().AsNoTracking());
        var total = await filtered.CountAsync(ct);
        var skip = (number - 1) * size; // a local, not an expression: EF Core would compile a delegate for it on every call
        var items = await filtered.Skip(skip).Take(size)
            .Select(e => new AuditEntryDto(
                e.Id, DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc), e.ActorId, e.ActorName, e.Action, e.Target,
                e.Succeeded, e.IpAddress, e.Detail))
            .ToListAsync(ct);
        return TypedResults.Ok(new AuditPage(number, size, total, items));
    }
}

public sealed record AuditEntryDto(
    long Id, DateTime OccurredAt, string? ActorId, string? ActorName, string Action, string? Target,
    bool Succeeded, string? IpAddress, string? Detail);

public sealed record AuditPage(int Page, int PageSize, int Total, IReadOnlyList<AuditEntryDto> Items);
