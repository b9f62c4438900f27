namespace Anshin.Web.Areas.Desk.Services;

/// <summary>The outcome of a change to a case: done, or refused with a localisable reason.</summary>
public sealed record CaseResult(bool Succeeded, string? ErrorKey = null, params object[] Args)
{
    public static readonly CaseResult Ok = new(true);

    public static CaseResult Refused(string key, params object[] args) => new(false, key, args);

    public static readonly CaseResult NotFound = new(false, "Case.Error.NotFound");

    public static readonly CaseResult Stale = new(false, "Case.Error.Stale");
}
