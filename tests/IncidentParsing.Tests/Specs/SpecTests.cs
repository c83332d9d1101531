using IncidentParsing.Pipeline;
using IncidentParsing.Testing;

namespace IncidentParsing.Tests.Specs;

/// <summary>
/// The spec files (<c>Specs/&lt;extractor&gt;.json</c>): each case of notices written for them, run once with the
/// extractor alone (with what it requires) and once inside the default parser. A case marked as a known gap must still
/// fail; when it passes, the mark is to go.
/// </summary>
public sealed class SpecTests
{
    private static readonly string SpecDir = Path.Combine(AppContext.BaseDirectory, "Specs");

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (string file in Directory.EnumerateFiles(SpecDir, "*.json").Order(StringComparer.Ordinal))
        {
            for (int i = 0; i < ExtractorSpecs.Read(file).Count; i++)
            {
                data.Add(Path.GetFileName(file), i);
            }
        }
        return data;
    }

    [Fact]
    public void Every_extractor_has_a_spec_file_named_for_it()
    {
        var names = new IncidentParserBuilder().UseDefaults().Extractors.Select(e => ExtractorNames.Of(e) + ".json").Order();
        Assert.Equal(names, Directory.EnumerateFiles(SpecDir, "*.json").Select(Path.GetFileName).Order()!);
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Alone_and_inside_the_defaults(string file, int index)
    {
        var spec = ExtractorSpecs.Read(Path.Combine(SpecDir, file))[index];
        string name = Path.GetFileNameWithoutExtension(file);
        var extractor = new IncidentParserBuilder().UseDefaults().Extractors.Single(e => ExtractorNames.Of(e) == name);
        var alone = ExtractorSpecs.Run(spec, ExtractorChecks.ParserFor(extractor));
        var inDefaults = ExtractorSpecs.Run(spec, IncidentParser.CreateDefault());
        if (spec.Gap is { } gap)
        {
            Assert.False(alone.Count == 0 && inDefaults.Count == 0, $"{spec}: passes now; remove its gap mark ({gap})");
            Skip.If(true, $"{spec}: known gap: {gap}");
        }
        Assert.True(alone.Count == 0, $"{spec} (alone): {string.Join("; ", alone)}");
        Assert.True(inDefaults.Count == 0, $"{spec} (in the defaults): {string.Join("; ", inDefaults)}");
    }
}

/// <summary>The names extractors go by in annotations, diagnostics and spec files.</summary>
internal static class ExtractorNames
{
    public static string Of(IIncidentExtractor extractor) => ExtractorList.NameOf(extractor);
}
