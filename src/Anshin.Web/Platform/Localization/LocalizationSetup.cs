using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Anshin.Web.Platform.Localization;

/// <summary>Japanese first, English on every public page; the choice is remembered in a cookie.</summary>
public static class LocalizationSetup
{
    public const string CookieName = "anshin.lang";
    public static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    public static readonly IReadOnlyList<CultureInfo> Supported = [Japanese, English];

    public static IServiceCollection AddAnshinLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizerFactory, FrozenStringLocalizerFactory>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Japanese);
            o.SupportedCultures = [.. Supported];
            o.SupportedUICultures = [.. Supported];
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // The explicit choice (cookie, or ?culture= for links) wins; the browser's language is not used,
            // because the site is Japanese first whatever the device's setting.
            o.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context => Task.FromResult(
                    FromCode(context.Request.Query["culture"]) is { } culture
                        ? new ProviderCultureResult(culture.Name)
                        : null)),
                new CookieRequestCultureProvider { CookieName = CookieName },
            ];
        });
        return services;
    }

    /// <summary>Maps a short code from the language switch to a supported culture.</summary>
    public static CultureInfo? FromCode(string? code) => code?.ToLowerInvariant() switch
    {
        "ja" or "ja-jp" => Japanese,
        "en" or "en-gb" or "en-us" => English,
        _ => null,
    };

    public static void Remember(HttpResponse response, CultureInfo culture, bool secure) =>
        response.Cookies.Append(
            CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                Secure = secure,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
}
