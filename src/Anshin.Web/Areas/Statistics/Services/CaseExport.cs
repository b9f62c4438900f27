using System.Globalization;
using Anshin.Core.Calendar;
using Anshin.Core.Desk;
using Anshin.Core.Statistics;
using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Data;
using Anshin.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>
/// The cases received in a period as CSV rows for analysts' own tools: categories, dates and outcomes only — no names,
/// addresses or text written by the consulter. The one statistics read that touches the cases (through the receipt-time index).
/// </summary>
public sealed class CaseExport(AnshinDbContext db, IStringLocalizer<SharedResource> t)
{
    /// <summary>The most cases one export takes (about ten years of a busy desk would need a command, not a download).</summary>
    public const int MaxRows = 400_000;

    public async Task<(IReadOnlyList<string> Header, List<IReadOnlyList<string?>> Rows)> RowsAsync(ReportingPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var from = TimeZoneInfo.ConvertTimeToUtc(period.From.ToDateTime(TimeOnly.MinValue), BusinessCalendar.Tokyo);
        var to = TimeZoneInfo.ConvertTimeToUtc(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue), BusinessCalendar.Tokyo);
        var japanese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";
        var methods = await db.Set<Method>().AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Code, ct);
        var referrals = await db.Set<Referral>().AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        string Label(string key) => labels.TryGetValue(key, out var v) ? v : labels[key] = t[key];

        var cases = db.Set<Consultation>().AsNoTracking()
            .Where(c => c.ReceivedAt >= from && c.ReceivedAt < to)
            .OrderBy(c => c.ReceivedAt).Take(MaxRows)
            .Select(c => new
            {
                c.ReceiptNumber,
                c.ReceivedAt,
                c.Channel,
                c.MethodId,
                c.DeviceType,
                c.OperatingSystem,
                c.Status,
                c.SlaOutcome,
                c.FirstAnswerBusinessDays,
                c.ReferralId,
            })
            .AsAsyncEnumerable();
        var rows = new List<IReadOnlyList<string?>>();
        var inv = CultureInfo.InvariantCulture;
        await foreach (var c in cases.WithCancellation(ct))
        {
            rows.Add([
                c.ReceiptNumber,
                TimeZoneInfo.ConvertTimeFromUtc(c.ReceivedAt, BusinessCalendar.Tokyo).ToString("yyyy-MM-dd HH:mm", inv),
                Label("Channel." + c.Channel),
                c.MethodId is { } m ? methods.GetValueOrDefault(m, "") : "",
                Label("Intake.Device." + c.DeviceType),
                Label("Os." + OsFamilies.Classify(c.OperatingSystem)),
                Label("Status." + c.Status),
                Label("Sla." + c.SlaOutcome),
                c.FirstAnswerBusinessDays?.ToString(inv),
                c.ReferralId is { } r ? referrals.GetValueOrDefault(r, "") : "",
            ]);
        }

        string[] header = japanese
            ? ["受付番号", "受付日時（日本時間）", "受付経路", "手口コード", "機器", "OS", "状態", "5営業日以内の回答", "初回回答までの営業日数", "案内先"]
            : ["Receipt number", "Received (Japan time)", "Channel", "Method code", "Device", "OS", "Status", "Answered within 5 business days", "Business days to first answer", "Referral"];
        return (header, rows);
    }
}
