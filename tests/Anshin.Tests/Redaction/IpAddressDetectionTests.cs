using Anshin.Core.Redaction;

namespace Anshin.Tests.Redaction;

public class IpAddressDetectionTests
{
    [Theory]
    [InlineData("192.168.1.10")]
    [InlineData("203.0.113.255")]
    [InlineData("0.0.0.0")]
    [InlineData("１９２．１６８．１．１０")]
    public void Detect_FindsIpv4Addresses(string address)
    {
        Assert.Equal([address], Redactions.Found(RedactionKind.IpAddress, $"接続元{address}からのログイン"));
    }

    [Theory]
    [InlineData("2001:0db8:0000:0000:0000:ff00:0042:8329")]
    [InlineData("2001:db8::ff00:42:8329")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:192.0.2.128")]
    [InlineData("2001:DB8::1")]
    public void Detect_FindsIpv6Addresses(string address)
    {
        Assert.Equal([address], Redactions.Found(RedactionKind.IpAddress, $"接続元 {address} からのログイン"));
    }

    [Fact]
    public void Detect_FindsIpv6AfterALabelAndColon()
    {
        Assert.Equal(["2001:db8::1"], Redactions.Found(RedactionKind.IpAddress, "IPv6:2001:db8::1"));
    }

    [Theory]
    [InlineData("バージョン 10.0.19045.1234")]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("192.168.01.1")]
    [InlineData("10:30に電話")]
    [InlineData("10:30:15に電話")]
    [InlineData("MAC 00:1A:2B:3C:4D:5E")]
    [InlineData("std::vector")]
    public void Detect_IgnoresVersionsTimesAndMacAddresses(string text)
    {
        Assert.Empty(Redactions.Found(RedactionKind.IpAddress, text));
    }
}
