using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Anshin.IntegrationTests.Platform;

public sealed partial class LocalizationResourceTests
{
    private static readonly string Web = Path.Combine(RepositoryRoot(), "src", "Anshin.Web");

    [Fact]
    public void JapaneseAndEnglish_HaveTheSameKeys_AndNoEmptyValues()
    {
        var ja = Load("ja");
        var en = Load("en");

        Assert.Empty(ja.Keys.Except(en.Keys));
        Assert.Empty(en.Keys.Except(ja.Keys));
        Assert.DoesNotContain(ja.Concat(en), pair => string.IsNullOrWhiteSpace(pair.Value));
    }

    [Fact]
    public void EveryKeyUsedInTheCode_HasATranslation()
    {
        var keys = Load("ja").Keys.ToHashSet(StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();

        Assert.NotEmpty(used);
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct());
    }

    private static Dictionary<string, string> Load(string culture) =>
        XDocument.Load(Path.Combine(Web, "Resources", "Platform", "Localization", $"SharedResource.{culture}.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Anshin.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Anshin.slnx not found above the test output");
    }

    // T["Key"], t["Key", …], ErrorMessage = "Key", [Display(Name = "Section.Key")]
    [GeneratedRegex("""(?:\b[Tt]\[\s*"|ErrorMessage\s*=\s*"|Display\(Name\s*=\s*")(?<key>[A-Z][A-Za-z0-9]*\.[A-Za-z0-9.]+)"(?!\s*\+)""")]
    private static partial Regex KeyPattern();
}
