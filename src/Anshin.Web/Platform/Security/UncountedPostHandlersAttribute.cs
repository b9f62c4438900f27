namespace Anshin.Web.Platform.Security;

/// <summary>
/// Marks page handlers whose POSTs store nothing (a live preview or check, antiforgery-protected) so that
/// <see cref="PostRateLimiter"/> does not count them: a form that posts while the visitor types would otherwise use up
/// the anonymous POST limit and lock the visitor out of saving the form itself.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UncountedPostHandlersAttribute(params string[] handlers) : Attribute
{
    public IReadOnlyList<string> Handlers { get; } = handlers;

    public bool Covers(HttpContext context) =>
        context.Request.Query["handler"] is { Count: 1 } handler
        && Handlers.Contains(handler.ToString(), StringComparer.OrdinalIgnoreCase);
}
