using IncidentParsing.Model;
using IncidentParsing.Json;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Pipeline;

public sealed class PipelineTests
{
    private const string Dump = "【セキュリティ事件簿#2024-001】Ａ社 不正アクセスについて 2024/8/9\n\n連絡先：０１２０－１２３\n\n【セキュリティ事件簿#2024-002】B社 紛失について\n本文。\n";

    // A contributor's extractor: one file, one registration line.
    private sealed class TollFreeNumberExtractor : IIncidentExtractor
    {
        public void Extract(ExtractionContext context)
        {
            int at = context.Text.IndexOf("0120", StringComparison.Ordinal);
            if (at >= 0)
            {
                context.Annotate(this, "toll-free", context.Text.Substring(at, 8), at, at + 8);
            }
        }
    }

    private sealed class ThrowingExtractor : IIncidentExtractor
    {
        public void Extract(ExtractionContext context) => throw new InvalidOperationException("boom");
    }

    [Fact]
    public void A_custom_extractor_registered_in_one_line_shows_on_the_incident_with_original_offsets()
    {
        var parser = new IncidentParserBuilder().UseDefaults().Use(new TollFreeNumberExtractor()).Build();
        var incident = parser.Parse(Dump, "dump.txt").Incidents[0];
        var note = Assert.Single(incident.Annotations, a => a.Extractor == "toll-free-number");
        Assert.Equal("toll-free-number", note.Extractor);
        Assert.Equal("0120-123", note.Value);
        Assert.Equal("０１２０－１２３", note.Text);
        Assert.Equal(note.Text, Dump[note.Start..note.End]);
    }

    [Fact]
    public void A_failing_extractor_costs_a_diagnostic_not_the_notice()
    {
        var parser = new IncidentParserBuilder().UseDefaults().Use(new ThrowingExtractor()).Build();
        var incidents = parser.Parse(Dump).Incidents;
        Assert.Equal(2, incidents.Count);
        Assert.All(incidents, i => Assert.Contains(i.Diagnostics, d => d.Code == DiagnosticCodes.ExtractorFailed));
    }

    [Fact]
    public void A_notice_without_a_title_says_so_and_one_with_a_title_does_not()
    {
        var parser = IncidentParser.CreateDefault();
        var titled = Assert.Single(parser.Parse("個人情報の流出について\n\n当社のサーバーが不正アクセスを受けました。\n").Incidents);
        Assert.DoesNotContain(titled.Diagnostics, d => d.Code == DiagnosticCodes.NoTitle);
        // A date line alone, a label alone: a notice with no title.
        foreach (var text in new[] { "2030年8月1日\n", "お知らせ\n" })
        {
            var untitled = Assert.Single(parser.Parse(text).Incidents);
            Assert.Equal("", untitled.Title);
            Assert.Contains(untitled.Diagnostics, d => d.Code == DiagnosticCodes.NoTitle);
        }
    }

    [Fact]
    public void Extractors_are_ordered_by_type_and_added_once()
    {
        var builder = new IncidentParserBuilder().UseDefaults();
        int count = builder.Extractors.Count;
        builder.Use(new TollFreeNumberExtractor()).Use(new TollFreeNumberExtractor());
        Assert.Equal(count + 1, builder.Extractors.Count);
        builder.InsertBefore<TollFreeNumberExtractor>(new ThrowingExtractor());
        Assert.IsType<ThrowingExtractor>(builder.Extractors[^2]);
        Assert.True(builder.Remove<ThrowingExtractor>());
        Assert.DoesNotContain(builder.Extractors, e => e is ThrowingExtractor);
        Assert.False(builder.Remove<ThrowingExtractor>());
    }

    [Fact]
    public void Source_spans_of_notices_cover_the_input_in_order()
    {
        var incidents = IncidentParser.CreateDefault().Parse(Dump, "dump.txt").Incidents;
        Assert.Equal(0, incidents[0].Source.Start);
        Assert.True(incidents[0].Source.End <= incidents[1].Source.Start);
        Assert.StartsWith("【セキュリティ事件簿#2024-002】", Dump[incidents[1].Source.Start..]);
        Assert.Equal("dump.txt", incidents[1].Source.Document);
    }

    [Fact]
    public async Task Streaming_gives_the_same_incidents_as_parsing_at_once()
    {
        var parser = IncidentParser.CreateDefault();
        string text = string.Concat(SeedCorpus.SeedFiles.Select(File.ReadAllText));
        var whole = parser.Parse(text, "all").Incidents.Select(i => IncidentJson.Serialize(i)).ToList();
        var streamed = new List<string>();
        await foreach (var incident in parser.ParseAsync(new StringReader(text), "all"))
        {
            streamed.Add(IncidentJson.Serialize(incident));
        }
        Assert.Equal(whole, streamed);
    }

    [Fact]
    public void Misuse_throws_but_bad_text_does_not()
    {
        var parser = IncidentParser.CreateDefault();
        Assert.Throws<ArgumentNullException>(() => parser.Parse(null!));
        Assert.NotNull(parser.Parse("\uD800\u0000【】【セキュリティ事件簿#】\n\n\n"));
    }
}
