using BenchmarkDotNet.Attributes;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Benchmarks;

/// <summary>
/// The whole parse (notices, dates, counts, fields, kinds, organization, timeline) of the seed corpus,
/// once and repeated ×10 and ×100, to show the cost per byte stays flat as input grows.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[InputBytes(nameof(InputBytes))]
[BenchmarkCategory("EndToEnd")]
public class EndToEndBenchmarks
{
    private IncidentParser _parser = null!;
    private string _text = "";

    [Params(1, 10, 100)]
    public int Repeat { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _parser = IncidentParser.CreateDefault();
        _text = SeedCorpus.Repeated(Repeat);
    }

    [Benchmark]
    public int Parse() => _parser.Parse(_text, "seeds").Incidents.Count;

    [Benchmark]
    public async Task<int> ParseStream()
    {
        int n = 0;
        await foreach (var _ in _parser.ParseAsync(new StringReader(_text), "seeds"))
        {
            n++;
        }
        return n;
    }

    internal static long InputBytes(string method, string parameters) =>
        SeedCorpus.Utf8Bytes(int.Parse(parameters.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture));
}
