using Anshin.Web.Areas.Desk.Api;
using Anshin.Web.Areas.Desk.Mail;
using Anshin.Web.Areas.Desk.Search;
using Anshin.Web.Areas.Desk.Services;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Jobs;
using Microsoft.Extensions.Options;

namespace Anshin.Web.Areas.Desk;

/// <summary>Registers the consultation desk: intake, cases, replies, search, retention.</summary>
public static class DeskModule
{
    public static IServiceCollection AddDesk(this IServiceCollection services)
    {
        services.AddOptions<DeskOptions>().BindConfiguration(DeskOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReceiptNumbers>();
        services.AddSingleton<AttachmentStore>();
        services.AddScoped<IntakeService>();
        services.AddScoped<IntakeRecorder>();
        services.AddSingleton<IntakeWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<IntakeWriter>());
        services.AddScoped<DeskMail>();
        services.AddScoped<CaseWorkflow>();
        services.AddScoped<CaseThread>();
        services.AddScoped<ReplyService>();
        services.AddScoped<CaseDocument>();
        services.AddScoped<CaseQueue>();
        services.AddScoped<CaseViews>();
        services.AddScoped<CaseExamples>();
        services.AddScoped<JobLeases>();
        services.AddScoped<Retention>();
        services.AddHostedService<RetentionWorker>();
        services.AddScoped<ICaseSearch>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? ActivatorUtilities.CreateInstance<PostgresCaseSearch>(sp)
                : ActivatorUtilities.CreateInstance<SqliteCaseSearch>(sp));
        services.AddScoped<IDemoContent, DeskDemoContent>();
        services.AddOptions<InboundMailOptions>().BindConfiguration(InboundMailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MailIntake>();
        services.AddScoped<MailRecorder>();
        services.AddSingleton<MailWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<MailWriter>());
        services.AddScoped<MailThreading>();
        services.AddScoped<MailCases>();
        services.AddScoped<BounceRecorder>();
        services.AddScoped<AcknowledgementPolicy>();
        services.AddScoped<CaseMailActions>();
        return services;
    }

    public static WebApplication MapDesk(this WebApplication app)
    {
        app.MapConsultationApi();
        app.MapCaseApi();
        app.MapAttachmentDownload();
        app.MapInboundMailApi();
        return app;
    }
}
