using System.Globalization;
using System.Text;
using Anshin.Core.Calendar;

namespace Anshin.Web.Platform.Audit;

/// <summary>Audit entries as CSV (RFC 4180), UTF-8 with BOM so that Excel opens Japanese text correctly.</summary>
public static class AuditCsv
{
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditEntry> entries, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync("occurred_at_jst,actor_id,actor_name,action,target,succeeded,ip_address,detail\r\n");
        await foreach (var e in entries.WithCancellation(ct))
        {
            var at = TimeZoneInfo.ConvertTimeFromUtc(e.OccurredAt, BusinessCalendar.Tokyo)
                .ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            await writer.WriteAsync(string.Join(',',
                at, Field(e.ActorId), Field(e.ActorName), Field(e.Action), Field(e.Target),
                e.Succeeded ? "true" : "false", Field(e.IpAddress), Field(e.Detail)) + "\r\n");
        }
    }

    /// <summary>Quotes when needed, and defuses spreadsheet formulas (a cell starting with = + - @).</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
