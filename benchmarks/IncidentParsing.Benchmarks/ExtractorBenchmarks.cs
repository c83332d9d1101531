using BenchmarkDotNet.Attributes;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Benchmarks;

/// <summary>
/// Each built-in extractor on its own over the seed corpus: a parser with only that extractor
/// (`none` is the splitting and normalizing every parse pays), so an extractor's own cost is its row minus `none`.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[InputBytes(nameof(InputBytes))]
[BenchmarkCategory("Extractors")]
public class ExtractorBenchmarks
{
    private IncidentParser _parser = null!;
    private string _text = "";

    public static IEnumerable<string> Names() =>
        new[] { "none" }.Concat(IncidentParser.CreateDefault().Extractors.Select(ExtractorList.NameOf));

    [ParamsSource(nameof(Names))]
    public string Extractor { get; set; } = "none";

    [GlobalSetup]
    public void Setup()
    {
        var builder = new IncidentParserBuilder();
        var chosen = IncidentParser.CreateDefault().Extractors.FirstOrDefault(e => ExtractorList.NameOf(e) == Extractor);
        if (chosen is not null)
        {
            builder.Use(chosen);
        }
        _parser = builder.Build();
        _text = SeedCorpus.Text;
    }

    [Benchmark]
    public int Run() => _parser.Parse(_text, "seeds").Incidents.Count;

    internal static long InputBytes(string method, string parameters) => SeedCorpus.Utf8Bytes(1);
}
