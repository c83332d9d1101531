using System.Collections.Frozen;
using IncidentParsing.Model;

namespace IncidentParsing.Extractors.Organization;

/// <summary>
/// The features the organization model knows, each with its place in a candidate's vector: the readings that can find
/// a name, the name's shape and place, the notice's facts, and the cue features of <c>candidate-cues.tsv</c>. Built
/// once per extractor; a candidate's features are a row of doubles, so weighing a notice allocates no dictionary.
/// </summary>
internal sealed class FeatureSpace
{
    /// <summary>The readings that find a name (besides the scan for names), in the order of trust the chain follows.</summary>
    public static readonly string[] ReadingNames =
    [
        "chain", "addressee", "self", "issuer", "lead", "signature", "contact", "greeting", "title.head", "title.name",
        "news.source", "tagged", "repeated", "title.subject", "lead.place", "brand", "window", "head",
    ];

    private static readonly string[] Fixed =
    [
        "named", "unread", "chain.blog", "legal", "ending", "police", "short", "regulator", "in.title", "early", "line",
        "recurs", "kind.blog", "kind.news", "kind.notice", "list", "list.own", "pointed", "bracketed", "alias.company", "pointer.first", "pointed.legal",
    ];

    private readonly string[] _names;
    private readonly FrozenDictionary<string, int> _index;

    public FeatureSpace(IEnumerable<string> cueFeatures)
    {
        _names = ReadingNames.Concat(Fixed).Concat(cueFeatures).Distinct(StringComparer.Ordinal).ToArray();
        _index = Enumerable.Range(0, _names.Length).ToFrozenDictionary(i => _names[i], StringComparer.Ordinal);
        Named = this["named"];
        Unread = this["unread"];
        Chain = this["chain"];
        ChainBlog = this["chain.blog"];
        KindBlog = this["kind.blog"];
        Legal = this["legal"];
        Ending = this["ending"];
        Police = this["police"];
        Short = this["short"];
        Regulator = this["regulator"];
        InTitle = this["in.title"];
        Early = this["early"];
        Line = this["line"];
        Recurs = this["recurs"];
        Pointed = this["pointed"];
        PointedLegal = this["pointed.legal"];
        Bracketed = this["bracketed"];
        AliasCompany = this["alias.company"];
        PointerFirst = this["pointer.first"];
        Subject = IndexOf("subject");
        Roles = RoleFeatures.Select(r => (IndexOf(r.Feature), r.Role)).Where(r => r.Item1 >= 0).ToArray();
    }

    // The features that give a name other than the organization its part, most telling first.
    private static readonly (string Feature, PartyRole Role)[] RoleFeatures =
    [
        ("regulator", PartyRole.Authority), ("police", PartyRole.Authority), ("authority", PartyRole.Authority),
        ("contractor", PartyRole.Contractor), ("reporter", PartyRole.Contractor), ("provider", PartyRole.Service),
        ("parent", PartyRole.Parent), ("subsidiary", PartyRole.Subsidiary),
    ];

    /// <summary>The feature indices that give a party its role, most telling first.</summary>
    public (int Feature, PartyRole Role)[] Roles { get; }

    /// <summary>How many features there are: the length of a candidate's row.</summary>
    public int Count => _names.Length;

    /// <summary>The feature at <paramref name="index"/>.</summary>
    public string this[int index] => _names[index];

    /// <summary>The index of a feature this space knows.</summary>
    public int this[string name] => _index[name];

    /// <summary>The index of <paramref name="name"/>, or -1 where the space does not know it.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i : -1;

    /// <summary>How many reading features there are: they come first in every row.</summary>
    public static int ReadingCount => ReadingNames.Length;

    public int Named { get; }

    public int Unread { get; }

    public int Chain { get; }

    public int ChainBlog { get; }

    public int KindBlog { get; }

    public int Legal { get; }

    public int Ending { get; }

    public int Police { get; }

    public int Short { get; }

    public int Regulator { get; }

    public int InTitle { get; }

    public int Early { get; }

    public int Line { get; }

    public int Recurs { get; }

    /// <summary>The notice points at the name's kind in its own voice (当組合, 本学).</summary>
    public int Pointed { get; }

    /// <summary>The notice points at the kind of the name's legal form (当社 for a company).</summary>
    public int PointedLegal { get; }

    /// <summary>The name opens a bracket after another name: its address or another name for it (X(東京都港区)).</summary>
    public int Bracketed { get; }

    /// <summary>The short name speaks of a company in the third person (X(以下「IIJ社」)).</summary>
    public int AliasCompany { get; }

    /// <summary>The name opens with the notice's own pointer (本研究センター): its own voice more than a name.</summary>
    public int PointerFirst { get; }

    /// <summary>The cue feature of a statement's subject (Xは, Xが), or -1 where the cues give none.</summary>
    public int Subject { get; }
}
