using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Kinds;

/// <summary>One reading of a cue phrase: the kind it signals, how strongly, and the word list that must precede it.</summary>
/// <param name="Kind">The kind signalled.</param>
/// <param name="Strong">False for cues that only count when no strong cue is found.</param>
/// <param name="Requires">For pairs: the set whose word must stand before the cue in the same sentence.</param>
internal sealed record KindCue(IncidentKind Kind, bool Strong, string? Requires);

/// <summary>The parsed form of <c>kinds.tsv</c> plus a caller's extra rows (see the file's header for the row types).</summary>
internal sealed class KindLexicon
{
    public KindLexicon(IEnumerable<string[]> rows)
    {
        var cues = new Dictionary<string, List<KindCue>>(StringComparer.OrdinalIgnoreCase);
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var cancels = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var follows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var after = new List<string>();
        var before = new List<string>();
        var negation = new List<string>();
        var suppress = new List<(IncidentKind, IncidentKind)>();
        var fallback = new List<(IncidentKind, string)>();
        foreach (var row in rows)
        {
            switch (row)
            {
                case ["cue", var kind, var strength, var phrase, ..] when TryParseKind(kind, out var k):
                    Add(cues, phrase, new KindCue(k, strength != "weak", null));
                    break;
                case ["pair", var kind, var strength, var set, var phrase, ..] when TryParseKind(kind, out var k):
                    Add(cues, phrase, new KindCue(k, strength != "weak", set));
                    break;
                case ["set", var name, var words, ..]:
                    AddWords(sets, name, words);
                    break;
                case ["cancel", var name, var words, ..]:
                    AddWords(cancels, name, words);
                    break;
                case ["follow", var name, var words, ..]:
                    AddWords(follows, name, words);
                    break;
                case ["after", var word, ..]:
                    after.Add(word);
                    break;
                case ["before", var word, ..]:
                    before.Add(word);
                    break;
                case ["negation", var word, ..]:
                    negation.Add(word);
                    break;
                case ["suppress", var winner, var loser, ..] when TryParseKind(winner, out var w) && TryParseKind(loser, out var l):
                    suppress.Add((w, l));
                    break;
                case ["fallback", var kind, var words, ..] when TryParseKind(kind, out var k):
                    fallback.AddRange(words.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(word => (k, word)));
                    break;
            }
        }
        Cues = new PhraseSet(cues.Keys);
        Readings = Enumerable.Range(0, Cues.Count).Select(i => cues[Cues[i]].ToArray()).ToArray();
        Sets = sets.ToDictionary(p => p.Key, p => new PhraseSet(p.Value), StringComparer.Ordinal);
        Cancels = cancels.ToDictionary(p => p.Key, p => new PhraseSet(p.Value), StringComparer.Ordinal);
        Follows = follows.ToDictionary(p => p.Key, p => new PhraseSet(p.Value), StringComparer.Ordinal);
        After = new PhraseSet(after);
        Before = new PhraseSet(before);
        Negation = new PhraseSet(negation);
        Suppressions = suppress.ToArray();
        FallbackWords = new PhraseSet(fallback.Select(f => f.Item2));
        FallbackKind = fallback.Count > 0 ? fallback[0].Item1 : null;
    }

    /// <summary>Every cue phrase.</summary>
    public PhraseSet Cues { get; }

    /// <summary>The readings of <see cref="Cues"/>[i].</summary>
    public KindCue[][] Readings { get; }

    /// <summary>Named word lists for pairs.</summary>
    public IReadOnlyDictionary<string, PhraseSet> Sets { get; }

    /// <summary>Words that cancel a pair on the named set.</summary>
    public IReadOnlyDictionary<string, PhraseSet> Cancels { get; }

    /// <summary>What must follow a word of the named set for it to count (the agent particle).</summary>
    public IReadOnlyDictionary<string, PhraseSet> Follows { get; }

    /// <summary>Words after a cue that make it advice or prevention.</summary>
    public PhraseSet After { get; }

    /// <summary>Words right before a cue that make it not about this incident.</summary>
    public PhraseSet Before { get; }

    /// <summary>Words that deny a cue within its clause.</summary>
    public PhraseSet Negation { get; }

    /// <summary>(winner, loser) pairs.</summary>
    public (IncidentKind Winner, IncidentKind Loser)[] Suppressions { get; }

    /// <summary>Words that give an otherwise cue-less incident <see cref="FallbackKind"/>.</summary>
    public PhraseSet FallbackWords { get; }

    /// <summary>The kind of an incident with no cue but a leak word; null when the lexicon names none.</summary>
    public IncidentKind? FallbackKind { get; }

    /// <summary>Parses a kind code (<c>web-skimming</c>).</summary>
    public static bool TryParseKind(string code, out IncidentKind kind) => ContractCode<IncidentKind>.TryParse(code, out kind);

    /// <summary>The contract's code of <paramref name="kind"/>.</summary>
    public static string Code(IncidentKind kind) => ContractCode<IncidentKind>.Of(kind);

    private static void Add(Dictionary<string, List<KindCue>> cues, string phrase, KindCue cue)
    {
        if (!cues.TryGetValue(phrase, out var list))
        {
            cues[phrase] = list = [];
        }
        list.Add(cue);
    }

    private static void AddWords(Dictionary<string, List<string>> sets, string name, string words)
    {
        if (!sets.TryGetValue(name, out var list))
        {
            sets[name] = list = [];
        }
        list.AddRange(words.Split('|', StringSplitOptions.RemoveEmptyEntries));
    }
}
