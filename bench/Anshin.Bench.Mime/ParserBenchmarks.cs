using Anshin.Core.Mail;
using BenchmarkDotNet.Attributes;

namespace Anshin.Bench.Mime;

/// <summary>
/// Parses every message of the unit-test corpus (88 real-world shapes: every charset, encoding and structure, broken
/// ones too) once per operation. The baseline reads the same bytes once (counting line ends), the least any parser
/// must do, so the ratio says how much the parsing itself costs.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private byte[][] corpus = [];

    public static byte[][] LoadCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "Anshin.Tests", "Mail", "Corpus");
            if (Directory.Exists(path))
            {
                return [.. Directory.GetFiles(path, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
            }
        }

        throw new DirectoryNotFoundException("tests/Anshin.Tests/Mail/Corpus not found above " + AppContext.BaseDirectory);
    }

    [GlobalSetup]
    public void Setup() => corpus = LoadCorpus();

    [Benchmark(Baseline = true)]
    public int ReadBytesOnce()
    {
        var lines = 0;
        foreach (var message in corpus)
        {
            lines += message.AsSpan().Count((byte)'\n');
        }

        return lines;
    }

    [Benchmark]
    public int ParseCorpus()
    {
        var attachments = 0;
        foreach (var message in corpus)
        {
            attachments += MimeParser.Parse(message).Attachments.Count;
        }

        return attachments;
    }
}
