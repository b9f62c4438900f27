using System.Globalization;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Security;

/// <summary>
/// Counts anonymous POST requests and sign-in attempts per client address in fixed windows kept in the database,
/// so several instances behind a load balancer share one limit. Sign-in has its own, tighter bucket. Over the
/// limit: 429 with Retry-After (a problem document for the API, the localised status page otherwise).
/// </summary>
internal sealed class PostRateLimiter(RequestDelegate next, IOptionsMonitor<RateLimitOptions> options, TimeProvider clock)
{
    /// <summary>Where a password or a code is guessed: the staff sign-in, and the organisations' sign-in and resume code.</summary>
    private static readonly string[] SignInPaths = ["/staff/signin", "/self-check/signin", "/self-check/resume"];

    public async Task InvokeAsync(HttpContext context)
    {
        var limits = options.CurrentValue;
        // A status page re-executing the pipeline for the same request must not count it twice.
        if (!limits.Enabled || !HttpMethods.IsPost(context.Request.Method)
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        // The mailgate posts every message the MTA receives, from the loopback address; it proves who it is with its
        // token (checked by the endpoint), and a burst of mail must queue in Postfix, not be refused here.
        if (context.Request.Path.StartsWithSegments("/api/mail/inbound", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (context.GetEndpoint()?.Metadata.GetMetadata<UncountedPostHandlersAttribute>() is { } uncounted && uncounted.Covers(context))
        {
            await next(context);
            return;
        }

        var signIn = SignInPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
        if (!signIn && context.User.Identity?.IsAuthenticated == true)
        {
            // Signed-in staff and API clients are accountable by name, and a whole desk may share one
            // office address: only anonymous POSTs and sign-in attempts are counted.
            await next(context);
            return;
        }

        var bucket = signIn ? "signin" : "post";
        var limit = signIn ? limits.SignInPerWindow : limits.PostsPerWindow;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var windowSeconds = (long)limits.Window.TotalSeconds;
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var windowStart = now - (now % windowSeconds);

        // Resolved here, not as parameters, so that GET requests never create a data context.
        var db = context.RequestServices.GetRequiredService<AnshinDbContext>();
        var count = await CountAsync(db, $"{bucket}:{address}", windowStart, context.RequestAborted);
        if (count > limit)
        {
            var retryAfter = windowStart + windowSeconds - now;
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                return; // the status-code page explains it in the visitor's language
            }

            var t = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            await Results.Problem(
                    title: t["RateLimit.Title"],
                    detail: t["RateLimit.Detail", Math.Max(1, (retryAfter + 59) / 60)],
                    statusCode: StatusCodes.Status429TooManyRequests)
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static async Task<int> CountAsync(AnshinDbContext db, string key, long windowStart, CancellationToken ct)
    {
        // One atomic statement on both providers (SQLite ≥ 3.35 and PostgreSQL support ON CONFLICT … RETURNING).
        var rows = await db.Database.SqlQuery<int>($"""
            INSERT INTO "RateLimitWindows" ("Key", "WindowStart", "Count") VALUES ({key}, {windowStart}, 1)
            ON CONFLICT ("Key", "WindowStart") DO UPDATE SET "Count" = "RateLimitWindows"."Count" + 1
            RETURNING "Count" AS "Value"
            """).ToListAsync(ct);
        return rows[0];
    }
}

/// <summary>Deletes counters of windows that have ended, so the table stays small.</summary>
internal sealed class RateLimitCleanup(IServiceScopeFactory scopes, IOptionsMonitor<RateLimitOptions> options,
    TimeProvider clock, ILogger<RateLimitCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<AnshinDbContext>();
                var cutoff = clock.GetUtcNow().ToUnixTimeSeconds() - (long)options.CurrentValue.Window.TotalSeconds * 2;
                await db.Set<RateLimitWindow>().Where(w => w.WindowStart < cutoff).ExecuteDeleteAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Rate-limit cleanup failed; it will run again");
            }
        }
    }
}
