using System.Globalization;

namespace Anshin.Core.Organisations;

/// <summary>One of Japan's 47 prefectures with its JIS X 0401 code.</summary>
public sealed record Prefecture(int Code, BilingualText Name)
{
    /// <summary>The two-digit code as written in JIS X 0401 and local-government codes, "01" to "47".</summary>
    public string JisCode => Code.ToString("D2", CultureInfo.InvariantCulture);
}
