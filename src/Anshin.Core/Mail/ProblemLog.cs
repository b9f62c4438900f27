namespace Anshin.Core.Mail;

/// <summary>Collects the problems met while parsing one message, each name once, in the order first met.</summary>
internal sealed class ProblemLog
{
    private readonly List<string> names = [];

    public IReadOnlyList<string> Names => names;

    public void Add(string name)
    {
        if (!names.Contains(name, StringComparer.Ordinal))
        {
            names.Add(name);
        }
    }
}
