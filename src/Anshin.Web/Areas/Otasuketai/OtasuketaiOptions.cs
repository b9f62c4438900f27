namespace Anshin.Web.Areas.Otasuketai;

/// <summary>Settings of the お助け隊 registry (section <c>Otasuketai</c>).</summary>
public sealed class OtasuketaiOptions
{
    public const string Section = "Otasuketai";

    /// <summary>
    /// How long the in-memory copy of the registered services is used before it is read again. Every change on this
    /// instance drops it at once; other instances see a change within this time. Zero reads the database every time.
    /// </summary>
    public TimeSpan RegistryCopyLifetime { get; set; } = TimeSpan.FromSeconds(30);
}
