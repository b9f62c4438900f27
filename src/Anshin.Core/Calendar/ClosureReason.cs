namespace Anshin.Core.Calendar;

/// <summary>The reason a day is not a business day.</summary>
/// <param name="Kind">The kind of closure.</param>
/// <param name="HolidayName">The holiday's name when <paramref name="Kind"/> is
/// <see cref="ClosureKind.NationalHoliday"/>; otherwise null.</param>
public sealed record ClosureReason(ClosureKind Kind, string? HolidayName = null);
