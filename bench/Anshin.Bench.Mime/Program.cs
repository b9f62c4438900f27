using System.Globalization;
using Anshin.Bench.Mime;
using BenchmarkDotNet.Running;

// Prints the corpus size first so messages/s and MB/s can be read off the per-corpus mean.
var corpus = ParserBenchmarks.LoadCorpus();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"corpus: {corpus.Length} messages, {corpus.Sum(m => m.Length) / 1024.0 / 1024.0:0.00} MB"));
BenchmarkRunner.Run<ParserBenchmarks>(args: args);
