using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Timeline;

/// <summary>Registers the timeline extractor.</summary>
public static class TimelineBuilderExtensions
{
    /// <summary>Adds <see cref="TimelineExtractor"/>: timeline, exposure period, authority reports and a body-dated published date.</summary>
    public static IncidentParserBuilder UseTimeline(this IncidentParserBuilder builder, Action<TimelineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new TimelineOptions();
        configure?.Invoke(options);
        return builder.UseConfigured(new TimelineExtractor(options));
    }
}
