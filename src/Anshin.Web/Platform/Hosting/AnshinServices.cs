using Anshin.Web.Areas.Desk;
using Anshin.Web.Areas.Knowledge;
using Anshin.Web.Areas.Otasuketai;
using Anshin.Web.Areas.SecurityAction;
using Anshin.Web.Areas.SelfCheck;
using Anshin.Web.Areas.Statistics;
using Anshin.Web.Platform.Api;
using Anshin.Web.Platform.Audit;
using Anshin.Web.Platform.Auth;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Health;
using Anshin.Web.Platform.Localization;
using Anshin.Web.Platform.Outbox;
using Anshin.Web.Platform.Pdf;
using Anshin.Web.Platform.Security;
using Anshin.Web.Platform.Settings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;

namespace Anshin.Web.Platform.Hosting;

/// <summary>Everything the host registers; modules add their own <c>Add…</c> call here.</summary>
public static class AnshinServices
{
    public static WebApplicationBuilder AddAnshin(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Serve wwwroot (and its compressed variants) from a build output in every environment, so that
        // `dotnet run` works in Production mode too. A published app has no such manifest; nothing changes there.
        builder.WebHost.UseStaticWebAssets();

        services.AddSingleton(TimeProvider.System);
        // Write Japanese as text, not as numeric character references, in every page.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddAnshinDatabase();
        services.AddAnshinLocalization();
        services.AddAnshinAuth();
        services.AddAnshinApi();
        services.AddAnshinHealth();
        services.AddPublicPageCache();
        services.AddAnshinOutbox();
        services.AddDesk();
        services.AddKnowledge();
        services.AddStatistics();
        services.AddSelfCheck();
        services.AddSecurityAction();
        services.AddOtasuketai();

        services.AddOptions<HostingOptions>().BindConfiguration(HostingOptions.Section);
        services.AddSingleton<SiteAddress>();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<RateLimitCleanup>();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });

        services.AddDataProtection().SetApplicationName("Anshin");
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<DatabaseXmlRepository>((o, repository) => o.XmlRepository = repository);

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "anshin.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        services.AddOptions<PdfOptions>().BindConfiguration(PdfOptions.Section);
        services.AddSingleton<ChromiumPdf>();
        services.AddScoped<ViewHtml>();
        services.AddScoped<AuditLog>();
        services.AddSingleton<AuditWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditWriter>());
        services.AddScoped<SiteSettings>();
        services.AddScoped<DeskCalendar>();
        services.AddScoped<HolidayImporter>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<IDemoContent, DeskProfileDemoContent>();
        services.AddHostedService<DatabaseStartup>();

        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeAreaFolder("Admin", "/", StaffRoles.AdminPolicy);
                o.Conventions.AuthorizeAreaFolder("Staff", "/", StaffRoles.StaffPolicy);
                o.Conventions.AuthorizeAreaFolder("Desk", "/", DeskPolicies.Read);
                o.Conventions.AllowAnonymousToAreaFolder("Desk", "/Consult");
                o.Conventions.AuthorizeAreaFolder("Knowledge", "/Manage", KnowledgePolicies.Write);
                o.Conventions.AuthorizeAreaFolder("Statistics", "/Manage", DeskPolicies.Read);
                o.Conventions.AuthorizeAreaFolder("SecurityAction", "/Manage", SecurityActionModule.ReviewPolicy);
                o.Conventions.AuthorizeAreaFolder("Otasuketai", "/Manage", OtasuketaiModule.ReviewPolicy);
                o.Conventions.AuthorizeAreaPage("Otasuketai", "/Manage/Standard", OtasuketaiModule.StandardPolicy);
                o.Conventions.AddAreaPageRoute("Otasuketai", "/Provider/Edit", "otasuketai/provider/services/new");
                o.Conventions.AllowAnonymousToAreaPage("Staff", "/SignIn");
                o.Conventions.AllowAnonymousToAreaPage("Staff", "/SignInTwoFactor");
                o.Conventions.AllowAnonymousToAreaPage("Staff", "/AccessDenied");
            })
            .AddMvcOptions(o => o.Filters.AddService<AccountCompletionFilter>())
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>()
            .Configure<Microsoft.Extensions.Localization.IStringLocalizerFactory>((o, factory) => LocalizeModelBinding(o, factory));
        return builder;
    }

    /// <summary>Model-binding messages ("the value 'x' is not valid") in the visitor's language.</summary>
    private static void LocalizeModelBinding(Microsoft.AspNetCore.Mvc.MvcOptions o, Microsoft.Extensions.Localization.IStringLocalizerFactory factory)
    {
        var t = factory.Create(typeof(SharedResource));
        var messages = o.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => t["Validation.ValueInvalid", value, field]);
        messages.SetValueIsInvalidAccessor(value => t["Validation.ValueInvalid", value, ""]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["Validation.ValueInvalid", value, ""]);
        messages.SetUnknownValueIsInvalidAccessor(field => t["Validation.ValueInvalid", "", field]);
        messages.SetValueMustNotBeNullAccessor(_ => t["Validation.ValueRequired"]);
        messages.SetMissingBindRequiredValueAccessor(_ => t["Validation.ValueRequired"]);
        messages.SetMissingKeyOrValueAccessor(() => t["Validation.ValueRequired"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => t["Validation.BodyRequired"]);
        messages.SetValueMustBeANumberAccessor(field => t["Validation.MustBeNumber", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => t["Validation.MustBeNumber", ""]);
    }
}
