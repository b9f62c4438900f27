using System.Globalization;
using Anshin.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Platform.Settings;

/// <summary>How the public reaches the desk: shown in the footer of every page and on the contact page.</summary>
public sealed record DeskProfile(
    string NameJa,
    string NameEn,
    string Phone,
    string Fax,
    string Email,
    string AddressJa,
    string AddressEn,
    IReadOnlyList<PhoneHours> PhoneHours)
{
    public const string DefaultPhoneHours = "10:00-12:00,13:30-17:00";

    /// <summary>The phone number as a link a smartphone can dial.</summary>
    public string PhoneUri => "tel:" + Phone.Replace("-", "", StringComparison.Ordinal);

    public string Name(CultureInfo culture) => IsJapanese(culture) ? NameJa : NameEn;

    public string Address(CultureInfo culture) => IsJapanese(culture) ? AddressJa : AddressEn;

    public static DeskProfile From(IReadOnlyDictionary<string, string> s)
    {
        string Get(string key) => s.TryGetValue(key, out var v) ? v : "";
        return new DeskProfile(
            Get(SettingKeys.DeskNameJa), Get(SettingKeys.DeskNameEn), Get(SettingKeys.DeskPhone), Get(SettingKeys.DeskFax),
            Get(SettingKeys.DeskEmail), Get(SettingKeys.DeskAddressJa), Get(SettingKeys.DeskAddressEn),
            Settings.PhoneHours.TryParseList(s.TryGetValue(SettingKeys.DeskPhoneHours, out var h) ? h : DefaultPhoneHours, out var hours)
                ? hours
                : []);
    }

    /// <summary>The phone hours in the reader's words, e.g. 「10:00～12:00、13:30～17:00」.</summary>
    public string DescribeHours(IStringLocalizer<SharedResource> t, CultureInfo culture) =>
        string.Join(t["Footer.HoursSeparator"], PhoneHours.Select(h =>
            t["Footer.HoursSpan", h.From.ToString("H:mm", culture), h.To.ToString("H:mm", culture)].Value));

    private static bool IsJapanese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "ja";
}

/// <summary>One span of telephone hours on business days, e.g. 10:00–12:00.</summary>
public sealed record PhoneHours(TimeOnly From, TimeOnly To)
{
    public override string ToString() =>
        $"{From.ToString("HH:mm", CultureInfo.InvariantCulture)}-{To.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>Parses <c>10:00-12:00,13:30-17:00</c>; spans must be ordered and not overlap.</summary>
    public static bool TryParseList(string text, out IReadOnlyList<PhoneHours> hours)
    {
        var list = new List<PhoneHours>();
        hours = list;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Replace('〜', '-').Replace('～', '-').Replace('–', '-').Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2
                || !TimeOnly.TryParseExact(ends[0], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !TimeOnly.TryParseExact(ends[1], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
                || to <= from
                || (list.Count > 0 && from < list[^1].To))
            {
                return false;
            }

            list.Add(new PhoneHours(from, to));
        }

        return list.Count > 0;
    }
}
