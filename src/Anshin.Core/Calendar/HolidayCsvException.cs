using System.Globalization;

namespace Anshin.Core.Calendar;

/// <summary>Thrown when a holiday CSV file has a line that cannot be read as a holiday.</summary>
public sealed class HolidayCsvException : FormatException
{
    /// <summary>Creates the exception for a problem on a given line.</summary>
    /// <param name="lineNumber">The 1-based line number in the file.</param>
    /// <param name="problem">What is wrong with the line, in English.</param>
    public HolidayCsvException(int lineNumber, string problem)
        : base(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber}: {problem}"))
    {
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>The 1-based line number of the offending line.</summary>
    public int LineNumber { get; }

    /// <summary>The problem without the line prefix.</summary>
    public string Problem { get; }
}
