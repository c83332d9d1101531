using IncidentParsing.Lexicons;

namespace IncidentParsing.Extractors.Narrative;

/// <summary>
/// A caller's additions to the narrative vocabulary (<c>Extractors/Narrative/narrative.tsv</c>): headings
/// that introduce the cause or the measures, or whole lexicon text in the same tab-separated format.
/// </summary>
public sealed class NarrativeOptions
{
    private readonly List<string[]> _rows = [];

    /// <summary>The rows added so far, in the lexicon's format.</summary>
    internal IReadOnlyList<string[]> Rows => _rows;

    /// <summary>Adds a heading word that introduces the cause.</summary>
    public NarrativeOptions AddCauseHeading(string word) => Add("cause", word);

    /// <summary>Adds a heading word that introduces the recurrence-prevention measures.</summary>
    public NarrativeOptions AddMeasuresHeading(string word) => Add("measures", word);

    /// <summary>Adds rows written in the format of <c>narrative.tsv</c>.</summary>
    public NarrativeOptions AddLexicon(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _rows.AddRange(Lexicon.Parse(reader));
        return this;
    }

    private NarrativeOptions Add(string kind, string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        _rows.Add([kind, word]);
        return this;
    }
}
