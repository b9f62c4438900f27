using Anshin.Web.Platform.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Anshin.Web.Platform.Health;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: it can also reach its database.</summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddAnshinHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapAnshinHealth(this IEndpointRouteBuilder app)
    {
        // Short-circuited right after routing: probes answer even when authentication could not run.
        app.MapHealthChecks("/healthz", new() { Predicate = _ => false }).ShortCircuit();
        app.MapHealthChecks("/readyz", new() { Predicate = c => c.Tags.Contains("ready") }).ShortCircuit();
        return app;
    }

}

internal sealed class DatabaseHealthCheck(AnshinDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            return await db.Database.CanConnectAsync(timeout.Token)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
