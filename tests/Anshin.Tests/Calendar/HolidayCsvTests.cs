using System.Text;
using Anshin.Core.Calendar;
using static Anshin.Tests.Calendar.Dates;

namespace Anshin.Tests.Calendar;

public class HolidayCsvTests
{
    private const string Header = "国民の祝日・休日月日,国民の祝日・休日名称";

    static HolidayCsvTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Parse_ReadsOfficialFileAsPublished()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "syukujitsu.csv"));

        var holidays = HolidayCsv.Parse(file);

        Assert.Equal(OfficialHolidayFile.All.Count, holidays.Count);
        Assert.Equal(new Holiday(Day("1955-01-01"), "元日"), holidays[0]);
        Assert.Equal(new Holiday(Day("2027-11-23"), "勤労感謝の日"), holidays[^1]);
    }

    [Fact]
    public void LoadBuiltIn_MatchesTheFileAndIsReadOnce()
    {
        var builtIn = HolidayCsv.LoadBuiltIn();

        Assert.Same(builtIn, HolidayCsv.LoadBuiltIn());
        Assert.Equal(OfficialHolidayFile.All.OrderBy(p => p.Key).Select(p => new Holiday(p.Key, p.Value)), builtIn);
    }

    [Theory]
    [InlineData("shift_jis")]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    public void Parse_AcceptsShiftJisAndUtf8(string encoding)
    {
        var text = $"{Header}\r\n2028/1/1,元日\r\n2028/1/10,成人の日\r\n";

        var holidays = HolidayCsv.Parse(Encode(text, encoding));

        Assert.Equal([new Holiday(Day("2028-01-01"), "元日"), new Holiday(Day("2028-01-10"), "成人の日")], holidays);
    }

    [Fact]
    public void Parse_ToleratesBlankLinesSpacesAndTrailingEmptyColumns()
    {
        var text = $"{Header}\n\n  2028/01/01 , 元日  \r\n2028/2/11,建国記念の日,,\n\n";

        var holidays = HolidayCsv.Parse(Encode(text, "utf-8"));

        Assert.Equal([new Holiday(Day("2028-01-01"), "元日"), new Holiday(Day("2028-02-11"), "建国記念の日")], holidays);
    }

    [Fact]
    public void Parse_AcceptsFileWithoutHeaderAndSortsByDate()
    {
        var holidays = HolidayCsv.Parse(Encode("2028/2/11,建国記念の日\n2028/1/1,元日\n", "utf-8"));

        Assert.Equal([Day("2028-01-01"), Day("2028-02-11")], holidays.Select(h => h.Date));
    }

    [Theory]
    [InlineData("2028/1/1,元日\n2028/13/1,変な日", 3, "'2028/13/1' is not a date")]
    [InlineData("2028/1/1,元日\n\n2028/2/11", 4, "no name")]
    [InlineData("2028/1/1,元日\n2028/1/1 ,元日", 3, "appears more than once")]
    [InlineData("2028/1/1,元日,休み", 2, "more than two columns")]
    [InlineData("元日,2028/1/1", 2, "is not a date")]
    public void Parse_ReportsBadLineWithItsNumber(string body, int line, string message)
    {
        var error = Assert.Throws<HolidayCsvException>(() => HolidayCsv.Parse(Encode($"{Header}\n{body}\n", "shift_jis")));

        Assert.Equal(line, error.LineNumber);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Line {line}: ", error.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Encode(string text, string encoding) => new(encoding switch
    {
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-8" => Encoding.UTF8.GetBytes(text),
        _ => Encoding.GetEncoding(encoding).GetBytes(text),
    });
}
