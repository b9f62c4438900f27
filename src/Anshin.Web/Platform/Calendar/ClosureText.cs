using Anshin.Core.Calendar;
using Anshin.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Anshin.Web.Platform.Calendar;

/// <summary>Why the desk is closed on a day, in the reader's language (holiday names stay in Japanese, as published).</summary>
public static class ClosureText
{
    public static string Describe(ClosureReason reason, IStringLocalizer<SharedResource> t) => reason.Kind switch
    {
        ClosureKind.NationalHoliday => t["Closure.Holiday", reason.HolidayName ?? ""],
        ClosureKind.YearEndClosure => t["Closure.YearEnd"],
        ClosureKind.DeskClosedDay => t["Closure.Desk"],
        _ => t["Closure.Weekend"],
    };
}
