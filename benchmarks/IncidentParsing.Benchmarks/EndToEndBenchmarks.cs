using BenchmarkDotNet.Attributes;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Benchmarks;

/// <summary>Parses the whole seed corpus, notices to timeline.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private IncidentParser _parser = null!;
    private string _corpus = "";

    [GlobalSetup]
    public void Setup()
    {
        _parser = IncidentParser.CreateDefault();
        _corpus = SeedCorpus.Text;
    }

    [Benchmark]
    public int ParseSeedCorpus() => _parser.Parse(_corpus, "seeds").Incidents.Count;
}
