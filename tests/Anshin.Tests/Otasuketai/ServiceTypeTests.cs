using System.Globalization;
using Anshin.Core.Otasuketai;

namespace Anshin.Tests.Otasuketai;

public sealed class ServiceTypeTests
{
    [Theory]
    [InlineData(ServiceType.Network, true, false)]
    [InlineData(ServiceType.Endpoint, false, true)]
    [InlineData(ServiceType.Combined, true, true)]
    public void EachType_WatchesWhatItCharges(ServiceType type, bool network, bool endpoints)
    {
        Assert.Equal(network, type.WatchesNetwork());
        Assert.Equal(endpoints, type.WatchesEndpoints());
    }

    [Fact]
    public void All_ListsTheThreeTypes()
    {
        Assert.Equal([ServiceType.Network, ServiceType.Endpoint, ServiceType.Combined], ServiceTypes.All);
    }

    [Theory]
    [InlineData("Network", ServiceType.Network)]
    [InlineData("endpoint", ServiceType.Endpoint)]
    [InlineData("COMBINED", ServiceType.Combined)]
    public void TryParse_ReadsANameInAnyCase(string text, ServiceType expected)
    {
        Assert.True(ServiceTypes.TryParse(text, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Hybrid")]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("2")]
    public void TryParse_RejectsUnknownTypesAndNumbers(string? text)
    {
        Assert.False(ServiceTypes.TryParse(text, out _));
    }

    [Theory]
    [InlineData(0, "¥0")]
    [InlineData(999, "¥999")]
    [InlineData(2_001, "¥2,001")]
    [InlineData(10_001, "¥10,001")]
    [InlineData(1_000_000, "¥1,000,000")]
    public void Yen_WritesAmountsWithThousandsSeparators(long amount, string text)
    {
        Assert.Equal(text, Yen.Format(amount));
    }

    [Fact]
    public void Yen_IgnoresTheCurrentCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal("¥12,000", Yen.Format(12_000));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
