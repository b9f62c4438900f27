namespace Anshin.Web.Platform.Outbox;

/// <summary>Registers the outbox: options, the claim and delivery services, and the background sender.</summary>
public static class OutboxServices
{
    public static IServiceCollection AddAnshinOutbox(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Relay.Port is > 0 and < 65536 && o.Relay.Timeout > TimeSpan.Zero, "Mail:Relay:Port must be 1-65535 and Timeout positive.")
            .Validate(o => o.MaxRetryDelay >= o.FirstRetryDelay, "Mail:MaxRetryDelay must not be shorter than FirstRetryDelay.")
            .ValidateOnStart();
        services.AddScoped<OutboxClaims>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<OutboxAdministration>();
        services.AddHostedService<OutboxSender>();
        return services;
    }
}
