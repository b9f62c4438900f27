using System.Globalization;
using Anshin.Core.Mail;

namespace Anshin.Tests.Mail;

public class MailDateTests
{
    [Theory]
    [InlineData("Tue, 14 May 2024 10:15:00 +0900", "2024-05-14T10:15:00+09:00")]
    [InlineData("14 May 2024 10:15 +0900", "2024-05-14T10:15:00+09:00")]
    [InlineData("Tue, 14 May 24 10:15:00 JST", "2024-05-14T10:15:00+09:00")]
    [InlineData("Fri, 7 Jan 99 23:05:01 EST", "1999-01-07T23:05:01-05:00")]
    [InlineData("Fri, 7 Jan 099 23:05:01 GMT", "1999-01-07T23:05:01+00:00")]
    [InlineData("Tue,\r\n 14 may 2024 10:15:00 +0900 (JST)", "2024-05-14T10:15:00+09:00")]
    [InlineData("Tue, 14 May 2024 10:15:00 GMT+0900", "2024-05-14T10:15:00+09:00")]
    [InlineData("Tue, 14 May 2024 10:15:00 +09:00", "2024-05-14T10:15:00+09:00")]
    [InlineData("Tue, 14 May 2024 10:15:00+0900", "2024-05-14T10:15:00+09:00")]
    [InlineData("Tue May 14 10:15:00 2024", "2024-05-14T10:15:00+00:00")]
    [InlineData("Tue, 14 May 2024 23:59:60 +0000", "2024-05-14T23:59:59+00:00")]
    [InlineData("Tue, 14 May 2024 10:15:00 Z", "2024-05-14T10:15:00+00:00")]
    [InlineData("2024-05-14T10:15:00+09:00", "2024-05-14T10:15:00+09:00")]
    [InlineData("2024/05/14 10:15:00 +09:00", "2024-05-14T10:15:00+09:00")]
    [InlineData("Tue, 14 May 2024 10:15:00 +9999", "2024-05-14T10:15:00+00:00")]
    public void Date_ReadsStandardAndObsoleteForms(string field, string expected)
    {
        var date = MailDateParser.Parse(field);

        var wanted = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal(wanted, date);
        Assert.Equal(wanted.Offset, date!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Tue, 31 Feb 2024 10:15:00 +0900")]
    [InlineData("Tue, 14 May 2024 25:15:00 +0900")]
    [InlineData("Tue, 14 Foo 2024 10:15:00 +0900")]
    [InlineData("Tue, 14 May 20245 10:15:00 +0900")]
    public void Date_IsNullForGarbage(string field)
    {
        Assert.Null(MailDateParser.Parse(field));
    }

    [Fact]
    public void Date_WithoutZone_IsUtcAndReported()
    {
        var problems = new ProblemLog();

        Assert.Equal(TimeSpan.Zero, MailDateParser.Parse("14 May 2024 10:15:00", problems)!.Value.Offset);
        Assert.Contains(MailProblem.DateWithoutZone, problems.Names);
    }
}
