using IncidentParsing.Pipeline;
using IncidentParsing.Testing;

namespace IncidentParsing.Tests.Specs;

/// <summary>
/// Every extractor type in the library, found by reflection, keeps the invariants of <see cref="ExtractorChecks"/> on the
/// seed posts, a dump of them and random text: alone (with what it requires) and inside the default parser.
/// </summary>
public sealed class ExtractorInvariantTests
{
    private static readonly Lazy<List<string>> Posts = new(() =>
    {
        var parser = IncidentParser.CreateDefault();
        return SeedCorpus.SeedFiles.Select(File.ReadAllText)
            .SelectMany(dump => parser.Parse(dump).Incidents.Select(i => dump[i.Source.Start..i.Source.End]))
            .Take(40)
            .ToList();
    });

    private static IEnumerable<string> TypeNames() => typeof(IIncidentExtractor).Assembly.GetTypes()
        .Where(t => typeof(IIncidentExtractor).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Select(t => t.FullName!);

    public static TheoryData<string> ExtractorTypes() => new(TypeNames());

    [Fact]
    public void Every_extractor_type_is_one_of_the_defaults()
    {
        var defaults = new IncidentParserBuilder().UseDefaults().Extractors.Select(e => e.GetType().FullName!).Order();
        Assert.Equal(defaults, TypeNames().Order());
    }

    [Theory]
    [MemberData(nameof(ExtractorTypes))]
    public void Keeps_the_invariants_alone(string typeName)
    {
        var extractor = new IncidentParserBuilder().UseDefaults().Extractors.Single(e => e.GetType().FullName == typeName);
        Assert.Empty(ExtractorChecks.Check(ExtractorChecks.ParserFor(extractor), Posts.Value, randomInputs: 50, seed: typeName.Length));
    }

    [Fact]
    public void The_default_parser_keeps_the_invariants()
    {
        Assert.Empty(ExtractorChecks.Check(IncidentParser.CreateDefault(), Posts.Value, randomInputs: 100));
    }

    [Fact]
    public void A_contributors_extractor_is_checked_the_same_way_and_a_broken_one_is_caught()
    {
        var posts = Posts.Value.Take(5).ToList();
        Assert.Empty(ExtractorChecks.Check(ExtractorChecks.ParserFor(new SpanOfTheTitle()), posts, randomInputs: 20));
        var problems = ExtractorChecks.Check(ExtractorChecks.ParserFor(new OffByOne()), posts, randomInputs: 0);
        Assert.Contains(problems, p => p.Contains("where the input has", StringComparison.Ordinal));
    }

    // Annotates the title: a well-behaved contributor's extractor.
    private sealed class SpanOfTheTitle : IIncidentExtractor
    {
        public void Extract(ExtractionContext context)
        {
            var title = context.TitleSpan;
            if (title.Length > 0)
            {
                context.Annotate(this, "title", "seen", title.Start, title.End);
            }
        }
    }

    // Gives a value whose text is not the input's characters at its span.
    private sealed class OffByOne : IIncidentExtractor
    {
        public void Extract(ExtractionContext context)
        {
            var title = context.TitleSpan;
            if (title.Length > 1)
            {
                context.Incident.Annotations.Add(new Model.Annotation("off-by-one", "title", "x", "not the title", title.Start, title.End));
            }
        }
    }
}
