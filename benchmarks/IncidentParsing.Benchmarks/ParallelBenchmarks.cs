using BenchmarkDotNet.Attributes;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Benchmarks;

/// <summary>ParseMany over the seed files ×20 documents: one core against all cores.</summary>
[Config(typeof(BenchmarkConfig))]
[InputBytes(nameof(InputBytes))]
[BenchmarkCategory("Parallel")]
public class ParallelBenchmarks
{
    private const int Copies = 20;
    private IncidentParser _parser = null!;
    private List<(string Text, string? Name)> _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _parser = IncidentParser.CreateDefault();
        _documents = Enumerable.Range(0, Copies)
            .SelectMany(i => SeedCorpus.Files.Select(f => (File.ReadAllText(f), (string?)Path.GetFileName(f))))
            .ToList();
    }

    [Benchmark(Baseline = true)]
    public int Sequential() => _documents.Sum(d => _parser.Parse(d.Text, d.Name).Incidents.Count);

    [Benchmark]
    public int ParseMany() => _parser.ParseMany(_documents).Sum(r => r.Incidents.Count);

    internal static long InputBytes(string method, string parameters) => SeedCorpus.Utf8Bytes(Copies);
}
