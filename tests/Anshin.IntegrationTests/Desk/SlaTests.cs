using Anshin.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Anshin.IntegrationTests.Desk;

public sealed class SlaTests
{
    private static async Task<DateOnly> DueDateOfASubmissionAtAsync(DatabaseKind kind, DateTimeOffset at)
    {
        var clock = new FixedClock(at);
        await using var app = await TestApp.StartAsync(kind, services: s => s.AddSingleton<TimeProvider>(clock));
        var receipt = await app.Client().SubmitAsync();
        return (await app.CaseAsync(receipt)).DueDate;
    }

    [Theory, BothDatabases]
    public async Task DueDate_SkipsTheYearEndClosure(DatabaseKind kind)
    {
        // Friday 25 December 2026: 28 Dec is a business day, 29 Dec – 3 Jan are closed, 4 Jan 2027 is Monday.
        var due = await DueDateOfASubmissionAtAsync(kind, FixedClock.Tokyo(2026, 12, 25));

        Assert.Equal(new DateOnly(2027, 1, 7), due);
    }

    [Theory, BothDatabases]
    public async Task DueDate_SkipsAHolidayWeek(DatabaseKind kind)
    {
        // Thursday 30 April 2026 (Golden Week): business days after it are 1 May, then — after the weekend, Greenery Day,
        // Children's Day and the substitute holiday for Constitution Day on 6 May — 7, 8, 11 and 12 May.
        var due = await DueDateOfASubmissionAtAsync(kind, FixedClock.Tokyo(2026, 4, 30));

        Assert.Equal(new DateOnly(2026, 5, 12), due);
    }

    [Fact]
    public async Task DueDate_OfASubmissionOnAClosedDay_CountsFromTheNextBusinessDay()
    {
        // Sunday 3 May 2026 (Constitution Day): business days are 7, 8, 11, 12, 13 May.
        var due = await DueDateOfASubmissionAtAsync(DatabaseKind.Sqlite, FixedClock.Tokyo(2026, 5, 3));

        Assert.Equal(new DateOnly(2026, 5, 13), due);
    }
}
