using System.Text.Json;

namespace Anshin.Tests.Mail;

/// <summary>The .eml messages under Mail/Corpus, copied beside the tests, each with its NAME.expected.json.</summary>
internal static class CorpusFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Mail", "Corpus");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.eml")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal);

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Directory, name + ".eml"));

    public static JsonElement Expectation(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".expected.json")));
        return document.RootElement.Clone();
    }
}
