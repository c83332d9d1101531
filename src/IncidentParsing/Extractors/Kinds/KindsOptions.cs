using IncidentParsing.Lexicons;
using IncidentParsing.Model;

namespace IncidentParsing.Extractors.Kinds;

/// <summary>
/// A caller's additions to the kind vocabulary (<c>Extractors/Kinds/kinds.tsv</c>): extra cue phrases,
/// or whole lexicon text in the same tab-separated format.
/// </summary>
public sealed class KindsOptions
{
    private readonly List<string[]> _rows = [];

    /// <summary>The rows added so far, in the lexicon's format.</summary>
    internal IReadOnlyList<string[]> Rows => _rows;

    /// <summary>Makes <paramref name="phrase"/> a cue for <paramref name="kind"/>; a weak cue only counts when no strong cue is found.</summary>
    public KindsOptions AddCue(IncidentKind kind, string phrase, bool weak = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(phrase);
        _rows.Add(["cue", KindLexicon.Code(kind), weak ? "weak" : "strong", phrase]);
        return this;
    }

    /// <summary>Adds rows written in the format of <c>kinds.tsv</c>.</summary>
    public KindsOptions AddLexicon(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _rows.AddRange(Lexicon.Parse(reader));
        return this;
    }
}
