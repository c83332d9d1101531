using BenchmarkDotNet.Attributes;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Benchmarks;

/// <summary>
/// The seed files ×20 as 100 documents: one core against ParseMany on all cores; and the same bytes as one
/// text, its notices parsed on all cores (<see cref="ParseOptions.MaxDegreeOfParallelism"/>).
/// </summary>
[Config(typeof(BenchmarkConfig))]
[InputBytes(nameof(InputBytes))]
[BenchmarkCategory("Parallel")]
public class ParallelBenchmarks
{
    private const int Copies = 20;
    private IncidentParser _parser = null!;
    private List<(string Text, string? Name)> _documents = [];
    private string _oneText = "";
    private readonly ParseOptions _allCores = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    [GlobalSetup]
    public void Setup()
    {
        _parser = IncidentParser.CreateDefault();
        _documents = Enumerable.Range(0, Copies)
            .SelectMany(i => SeedCorpus.Files.Select(f => (File.ReadAllText(f), (string?)Path.GetFileName(f))))
            .ToList();
        _oneText = string.Concat(_documents.Select(d => d.Text));
        SeedCorpus.WarmUp(_parser);
    }

    [Benchmark(Baseline = true)]
    public int Sequential() => _documents.Sum(d => _parser.Parse(d.Text, d.Name).Incidents.Count);

    [Benchmark]
    public int ParseMany() => _parser.ParseMany(_documents).Sum(r => r.Incidents.Count);

    [Benchmark(Description = "one text, notices on all cores")]
    public int ParseOneTextOnAllCores() => _parser.Parse(_oneText, "seeds", _allCores).Incidents.Count;

    internal static long InputBytes(string method, string parameters) => SeedCorpus.Utf8Bytes(Copies);
}
