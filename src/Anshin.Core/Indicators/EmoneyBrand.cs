namespace Anshin.Core.Indicators;

/// <summary>A brand of electronic money that scammers demand, with its clustering code and its usual name.</summary>
internal sealed record EmoneyBrand(string Code, string Name)
{
    public static readonly EmoneyBrand Apple = new("apple", "Apple Gift Card");
    public static readonly EmoneyBrand GooglePlay = new("google-play", "Google Play ギフトカード");
    public static readonly EmoneyBrand Amazon = new("amazon", "Amazonギフトカード");
    public static readonly EmoneyBrand WebMoney = new("webmoney", "WebMoney");
    public static readonly EmoneyBrand BitCash = new("bitcash", "BitCash");
    public static readonly EmoneyBrand Nanaco = new("nanaco", "nanaco");
    public static readonly EmoneyBrand Bitcoin = new("bitcoin", "ビットコイン");

    /// <summary>The brand a match of the brand pattern names.</summary>
    public static EmoneyBrand Of(ReadOnlySpan<char> mention)
    {
        if (StartsWithAny(mention, "apple", "アップル", "itunes", "アイチューンズ"))
        {
            return Apple;
        }

        if (StartsWithAny(mention, "google", "グーグル"))
        {
            return GooglePlay;
        }

        if (StartsWithAny(mention, "amazon", "アマゾン"))
        {
            return Amazon;
        }

        if (StartsWithAny(mention, "web", "ウェブ"))
        {
            return WebMoney;
        }

        if (mention.Contains("cash", StringComparison.OrdinalIgnoreCase) || mention.Contains("キャッシュ", StringComparison.Ordinal))
        {
            return BitCash;
        }

        return StartsWithAny(mention, "nanaco", "ナナコ") ? Nanaco : Bitcoin;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> mention, params ReadOnlySpan<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (mention.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
