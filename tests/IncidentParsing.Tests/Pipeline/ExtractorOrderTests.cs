using System.Reflection;
using IncidentParsing.Extractors.Kinds;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Pipeline;

/// <summary>The extractors' order is checked at Build(), and the built-ins follow the house's naming rule.</summary>
public sealed class ExtractorOrderTests
{
    [Requires(typeof(KindsExtractor))]
    private sealed class KindsReader : IIncidentExtractor
    {
        public void Extract(ExtractionContext context)
        {
        }
    }

    [Fact]
    public void The_defaults_are_in_an_order_that_satisfies_every_requirement()
    {
        var parser = new IncidentParserBuilder().UseDefaults().Build();
        Assert.Equal(10, parser.Extractors.Count);
    }

    [Fact]
    public void An_extractor_before_one_it_requires_fails_at_build_naming_both()
    {
        var builder = new IncidentParserBuilder().UseClassification().UseKinds().UseStatus();
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("'classification'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'kinds'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contributors_extractor_is_checked_like_the_built_ins()
    {
        var after = new IncidentParserBuilder().UseDefaults().Use(new KindsReader());
        Assert.NotNull(after.Build());

        var before = new IncidentParserBuilder().UseDefaults();
        before.Extractors.Insert(0, new KindsReader());
        var error = Assert.Throws<InvalidOperationException>(before.Build);
        Assert.Contains("'kinds-reader'", error.Message, StringComparison.Ordinal);

        before.Extractors.RemoveAt(0);
        before.InsertAfter<KindsExtractor>(new KindsReader());
        Assert.NotNull(before.Build());
    }

    [Fact]
    public void A_required_extractor_that_is_absent_is_allowed()
    {
        var parser = new IncidentParserBuilder().UseStatus().Build();
        Assert.Single(parser.Extractors);
    }

    // Folder = namespace = class = UseX() = default name, so that each is found from any other.
    [Fact]
    public void Every_built_in_extractor_is_named_alike_in_folder_class_use_method_and_name()
    {
        var uses = typeof(IncidentParserBuilder).GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name).ToHashSet();
        foreach (var extractor in new IncidentParserBuilder().UseDefaults().Build().Extractors)
        {
            var type = extractor.GetType();
            string stem = type.Name[..^"Extractor".Length];
            Assert.EndsWith("Extractor", type.Name, StringComparison.Ordinal);
            Assert.Equal("IncidentParsing.Extractors." + stem, type.Namespace);
            Assert.Contains("Use" + stem, uses);
            Assert.Equal(stem.ToLowerInvariant(), ExtractorList.NameOf(extractor).Replace("-", "", StringComparison.Ordinal));
        }
    }
}
