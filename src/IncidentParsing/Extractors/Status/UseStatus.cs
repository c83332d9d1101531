using IncidentParsing.Extractors.Status;

namespace IncidentParsing.Pipeline;

// Each extractor's folder holds its part of the builder: its UseX() stays beside the extractor.
public sealed partial class IncidentParserBuilder
{
    /// <summary>Adds <see cref="StatusExtractor"/>: whether data left, with the caller's extra words if <paramref name="configure"/> is given (after the kinds: notices that state nothing fall back on them).</summary>
    public IncidentParserBuilder UseStatus(Action<StatusOptions>? configure = null) => UseConfigured(configure, options => new StatusExtractor(options));
}
