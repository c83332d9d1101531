using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Narrative;

/// <summary>Registers the cause, measures and related-entries extractor.</summary>
public static class NarrativeBuilderExtensions
{
    /// <summary>Adds <see cref="NarrativeExtractor"/>, with the caller's extra vocabulary if <paramref name="configure"/> is given.</summary>
    public static IncidentParserBuilder UseNarrative(this IncidentParserBuilder builder, Action<NarrativeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new NarrativeOptions();
        configure?.Invoke(options);
        return builder.UseConfigured(new NarrativeExtractor(options));
    }
}
