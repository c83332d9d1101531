using BenchmarkDotNet.Attributes;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Benchmarks;

/// <summary>
/// The whole parse (notices, dates, counts, fields, kinds, organization, timeline) of the seed corpus,
/// once and repeated ×10 and ×100, to show the cost per byte stays flat as input grows.
/// <see cref="ParseCopiesKeepingResults"/> separates input size from result retention: the same bytes
/// as <see cref="Parse"/>, as <see cref="Repeat"/> documents of one corpus each, with every result kept
/// until the end, as a program that collects the incidents of many files does.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[InputBytes(nameof(InputBytes))]
[BenchmarkCategory("EndToEnd")]
public class EndToEndBenchmarks
{
    private IncidentParser _parser = null!;
    private string _text = "";
    private string _corpus = "";

    [Params(1, 10, 100)]
    public int Repeat { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _parser = IncidentParser.CreateDefault();
        _text = SeedCorpus.Repeated(Repeat);
        _corpus = SeedCorpus.Repeated(1);
        SeedCorpus.WarmUp(_parser);
    }

    [Benchmark]
    public int Parse() => _parser.Parse(_text, "seeds").Incidents.Count;

    [Benchmark]
    public int ParseCopiesKeepingResults()
    {
        var kept = new List<ParseResult>(Repeat);
        for (int i = 0; i < Repeat; i++)
        {
            kept.Add(_parser.Parse(_corpus, "seeds"));
        }
        return kept.Sum(r => r.Incidents.Count);
    }

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
