using IncidentParsing.Lexicons;

namespace IncidentParsing.Extractors.Organization;

/// <summary>
/// A caller's additions to the organization vocabulary (<c>Extractors/Organization/organization.tsv</c>):
/// legal forms, institutional suffixes, or whole lexicon text in the same tab-separated format.
/// </summary>
public sealed class OrganizationOptions
{
    private readonly List<string[]> _rows = [];

    /// <summary>How many of the names weighed to keep in <see cref="Model.Incident.OrganizationCandidates"/> (3 unless set; 0 keeps none).</summary>
    public int MaxCandidates
    {
        get => _maxCandidates;
        set => _maxCandidates = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxCandidates must not be negative.");
    }

    private int _maxCandidates = 3;

    /// <summary>The rows added so far, in the lexicon's format.</summary>
    internal IReadOnlyList<string[]> Rows => _rows;

    /// <summary>Adds a legal form (like <c>株式会社</c>), kept as written before or after a name.</summary>
    public OrganizationOptions AddLegalForm(string form) => Add("legal", form);

    /// <summary>Adds an institutional suffix that ends a name (like <c>大学</c> or <c>労働局</c>).</summary>
    public OrganizationOptions AddSuffix(string suffix) => Add("suffix", suffix);

    /// <summary>Adds a name that is an organization by itself.</summary>
    public OrganizationOptions AddName(string name) => Add("whole", name);

    /// <summary>Adds rows written in the format of <c>organization.tsv</c>.</summary>
    public OrganizationOptions AddLexicon(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _rows.AddRange(Lexicon.Parse(reader));
        return this;
    }

    private OrganizationOptions Add(string kind, string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        _rows.Add([kind, word]);
        return this;
    }
}
