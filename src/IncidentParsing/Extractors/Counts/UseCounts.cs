using IncidentParsing.Extractors.Counts;

namespace IncidentParsing.Pipeline;

// Each extractor's folder holds its part of the builder: its UseX() stays beside the extractor.
public sealed partial class IncidentParserBuilder
{
    /// <summary>Adds <see cref="CountsExtractor"/>: the counts and the number of people affected; <paramref name="configure"/> can add counters and non-number words.</summary>
    public IncidentParserBuilder UseCounts(Action<CountsOptions>? configure = null) => UseConfigured(configure, options => new CountsExtractor(options));
}
