using IncidentParsing.Extractors.Counts;
using IncidentParsing.Json;
using IncidentParsing.Pipeline;
using IncidentParsing.Tokenization;

namespace IncidentParsing.Tests.Pipeline;

/// <summary>
/// With a part-of-speech tokenizer the parser tokenizes notices in batches ahead of the extractors;
/// what comes out must be what one notice at a time gives.
/// </summary>
public sealed class TokenizeAheadTests
{
    // All seed notices three times over: more than one batch, and a last batch that is not full.
    private static readonly string Dump = string.Concat(Enumerable.Repeat(string.Concat(SeedCorpus.SeedFiles.Select(File.ReadAllText)), 3));

    private sealed class PosTokenizer : ITokenizer
    {
        private readonly List<string> _log;

        public PosTokenizer(List<string> log) => _log = log;

        public string Name => "pos-test";

        public bool ProvidesPartsOfSpeech => true;

        public IReadOnlyList<Token> Tokenize(string text)
        {
            lock (_log)
            {
                _log.Add("tokenize");
            }
            return ITokenizer.Default.Tokenize(text)
                .Select(t => t with { Pos = t.Script == TokenScript.Kanji ? new PartOfSpeech("名詞", "一般", "", "") : new PartOfSpeech("記号", "", "", "") })
                .ToList();
        }
    }

    // Fails on some notices only (by length, so the same ones on every path), after others succeeded and
    // turned tokenizing ahead on.
    private sealed class SometimesFailingPosTokenizer : ITokenizer
    {
        private readonly PosTokenizer _inner = new([]);

        public string Name => "sometimes-failing";

        public bool ProvidesPartsOfSpeech => true;

        public IReadOnlyList<Token> Tokenize(string text) =>
            text.Length % 3 == 0 ? throw new InvalidOperationException("dictionary missing") : _inner.Tokenize(text);
    }

    private sealed class LoggingExtractor(List<string> log) : IIncidentExtractor
    {
        public void Extract(ExtractionContext context)
        {
            lock (log)
            {
                log.Add("extract");
            }
            _ = context.Tokens.Count;
        }
    }

    private static IncidentParser Build(ITokenizer tokenizer, List<string>? log = null)
    {
        var builder = new IncidentParserBuilder().UseDefaults().UseTokenizer(tokenizer);
        if (log is not null)
        {
            builder.Use(new LoggingExtractor(log));
        }
        return builder.Build();
    }

    [Fact]
    public void Batched_tokenizing_gives_what_one_notice_at_a_time_gives()
    {
        var parser = Build(new PosTokenizer([]));
        var inOrder = parser.Parse(Dump, "d.txt").Incidents;
        // The parallel path parses each notice on its own, tokens included.
        var oneByOne = parser.Parse(Dump, "d.txt", new ParseOptions { MaxDegreeOfParallelism = 2 }).Incidents;
        Assert.True(inOrder.Count > 64, "the dump must span more than one batch");
        Assert.Equal(IncidentJson.Serialize(oneByOne), IncidentJson.Serialize(inOrder));
    }

    [Fact]
    public void Once_tokens_are_asked_for_notices_are_tokenized_in_batches_ahead_and_each_once()
    {
        var log = new List<string>();
        var incidents = Build(new PosTokenizer(log), log).Parse(Dump, "d.txt").Incidents;
        // The first notice shows that the extractors ask for tokens; from then on 64 are tokenized ahead.
        Assert.Equal(["tokenize", "extract"], log.Take(2));
        Assert.Equal(2 + 64, log.IndexOf("extract", 2));
        Assert.Equal(incidents.Count, log.Count(e => e == "tokenize"));
        Assert.Equal(incidents.Count, log.Count(e => e == "extract"));
    }

    [Fact]
    public void A_pipeline_that_never_asks_for_tokens_never_tokenizes()
    {
        var log = new List<string>();
        var parser = new IncidentParserBuilder().UseCounts().UseTokenizer(new PosTokenizer(log)).Build();
        Assert.NotEmpty(parser.Parse(Dump, "d.txt").Incidents);
        Assert.Empty(log);
    }

    [Fact]
    public void A_tokenizer_that_fails_ahead_costs_what_it_costs_without_batching()
    {
        var parser = Build(new SometimesFailingPosTokenizer());
        var inOrder = parser.Parse(Dump, "d.txt").Incidents;
        var oneByOne = parser.Parse(Dump, "d.txt", new ParseOptions { MaxDegreeOfParallelism = 2 }).Incidents;
        static bool Failed(Model.Incident i) => i.Diagnostics.Any(d => d.Code == Model.DiagnosticCodes.ExtractorFailed);
        Assert.Contains(inOrder.Skip(1), Failed);
        Assert.Contains(inOrder, i => !Failed(i));
        Assert.Equal(IncidentJson.Serialize(oneByOne), IncidentJson.Serialize(inOrder));
    }
}
