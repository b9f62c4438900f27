using System.Globalization;
using System.Text;

namespace Anshin.Tests.Calendar;

/// <summary>
/// Reads the Cabinet Office CSV copied next to the tests with a deliberately naive parser, so the library's
/// parser and calendar are checked against something that does not share their code.
/// </summary>
internal static class OfficialHolidayFile
{
    private static readonly Lazy<IReadOnlyDictionary<DateOnly, string>> Holidays = new(Read);

    public static IReadOnlyDictionary<DateOnly, string> All => Holidays.Value;

    public static Dictionary<DateOnly, string> ForYear(int year) =>
        All.Where(pair => pair.Key.Year == year).ToDictionary(pair => pair.Key, pair => pair.Value);

    private static Dictionary<DateOnly, string> Read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "syukujitsu.csv");
        return File.ReadAllLines(path, Encoding.GetEncoding("shift_jis"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .ToDictionary(
                fields => DateOnly.ParseExact(fields[0], "yyyy/M/d", CultureInfo.InvariantCulture),
                fields => fields[1].Trim());
    }
}
