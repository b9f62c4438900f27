using Anshin.Web.Areas.Desk.Model;

namespace Anshin.Web.Areas.Statistics.Services;

/// <summary>Public figures count by top-level 手口: a sub-method counts under its root.</summary>
public static class MethodRollup
{
    /// <summary>The code of the method's top-level ancestor (itself when it has no parent); <see cref="PublicStatistics.Uncategorised"/> for none.</summary>
    public static string TopCode(Method? method, IReadOnlyDictionary<int, Method> byId)
    {
        ArgumentNullException.ThrowIfNull(byId);
        for (var depth = 0; method is not null && depth < 10; depth++)
        {
            if (method.ParentId is not { } parent || !byId.TryGetValue(parent, out var up))
            {
                return method.Code;
            }

            method = up;
        }

        return PublicStatistics.Uncategorised;
    }
}
