using IncidentParsing.Lexicons;

namespace IncidentParsing.Extractors.Status;

/// <summary>
/// A caller's additions to the leak-status vocabulary (<c>Extractors/Status/leak-status.tsv</c>):
/// extra words, or whole lexicon text in the same tab-separated format.
/// </summary>
public sealed class StatusOptions
{
    private readonly List<string[]> _rows = [];

    /// <summary>The rows added so far, in the lexicon's format.</summary>
    internal IReadOnlyList<string[]> Rows => _rows;

    /// <summary>Adds a word of doubt (like <c>可能性</c>): a leak stated with it is <c>possible</c>.</summary>
    public StatusOptions AddDoubtWord(string word) => Add("modal", word);

    /// <summary>Adds a denial (like <c>確認されておりません</c>): a leak stated with it is <c>not-confirmed</c>.</summary>
    public StatusOptions AddDenial(string word) => Add("negation", word);

    /// <summary>Adds a word for data leaving that may be stated as having happened (like <c>流出</c>).</summary>
    public StatusOptions AddLeakWord(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        _rows.Add(["leak", word, "happened"]);
        return this;
    }

    /// <summary>Adds rows written in the format of <c>leak-status.tsv</c>.</summary>
    public StatusOptions AddLexicon(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _rows.AddRange(Lexicon.Parse(reader));
        return this;
    }

    private StatusOptions Add(string kind, string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        _rows.Add([kind, word]);
        return this;
    }
}
