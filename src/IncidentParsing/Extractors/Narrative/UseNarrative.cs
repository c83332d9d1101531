using IncidentParsing.Extractors.Narrative;

namespace IncidentParsing.Pipeline;

// Each extractor's folder holds its part of the builder: its UseX() stays beside the extractor.
public sealed partial class IncidentParserBuilder
{
    /// <summary>Adds <see cref="NarrativeExtractor"/>: the cause, the measures and the related entries, with the caller's extra vocabulary if <paramref name="configure"/> is given.</summary>
    public IncidentParserBuilder UseNarrative(Action<NarrativeOptions>? configure = null) => UseConfigured(configure, options => new NarrativeExtractor(options));
}
