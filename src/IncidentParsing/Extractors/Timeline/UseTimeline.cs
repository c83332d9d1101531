using IncidentParsing.Extractors.Timeline;

namespace IncidentParsing.Pipeline;

// Each extractor's folder holds its part of the builder: its UseX() stays beside the extractor.
public sealed partial class IncidentParserBuilder
{
    /// <summary>Adds <see cref="TimelineExtractor"/>: the timeline, the exposure period, the reports to authorities and a body-dated published date.</summary>
    public IncidentParserBuilder UseTimeline(Action<TimelineOptions>? configure = null) => UseConfigured(configure, options => new TimelineExtractor(options));
}
