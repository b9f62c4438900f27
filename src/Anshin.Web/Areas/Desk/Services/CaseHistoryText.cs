using Anshin.Web.Areas.Desk.Model;
using Anshin.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Areas.Desk.Services;

/// <summary>A history line in the reader's language; the stored detail holds only codes and receipt numbers.</summary>
public static class CaseHistoryText
{
    public static string Describe(ConsultationEvent e, IStringLocalizer<SharedResource> t)
    {
        if (e.Kind is CaseEvents.StatusChanged or CaseEvents.Reopened && e.Detail.Split('>') is [var from, var to]
            && Enum.TryParse<CaseStatus>(from, out var f) && Enum.TryParse<CaseStatus>(to, out var s))
        {
            return t["History." + e.Kind, t["Status." + f], t["Status." + s]];
        }

        if (e.Kind == CaseEvents.UrgencyChanged && e.Detail.Split('>') is [var uf, var ut]
            && Enum.TryParse<Urgency>(uf, out var a) && Enum.TryParse<Urgency>(ut, out var b))
        {
            return t["History." + e.Kind, t["Urgency." + a], t["Urgency." + b]];
        }

        if (e.Kind == CaseEvents.Received && Enum.TryParse<Channel>(e.Detail, out var channel))
        {
            return t["History." + e.Kind, t["Channel." + channel]];
        }

        var text = t["History." + e.Kind, e.Detail];
        return text.ResourceNotFound ? $"{e.Kind} {e.Detail}" : text;
    }

    /// <summary>Every event code, so a test can check each has a sentence.</summary>
    public static IEnumerable<string> Kinds => typeof(CaseEvents).GetFields().Select(f => (string)f.GetRawConstantValue()!);
}
