namespace Anshin.Core.Calendar;

/// <summary>Why the consultation desk is closed on a day.</summary>
public enum ClosureKind
{
    /// <summary>Saturday or Sunday.</summary>
    Weekend,

    /// <summary>A national holiday or a day off derived from one (休日).</summary>
    NationalHoliday,

    /// <summary>The year-end and New Year closure, 29 December to 3 January.</summary>
    YearEndClosure,

    /// <summary>A day the desk has declared closed (e.g. system maintenance).</summary>
    DeskClosedDay,
}
