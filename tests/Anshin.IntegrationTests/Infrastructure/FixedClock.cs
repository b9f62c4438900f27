namespace Anshin.IntegrationTests.Infrastructure;

/// <summary>A clock the test sets; the app's business rules read it through <see cref="TimeProvider"/>.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>A Japan-time wall clock reading.</summary>
    public static DateTimeOffset Tokyo(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(9));
}
