using QRCoder;

namespace Anshin.Web.Platform.Auth;

/// <summary>
/// Draws a QR code as SVG, delivered as a data: image so that it needs no inline style or script (the CSP
/// allows neither) and no request to another server.
/// </summary>
public static class QrCodeImage
{
    public static string SvgDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(6);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
