namespace Anshin.Web.Areas.Otasuketai.Services;

/// <summary>Audit action codes of the お助け隊 registry.</summary>
public static class OtasuketaiAudit
{
    public const string ProviderRegistered = "ot.provider.register";
    public const string ProviderUpdated = "ot.provider.update";
    public const string ServiceSubmitted = "ot.service.submit";
    public const string ServiceWithdrawn = "ot.service.withdraw";
    public const string ReviewStarted = "ot.review.start";
    public const string ServiceRegistered = "ot.review.register";
    public const string ServiceReturned = "ot.review.return";
    public const string ServiceRejected = "ot.review.reject";
    public const string ServiceSuspended = "ot.review.suspend";
    public const string ServiceReinstated = "ot.review.reinstate";
    public const string StandardVersionAdded = "ot.standard.add";
}
