using BenchmarkDotNet.Attributes;
using IncidentParsing.MeCab;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Benchmarks;

/// <summary>
/// The whole parse with the MeCab tokenizer on, against tokenizing the same notices with MeCab alone, in
/// one run: how much the extractors add on top of MeCab (the target is at most 1.5× MeCab's time).
/// Both sides tokenize notice by notice, as the parser does (<see cref="ExtractionContext.Tokens"/>),
/// so the baseline is exactly the MeCab work the parse cannot avoid.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[InputBytes(nameof(InputBytes))]
[BenchmarkCategory("MeCab")]
public class MeCabParseBenchmarks
{
    private IncidentParser _parser = null!;
    private MeCabTokenizer _tokenizer = null!;
    private string _text = "";
    private string[] _notices = [];

    [GlobalSetup]
    public void Setup()
    {
        _tokenizer = MeCabTokenizer.Shared;
        _parser = new IncidentParserBuilder().UseDefaults().UseMeCab().Build();
        _text = SeedCorpus.Text;
        // The notices' normalized texts, as the extractors see them (ExtractionContext.Text).
        _notices = new IncidentParserBuilder().Use(new NoticeTextCollector()).Build().Parse(_text).Incidents
            .Select(i => i.Annotations.Single(a => a.Key == NoticeTextCollector.Key).Value).ToArray();
        SeedCorpus.WarmUp(_parser);
    }

    [Benchmark(Baseline = true, Description = "MeCab tokenizing the notices")]
    public int MeCabAlone()
    {
        int tokens = 0;
        foreach (var notice in _notices)
        {
            tokens += _tokenizer.Tokenize(notice).Count;
        }
        return tokens;
    }

    [Benchmark(Description = "Parse with MeCab on")]
    public int ParseWithMeCab() => _parser.Parse(_text, "seeds").Incidents.Count;

    internal static long InputBytes(string method, string parameters) => SeedCorpus.Utf8Bytes(1);

    /// <summary>Hands each notice's normalized text out through an annotation (setup only).</summary>
    private sealed class NoticeTextCollector : IIncidentExtractor
    {
        public const string Key = "text";

        public void Extract(ExtractionContext context) => context.Annotate(this, Key, context.Text, 0, 0);
    }
}
