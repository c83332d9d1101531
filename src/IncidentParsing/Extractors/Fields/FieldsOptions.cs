using IncidentParsing.Model;

namespace IncidentParsing.Extractors.Fields;

/// <summary>
/// Caller additions to the field vocabulary, applied on top of the embedded <c>fields.tsv</c>
/// (an entry for a phrase the file already has replaces it).
/// </summary>
/// <example>
/// <code>
/// var parser = new IncidentParserBuilder()
///     .UseFields(o => o.AddSynonym("会員ランク", FieldCategory.Other))
///     .Build();
/// </code>
/// </example>
public sealed class FieldsOptions
{
    private readonly List<KeyValuePair<string, FieldCategory?>> _synonyms = [];

    internal IReadOnlyList<KeyValuePair<string, FieldCategory?>> Synonyms => _synonyms;

    /// <summary>Makes <paramref name="phrase"/> (as written after NFKC) mean <paramref name="category"/>.</summary>
    public FieldsOptions AddSynonym(string phrase, FieldCategory category)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        _synonyms.Add(new(phrase.Trim(), category));
        return this;
    }

    /// <summary>
    /// Makes <paramref name="phrase"/> a generic head that names no particular kind of data
    /// (like <c>個人情報</c>): recognized, but never a field and never "other".
    /// </summary>
    public FieldsOptions AddGenericHead(string phrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        _synonyms.Add(new(phrase.Trim(), null));
        return this;
    }
}
