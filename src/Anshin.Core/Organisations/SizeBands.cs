namespace Anshin.Core.Organisations;

/// <summary>The head-count bands an organisation chooses from, codes 1 (1–5 employees) to 6 (more than 300).</summary>
public static class SizeBands
{
    /// <summary>All bands, smallest first; together they cover every head count from 1 up without overlap.</summary>
    public static IReadOnlyList<SizeBand> All { get; } =
    [
        new(1, 1, 5, new("1〜5人", "1–5 employees")),
        new(2, 6, 20, new("6〜20人", "6–20 employees")),
        new(3, 21, 50, new("21〜50人", "21–50 employees")),
        new(4, 51, 100, new("51〜100人", "51–100 employees")),
        new(5, 101, 300, new("101〜300人", "101–300 employees")),
        new(6, 301, null, new("301人以上", "301 or more employees")),
    ];

    /// <summary>The band with the code, or null when the code is not 1 to 6.</summary>
    public static SizeBand? Find(int code) => IsValid(code) ? All[code - 1] : null;

    /// <summary>Whether the code is one of the bands, 1 to 6.</summary>
    public static bool IsValid(int code) => code >= 1 && code <= All.Count;

    /// <summary>The band that holds the head count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The head count is below 1.</exception>
    public static SizeBand ForEmployees(int employees)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(employees, 1);
        return All.First(band => band.Contains(employees));
    }

    /// <summary>The band's label in the language ("ja" or "en").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is not 1 to 6.</exception>
    public static string Label(int code, string language) =>
        (Find(code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "Size band codes run from 1 to 6."))
        .Label.In(language);
}
