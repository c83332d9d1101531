using System.Buffers;
using System.Collections.Frozen;
using IncidentParsing.Lexicons;

namespace IncidentParsing.Layout;

/// <summary>The kinds of cue in <c>Layout/layout-cues.tsv</c>.</summary>
internal enum LayoutCue : byte
{
    Chrome,
    Label,
    Addressee,
    DateLabel,
    Caption,
    Credit,
    Related,
    Contact,
    ContactLine,
    Kigo,
    Ijo,
    TitleEnd,
    TitleStart,
    IssuerEnd,
    IssuerTitle,
    IssuerStart,
}

/// <summary>
/// The layout cue words, read once from <c>Layout/layout-cues.tsv</c>, matched against a line's key (the line
/// without spaces and without the bullets and brackets that frame it). Each cue kind keeps whole-line words in
/// a frozen set, and prefixes and suffixes behind a filter of their first (last) characters, so the common case,
/// a line that matches nothing, costs a lookup or two. Immutable; shared by every parser.
/// </summary>
internal sealed class LayoutLexicon
{
    private static readonly string[] CueNames =
    [
        "chrome", "label", "addressee", "date-label", "caption", "credit", "related", "contact", "contact-line", "kigo", "ijo",
        "title-end", "title-start", "issuer-end", "issuer-title", "issuer-start",
    ];

    private readonly CueSet[] _sets;

    private LayoutLexicon(IReadOnlyList<string[]> rows)
    {
        var lists = new (List<string> Lines, List<string> Prefixes, List<string> Suffixes, List<string> Contains)[CueNames.Length];
        for (int i = 0; i < lists.Length; i++)
        {
            lists[i] = ([], [], [], []);
        }
        foreach (var row in rows)
        {
            int kind = Array.IndexOf(CueNames, row[0]);
            if (kind < 0 || row.Length < 3)
            {
                throw new InvalidDataException($"layout-cues.tsv: unknown row '{string.Join('\t', row)}'");
            }
            var target = row[1] switch
            {
                "line" => lists[kind].Lines,
                "prefix" => lists[kind].Prefixes,
                "suffix" => lists[kind].Suffixes,
                "contains" => lists[kind].Contains,
                _ => throw new InvalidDataException($"layout-cues.tsv: unknown match '{row[1]}'"),
            };
            target.Add(row[2]);
        }
        _sets = lists.Select(l => new CueSet(l.Lines, l.Prefixes, l.Suffixes, l.Contains)).ToArray();
    }

    /// <summary>The embedded cues.</summary>
    public static LayoutLexicon Embedded { get; } = new(Lexicon.ReadEmbedded("Layout/layout-cues.tsv"));

    /// <summary>True when <paramref name="key"/> carries a cue of <paramref name="cue"/>.</summary>
    public bool Has(LayoutCue cue, ReadOnlySpan<char> key) => !key.IsEmpty && _sets[(int)cue].Matches(key);

    /// <summary>True when <paramref name="key"/> is, whole, a word of <paramref name="cue"/>.</summary>
    public bool IsWord(LayoutCue cue, ReadOnlySpan<char> key) => !key.IsEmpty && _sets[(int)cue].IsLine(key);

    /// <summary>Removes every contained cue of <paramref name="cue"/> from <paramref name="key"/> (longest first); returns the new length.</summary>
    public int RemoveContained(LayoutCue cue, Span<char> key) => _sets[(int)cue].RemoveContained(key);

    private sealed class CueSet
    {
        private readonly FrozenSet<string> _lines;
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lineLookup;
        private readonly string[] _prefixes;
        private readonly SearchValues<char> _prefixFirsts;
        private readonly string[] _suffixes;
        private readonly SearchValues<char> _suffixLasts;
        private readonly string[] _contains;

        public CueSet(List<string> lines, List<string> prefixes, List<string> suffixes, List<string> contains)
        {
            _lines = lines.ToFrozenSet(StringComparer.Ordinal);
            _lineLookup = _lines.GetAlternateLookup<ReadOnlySpan<char>>();
            _prefixes = prefixes.OrderByDescending(p => p.Length).ToArray();
            _prefixFirsts = SearchValues.Create(string.Concat(prefixes.Select(p => p[0]).Distinct()));
            _suffixes = suffixes.OrderByDescending(p => p.Length).ToArray();
            _suffixLasts = SearchValues.Create(string.Concat(suffixes.Select(p => p[^1]).Distinct()));
            _contains = contains.OrderByDescending(p => p.Length).ToArray();
        }

        public bool IsLine(ReadOnlySpan<char> key) => _lines.Count > 0 && _lineLookup.Contains(key);

        public bool Matches(ReadOnlySpan<char> key)
        {
            if (IsLine(key))
            {
                return true;
            }
            if (_prefixFirsts.Contains(key[0]))
            {
                foreach (var p in _prefixes)
                {
                    if (key.StartsWith(p, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
            if (_suffixLasts.Contains(key[^1]))
            {
                foreach (var s in _suffixes)
                {
                    if (key.EndsWith(s, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
            foreach (var c in _contains)
            {
                if (key.Contains(c, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }

        public int RemoveContained(Span<char> key)
        {
            int length = key.Length;
            foreach (var c in _contains)
            {
                int at;
                while ((at = key[..length].IndexOf(c, StringComparison.Ordinal)) >= 0)
                {
                    key[(at + c.Length)..length].CopyTo(key[at..]);
                    length -= c.Length;
                }
            }
            return length;
        }
    }
}
