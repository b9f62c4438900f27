namespace Anshin.Core.Calendar;

/// <summary>A Japanese national holiday (国民の祝日) or a day off the law derives from them (休日).</summary>
/// <param name="Date">The calendar date in Japan.</param>
/// <param name="Name">The name as the Cabinet Office publishes it, e.g. 元日 or 休日.</param>
public sealed record Holiday(DateOnly Date, string Name);
