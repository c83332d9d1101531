using IncidentParsing.Model;

namespace IncidentParsing.Extractors.Timeline;

/// <summary>Caller additions to the timeline's vocabularies.</summary>
public sealed class TimelineOptions
{
    /// <summary>More cue words for event codes (added to <c>timeline-cues.tsv</c>).</summary>
    public IDictionary<string, TimelineEventCode> EventCues { get; } = new Dictionary<string, TimelineEventCode>();

    /// <summary>More authority names (added to <c>authorities.tsv</c>).</summary>
    public IDictionary<string, ReportTarget> Authorities { get; } = new Dictionary<string, ReportTarget>();
}
