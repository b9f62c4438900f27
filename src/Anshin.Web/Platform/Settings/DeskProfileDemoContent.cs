using Anshin.Core.Calendar;
using Anshin.Web.Platform.Calendar;
using Anshin.Web.Platform.Data;

namespace Anshin.Web.Platform.Settings;

/// <summary>A fictional desk's contact details and one desk closed day, so the footer and calendar show something real.</summary>
internal sealed class DeskProfileDemoContent(TimeProvider clock) : IDemoContent
{
    public int Order => 0;

    public Task SeedAsync(AnshinDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var values = new Dictionary<string, string>
        {
            [SettingKeys.DeskNameJa] = "あんしん情報セキュリティ相談窓口（デモ）",
            [SettingKeys.DeskNameEn] = "Anshin Information Security Help Desk (demo)",
            [SettingKeys.DeskPhone] = "03-0000-0000",
            [SettingKeys.DeskFax] = "03-0000-0001",
            [SettingKeys.DeskEmail] = "anshin@example.jp",
            [SettingKeys.DeskAddressJa] = "〒100-0000 東京都千代田区（架空の住所）",
            [SettingKeys.DeskAddressEn] = "Chiyoda-ku, Tokyo 100-0000 (fictional address)",
            [SettingKeys.DeskPhoneHours] = DeskProfile.DefaultPhoneHours,
        };
        foreach (var (key, value) in values)
        {
            db.Add(new SiteSetting { Key = key, Value = value, UpdatedAt = now });
        }

        // The desk's own example closed day: its founding day, the next 1 October that falls on a weekday.
        var today = BusinessCalendar.ToTokyoDate(clock.GetUtcNow());
        var founding = new DateOnly(today.Year, 10, 1);
        while (founding < today || founding.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            founding = new DateOnly(founding.Year + 1, 10, 1);
        }

        db.Add(new DeskClosedDay { Date = founding, Reason = "開設記念日 / Desk founding day", CreatedAt = now });
        return Task.CompletedTask;
    }
}
