using Anshin.Web.Areas.Desk;
using Anshin.Web.Areas.Knowledge;
using Anshin.Web.Areas.Otasuketai;
using Anshin.Web.Areas.SecurityAction;
using Anshin.Web.Areas.SelfCheck;
using Anshin.Web.Areas.Statistics;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Health;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Security;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Platform.Hosting;

/// <summary>The request pipeline, in one readable order.</summary>
public static class AnshinPipeline
{
    public static WebApplication UseAnshin(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<HostingOptions>>().Value.TrustForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        app.UseAnshinSecurityHeaders();
        app.UseRequestLocalization();
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApi(c), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorPage.WriteAsync });
            pages.UseStatusCodePagesWithReExecute("/status/{0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseRouting();
        app.UseAuthentication();
        // Before the output cache, so that a cached answer counts toward the verification limit too.
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseMiddleware<PostRateLimiter>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapLanguageSwitch();
        app.MapAnshinHealth();
        app.MapCalendarApi();
        app.MapAuditApi();
        app.MapDesk();
        app.MapKnowledge();
        app.MapStatistics();
        app.MapSelfCheck();
        app.MapSecurityAction();
        app.MapOtasuketai();
        return app;
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");
}
