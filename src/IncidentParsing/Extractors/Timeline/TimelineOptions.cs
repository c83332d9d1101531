using IncidentParsing.Model;

namespace IncidentParsing.Extractors.Timeline;

/// <summary>Caller additions to the timeline's vocabularies, and what each event keeps.</summary>
public sealed class TimelineOptions
{
    /// <summary>More cue words for event codes (added to <c>timeline-cues.tsv</c>).</summary>
    public IDictionary<string, TimelineEventCode> EventCues { get; } = new Dictionary<string, TimelineEventCode>();

    /// <summary>More authority names (added to <c>authorities.tsv</c>).</summary>
    public IDictionary<string, ReportTarget> Authorities { get; } = new Dictionary<string, ReportTarget>();

    /// <summary>
    /// When set, each event keeps the text of the statement it was read from in
    /// <see cref="TimelineEvent.Sentence"/>. Off by default: statement texts were a fifth of an
    /// incident's memory, and every event already gives the offsets of its date in the input.
    /// </summary>
    public bool IncludeSentences { get; set; }
}
