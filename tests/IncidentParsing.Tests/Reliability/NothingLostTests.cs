using System.Text.Json.Nodes;
using IncidentParsing.Json;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Reliability;

/// <summary>Every post in a dump comes out, in order, exactly as it would alone.</summary>
public sealed class NothingLostTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    private static List<string> Posts(string dump) =>
        Parser.Parse(dump).Incidents.Select(i => dump[i.Source.Start..i.Source.End]).ToList();

    [Theory]
    [MemberData(nameof(SeedCorpus.SeedNames), MemberType = typeof(SeedCorpus))]
    public void Every_header_line_is_the_start_of_an_incident(string seed)
    {
        string text = SeedCorpus.Read(seed);
        var starts = Parser.Parse(text, seed).Incidents.Select(i => i.Source.Start).ToHashSet();
        int offset = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("【セキュリティ事件簿#", StringComparison.Ordinal))
            {
                Assert.Contains(offset, starts);
            }
            offset += line.Length + 1;
        }
    }

    [Fact]
    public void A_shuffled_dump_of_all_posts_gives_each_post_as_it_parses_alone()
    {
        var posts = SeedCorpus.SeedFiles.SelectMany(f => Posts(File.ReadAllText(f))).ToList();
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var random = new Random(seed);
            var shuffled = posts.OrderBy(_ => random.Next()).ToList();
            Assert.Empty(IncidentParsing.Testing.ExtractorChecks.SameInsideADump(Parser, shuffled));
        }
    }

    [Fact]
    public void Eight_threads_sharing_one_parser_get_what_one_thread_gets()
    {
        var texts = SeedCorpus.SeedFiles.Select(File.ReadAllText).ToArray();
        var expected = texts.Select(t => IncidentJson.Serialize(Parser.Parse(t, "x").Incidents)).ToArray();
        var results = new string[8 * texts.Length];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => results[i] = IncidentJson.Serialize(Parser.Parse(texts[i % texts.Length], "x").Incidents));
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(16)]
    public void Notices_parsed_on_many_threads_come_out_as_on_one(int threads)
    {
        string dump = string.Concat(Enumerable.Repeat(string.Concat(SeedCorpus.SeedFiles.Select(File.ReadAllText)), 3));
        string one = IncidentJson.Serialize(Parser.Parse(dump, "dump").Incidents);
        var parallel = new ParseOptions { MaxDegreeOfParallelism = threads };
        Assert.Equal(one, IncidentJson.Serialize(Parser.Parse(dump, "dump", parallel).Incidents));
        Assert.Equal(one, IncidentJson.Serialize(Parser.ParseIncidents(dump, "dump", parallel).ToList()));
    }

    [Fact]
    public void ParseIncidents_yields_what_Parse_returns_and_can_be_abandoned()
    {
        string dump = string.Concat(SeedCorpus.SeedFiles.Select(File.ReadAllText));
        var all = Parser.Parse(dump, "d").Incidents;
        Assert.Equal(IncidentJson.Serialize(all), IncidentJson.Serialize(Parser.ParseIncidents(dump, "d").ToList()));
        // Stopping early gives the first ones and leaves the parser usable (the pooled text goes back).
        Assert.Equal(IncidentJson.Serialize(all.Take(3).ToList()), IncidentJson.Serialize(Parser.ParseIncidents(dump, "d").Take(3).ToList()));
        Assert.Equal(IncidentJson.Serialize(all.Take(2).ToList()),
            IncidentJson.Serialize(Parser.ParseIncidents(dump, "d", new ParseOptions { MaxDegreeOfParallelism = 2 }).Take(2).ToList()));
        Assert.Equal(IncidentJson.Serialize(all), IncidentJson.Serialize(Parser.Parse(dump, "d").Incidents));
    }

    [Fact]
    public void A_parallelism_below_one_is_misuse()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParseOptions { MaxDegreeOfParallelism = 0 });
        Assert.Throws<ArgumentNullException>(() => Parser.ParseIncidents(null!));
    }

    [Fact]
    public void ParseMany_keeps_input_order()
    {
        var docs = SeedCorpus.SeedFiles.Select(f => (File.ReadAllText(f), (string?)Path.GetFileName(f))).ToList();
        var many = Parser.ParseMany(docs);
        Assert.Equal(docs.Select(d => d.Item2), many.Select(r => r.Incidents[0].Source.Document));
    }

}
