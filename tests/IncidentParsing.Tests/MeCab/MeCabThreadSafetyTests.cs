using IncidentParsing.Json;
using IncidentParsing.MeCab;
using IncidentParsing.Pipeline;
using IncidentParsing.Tokenization;

namespace IncidentParsing.Tests.MeCab;

public sealed class MeCabThreadSafetyTests
{
    /// <summary>Makes every notice's morphemes visible in the output, so a race in tokenizing shows as a difference.</summary>
    private sealed class TokenDigestExtractor : IIncidentExtractor
    {
        public void Extract(ExtractionContext context)
        {
            var tokens = context.Tokens;
            var digest = new HashCode();
            foreach (var token in tokens)
            {
                digest.Add(token);
            }
            context.Annotate(this, "tokens", $"{tokens.Count}:{digest.ToHashCode():x8}", 0, 0);
        }
    }

    [SkippableFact]
    public void One_parser_used_from_several_threads_at_once_gives_the_same_results_as_one_thread()
    {
        MeCabRequired.Tokenizer();
        var parser = new IncidentParserBuilder().UseDefaults().Use(new TokenDigestExtractor()).UseMeCab().Build();
        var seeds = SeedCorpus.SeedFiles.Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToList();
        var expected = seeds.Select(s => IncidentJson.Serialize(parser.Parse(s.Text, s.Name).Incidents)).ToList();
        Assert.All(expected, json => Assert.Contains("\"tokens\"", json));

        const int threads = 6;
        const int rounds = 4;
        var results = new string[threads][];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var mine = new List<string>();
            for (int round = 0; round < rounds; round++)
            {
                // Each thread walks the seeds from a different place, so different notices overlap.
                for (int i = 0; i < seeds.Count; i++)
                {
                    var seed = seeds[(i + t) % seeds.Count];
                    mine.Add(seed.Name + "\n" + IncidentJson.Serialize(parser.Parse(seed.Text, seed.Name).Incidents));
                }
            }
            results[t] = [.. mine];
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        var byName = seeds.Select((s, i) => (s.Name, Json: expected[i])).ToDictionary(x => x.Name, x => x.Json);
        foreach (var result in results)
        {
            Assert.Equal(rounds * seeds.Count, result.Length);
            foreach (var entry in result)
            {
                int newline = entry.IndexOf('\n');
                Assert.Equal(byName[entry[..newline]], entry[(newline + 1)..]);
            }
        }
    }

    [SkippableFact]
    public void The_shared_tokenizer_gives_identical_tokens_on_every_thread()
    {
        var mecab = MeCabRequired.Tokenizer();
        var seeds = SeedCorpus.SeedFiles.Select(File.ReadAllText).ToList();
        var expected = seeds.Select(mecab.Tokenize).ToList();
        var results = new IReadOnlyList<Token>[8 * seeds.Count];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = mecab.Tokenize(seeds[i % seeds.Count]));
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % seeds.Count], results[i]);
        }
    }
}
