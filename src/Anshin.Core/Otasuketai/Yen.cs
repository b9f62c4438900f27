using System.Globalization;

namespace Anshin.Core.Otasuketai;

/// <summary>Yen amounts as the product writes them: ¥12,000.</summary>
public static class Yen
{
    public static string Format(long amount) =>
        (amount < 0 ? "-¥" : "¥") + Math.Abs(amount).ToString("#,0", CultureInfo.InvariantCulture);
}
