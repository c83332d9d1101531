using IncidentParsing.Extractors.Kinds;

namespace IncidentParsing.Pipeline;

// Each extractor's folder holds its part of the builder: its UseX() stays beside the extractor.
public sealed partial class IncidentParserBuilder
{
    /// <summary>Adds <see cref="KindsExtractor"/>: what happened, with the caller's extra cues if <paramref name="configure"/> is given.</summary>
    public IncidentParserBuilder UseKinds(Action<KindsOptions>? configure = null) => UseConfigured(configure, options => new KindsExtractor(options));
}
