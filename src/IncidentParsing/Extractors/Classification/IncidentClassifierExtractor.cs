using IncidentParsing.Lexicons;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Classification;

/// <summary>
/// Decides <see cref="Model.Incident.IsIncident"/> from the title: how-tos, tool introductions and
/// rankings are not incidents. Cues live in <c>Notices/title-cues.tsv</c>.
/// </summary>
[ExtractorName("classification")]
public sealed class IncidentClassifierExtractor : IIncidentExtractor
{
    private readonly string[] _incidentCues;
    private readonly string[] _otherCues;

    /// <summary>Creates the classifier with the embedded cues.</summary>
    public IncidentClassifierExtractor()
    {
        var rows = Lexicon.ReadEmbedded("Notices/title-cues.tsv");
        _incidentCues = rows.Where(r => r.Length > 1 && r[1] == "incident").Select(r => r[0]).ToArray();
        _otherCues = rows.Where(r => r.Length > 1 && r[1] == "not-incident").Select(r => r[0]).ToArray();
    }

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        var title = context.Text.AsSpan(context.Header.Title.Start, context.Header.Title.Length);
        bool otherCue = ContainsAny(title, _otherCues);
        bool incidentCue = ContainsAny(title, _incidentCues);
        context.Incident.IsIncident = context.Header.CasebookId is not null ? !otherCue || incidentCue : incidentCue && !otherCue;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] cues)
    {
        foreach (var cue in cues)
        {
            if (text.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
