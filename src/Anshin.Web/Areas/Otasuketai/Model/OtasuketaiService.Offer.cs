using System.Globalization;
using Anshin.Core.Otasuketai;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anshin.Web.Areas.Otasuketai.Model;

public sealed partial class OtasuketaiService
{
    public IReadOnlyList<int> PrefectureCodes => ParseCodes(Prefectures);

    public IReadOnlyList<int> OnSitePrefectureCodes => ParseCodes(OnSitePrefectures);

    /// <summary>The facts the check and the wizard read. The category-1 start counts as verified when the registry itself shows it.</summary>
    public ServiceOffer ToOffer(DateOnly? verifiedCategory1Since = null) => new()
    {
        Type = Type,
        Category = Category,
        BaseMonthly = BaseMonthly,
        PerSiteMonthly = PerSiteMonthly,
        PerDeviceMonthly = PerDeviceMonthly,
        MinimumDevices = MinimumDevices,
        Nationwide = Nationwide,
        Prefectures = PrefectureCodes,
        DeskChannels = DeskChannels,
        DeskHours = DeskHours,
        MonitorsNetwork = MonitorsNetwork,
        MonitorsEndpoints = MonitorsEndpoints,
        Monitoring24Hours = Monitoring24Hours,
        MonitoringScope = MonitoringScope,
        Notification = Notification,
        OnSiteSupport = OnSiteSupport,
        OnSiteNationwide = OnSiteNationwide,
        OnSitePrefectures = OnSitePrefectureCodes,
        OnSiteResponseHours = OnSiteResponseHours,
        HasInsurance = HasInsurance,
        Insurer = Insurer,
        InsuranceCoversFirstResponse = InsuranceCoversFirstResponse,
        InsuranceLimit = InsuranceLimit,
        InsuranceUserCost = InsuranceUserCost,
        SetupByProvider = SetupByProvider,
        DeploymentDescription = DeploymentDescription,
        SuppliesNetworkDevice = SuppliesNetworkDevice,
        SupportsServers = SupportsServers,
        Category1Since = verifiedCategory1Since is { } verified && (Category1Since is null || verified <= Category1Since) ? verified : Category1Since,
        Category1SinceVerified = verifiedCategory1Since is { } v && (Category1Since is null || v <= Category1Since),
        RegularConsulting = RegularConsulting,
    };

    public static string JoinCodes(IEnumerable<int> codes)
    {
        var list = codes.Where(c => c is >= 1 and <= 47).Distinct().Order().ToList();
        return list.Count == 0 ? "" : "," + string.Join(",", list.Select(c => c.ToString(CultureInfo.InvariantCulture))) + ",";
    }

    public static string CodeToken(int code) => "," + code.ToString(CultureInfo.InvariantCulture) + ",";

    private static List<int> ParseCodes(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0)
            .Where(c => c is >= 1 and <= 47).ToList();
}

internal sealed class OtasuketaiServiceConfiguration : IEntityTypeConfiguration<OtasuketaiService>
{
    public void Configure(EntityTypeBuilder<OtasuketaiService> builder)
    {
        builder.ToTable("OtasuketaiServices");
        builder.HasOne(s => s.Provider).WithMany().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ProviderId, s.UpdatedAt });
        builder.HasIndex(s => new { s.Status, s.SubmittedAt });
        builder.HasIndex(s => s.RegistrationNumber).IsUnique();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.NameEn).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.Property(s => s.DescriptionEn).HasMaxLength(2000);
        builder.Property(s => s.Options).HasMaxLength(1000);
        builder.Property(s => s.Prefectures).HasMaxLength(200);
        builder.Property(s => s.OnSitePrefectures).HasMaxLength(200);
        builder.Property(s => s.DeskHours).HasMaxLength(200);
        builder.Property(s => s.MonitoringScope).HasMaxLength(1000);
        builder.Property(s => s.Insurer).HasMaxLength(200);
        builder.Property(s => s.InsuranceCoverage).HasMaxLength(1000);
        builder.Property(s => s.DeploymentDescription).HasMaxLength(1000);
        builder.Property(s => s.CheckVersion).HasMaxLength(20);
        builder.Property(s => s.RegistrationNumber).HasMaxLength(20);
    }
}
