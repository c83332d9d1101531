using System.Buffers;
using System.Collections.Frozen;

namespace IncidentParsing.Text;

/// <summary>Where one phrase of a <see cref="PhraseSet"/> occurs: the phrase's index and the span it covers.</summary>
/// <param name="Phrase">Index into the set.</param>
/// <param name="Start">First offset.</param>
/// <param name="End">Offset after the last character.</param>
internal readonly record struct PhraseHit(int Phrase, int Start, int End);

/// <summary>
/// A fixed set of phrases searched in one pass: a vectorized search for the phrases' first characters, then
/// the phrases starting with that character, longest first (for Japanese phrases this beats a
/// <see cref="SearchValues{T}"/> of strings, whose Aho-Corasick walk looks up every character). Phrases with
/// Latin letters are also searched upper-case, lower-case and capitalized, so that <c>BCC</c> finds <c>Bcc</c>
/// while the search itself stays ordinal (case-insensitive search of Japanese text is much slower).
/// Immutable after construction, so extractors share it across threads.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
    private readonly SearchValues<char>? _firsts;
    // Each searched spelling and the phrase it spells.
    private readonly string[] _spellings;
    private readonly int[] _phraseOf;
    // Spellings by their first character, longest first, so a hit is resolved without rescanning the set.
    private readonly FrozenDictionary<char, int[]> _byFirstChar;
    // The same by their last character, for the few readers that look backwards (TryFindLast, EndsAt): built on the
    // first such question, so the sets only ever searched forwards (most of them) never build it.
    private readonly Lazy<LastCharIndex> _byLast;
    // The first characters as one bit each: a reader that asks several sets at every position (the field statements)
    // learns that most do not start there without a dictionary lookup.
    private readonly uint[] _firstBits;

    public PhraseSet(IEnumerable<string> phrases)
    {
        _phrases = phrases.Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var spellings = new List<(string Spelling, int Phrase)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < _phrases.Length; i++)
        {
            foreach (var spelling in Spellings(_phrases[i]))
            {
                if (seen.Add(spelling))
                {
                    spellings.Add((spelling, i));
                }
            }
        }
        _spellings = spellings.Select(s => s.Spelling).ToArray();
        _phraseOf = spellings.Select(s => s.Phrase).ToArray();
        _byFirstChar = Enumerable.Range(0, _spellings.Length)
            .GroupBy(i => _spellings[i][0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(i => _spellings[i].Length).ToArray());
        _firsts = _spellings.Length == 0 ? null : SearchValues.Create(string.Concat(_byFirstChar.Keys));
        _byLast = new(() => new LastCharIndex(_spellings));
        _firstBits = new uint[(char.MaxValue + 1) / 32];
        foreach (char c in _byFirstChar.Keys)
        {
            _firstBits[c >> 5] |= 1u << c;
        }
    }

    // The spellings by their last character, longest first, and those characters as one bit each, for the short runs
    // TryFindLast reads backwards (a name scanner asks it of every run of kanji and katakana in a notice: a table lookup
    // per character beats setting up a vectorized search).
    private sealed class LastCharIndex
    {
        public LastCharIndex(string[] spellings)
        {
            ByLastChar = Enumerable.Range(0, spellings.Length)
                .GroupBy(i => spellings[i][^1])
                .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(i => spellings[i].Length).ToArray());
            Bits = new uint[(char.MaxValue + 1) / 32];
            foreach (char c in ByLastChar.Keys)
            {
                Bits[c >> 5] |= 1u << c;
            }
        }

        public FrozenDictionary<char, int[]> ByLastChar { get; }

        public uint[] Bits { get; }
    }

    /// <summary>The number of distinct phrases.</summary>
    public int Count => _phrases.Length;

    /// <summary>The phrase at <paramref name="index"/>.</summary>
    public string this[int index] => _phrases[index];

    private static IEnumerable<string> Spellings(string phrase)
    {
        yield return phrase;
        if (phrase.AsSpan().IndexOfAnyInRange('A', 'z') < 0)
        {
            yield break;
        }
        string lower = phrase.ToLowerInvariant();
        yield return phrase.ToUpperInvariant();
        yield return lower;
        yield return string.Concat(lower[..1].ToUpperInvariant(), lower.AsSpan(1));
    }

    /// <summary>Appends every occurrence in <c>text[start..end)</c>, overlapping ones included, in text order.</summary>
    public void FindAll(string text, int start, int end, List<PhraseHit> hits)
    {
        foreach (var hit in FindAll(text, start, end))
        {
            hits.Add(hit);
        }
    }

    /// <summary>
    /// The occurrences in <c>text[start..end)</c>, overlapping ones included, in text order; found as they are
    /// enumerated (nothing is allocated, and a loop that stops early stops the search).
    /// </summary>
    public PhraseMatches FindAll(string text, int start, int end) => new(this, text, start, end, joined: false);

    /// <summary>
    /// As <see cref="FindAll(string, int, int)"/>, reading <paramref name="text"/> as if the stray spaces inside Japanese
    /// words were removed (<see cref="JoinedText"/>): <c>漏 えい</c> is found as <c>漏えい</c>. Offsets are into
    /// <paramref name="text"/>; a hit spans its first to its last character.
    /// </summary>
    public PhraseMatches FindAllJoined(string text, int start, int end) => new(this, text, start, end, joined: true);

    /// <summary>The spellings (indexes) starting with the character at <paramref name="at"/>, longest first.</summary>
    internal bool TryCandidatesAt(string text, int at, out int[] candidates) => _byFirstChar.TryGetValue(text[at], out candidates!);

    /// <summary>The characters a spelling starts with; null for an empty set.</summary>
    internal SearchValues<char>? Firsts => _firsts;

    /// <summary>
    /// True when spelling <paramref name="spelling"/> stands at <paramref name="at"/> within <paramref name="end"/>
    /// (with <paramref name="joined"/>, stray spaces between its characters skipped); <paramref name="matchEnd"/> is
    /// then the offset after its last character.
    /// </summary>
    internal bool TryMatchSpelling(int spelling, string text, int at, int end, bool joined, out int matchEnd)
    {
        string s = _spellings[spelling];
        if (!joined)
        {
            matchEnd = at + s.Length;
            return text.AsSpan(at, end - at).StartsWith(s, StringComparison.Ordinal);
        }
        int p = at;
        for (int k = 0; k < s.Length; k++, p++)
        {
            if (k > 0)
            {
                p = JoinedText.SkipDroppedRun(text, p);
            }
            if (p >= end || text[p] != s[k])
            {
                matchEnd = at;
                return false;
            }
        }
        matchEnd = p;
        return true;
    }

    /// <summary>The second character of spelling <paramref name="spelling"/>, or null for a one-character spelling.</summary>
    internal char? SecondChar(int spelling) => _spellings[spelling] is { Length: > 1 } s ? s[1] : null;

    /// <summary>The phrase spelling <paramref name="spelling"/> spells.</summary>
    internal int PhraseOf(int spelling) => _phraseOf[spelling];

    /// <summary>The first position in <c>text[start..end)</c> where any phrase starts, or -1.</summary>
    public int IndexIn(string text, int start, int end)
    {
        if (_firsts is null)
        {
            return -1;
        }
        int at = start;
        while (at < end)
        {
            int found = text.AsSpan(at, end - at).IndexOfAny(_firsts);
            if (found < 0)
            {
                return -1;
            }
            at += found;
            if (MatchAt(text, at, end) >= 0)
            {
                return at;
            }
            at++;
        }
        return -1;
    }

    /// <summary>True when any phrase occurs in <c>text[start..end)</c>.</summary>
    public bool Occurs(string text, int start, int end) => IndexIn(text, start, end) >= 0;

    /// <summary>True when a phrase starts with <paramref name="c"/>.</summary>
    public bool StartsWith(char c) => (_firstBits[c >> 5] & (1u << c)) != 0;

    /// <summary>The length of the longest phrase that starts exactly at <paramref name="at"/>, or 0.</summary>
    public int LengthAt(string text, int at) => MatchAt(text, at, text.Length) is int phrase and >= 0 ? _phrases[phrase].Length : 0;

    /// <summary>The longest phrase that starts exactly at <paramref name="at"/> and ends by <paramref name="end"/>, or -1.</summary>
    public int MatchAt(string text, int at, int end)
    {
        if (at >= end || !StartsWith(text[at]) || !_byFirstChar.TryGetValue(text[at], out var candidates))
        {
            return -1;
        }
        var rest = text.AsSpan(at, end - at);
        foreach (int i in candidates)
        {
            if (rest.StartsWith(_spellings[i], StringComparison.Ordinal))
            {
                return _phraseOf[i];
            }
        }
        return -1;
    }

    /// <summary>
    /// The occurrence in <c>text[start..end)</c> that ends last, the longest of those ending there: what
    /// <see cref="FindAll(string, int, int)"/> would give as the hit with the greatest end and then the least start,
    /// found from the end backwards. Returns false when no phrase occurs.
    /// </summary>
    public bool TryFindLast(string text, int start, int end, out PhraseHit hit)
    {
        hit = default;
        if (_spellings.Length == 0)
        {
            return false;
        }
        var index = _byLast.Value;
        var bits = index.Bits;
        for (int p = end; p > start; p--)
        {
            while (p > start && (bits[text[p - 1] >> 5] & (1u << text[p - 1])) == 0)
            {
                p--;
            }
            if (p == start)
            {
                return false;
            }
            foreach (int i in index.ByLastChar[text[p - 1]])
            {
                string spelling = _spellings[i];
                int from = p - spelling.Length;
                if (from >= start && text.AsSpan(from, spelling.Length).SequenceEqual(spelling))
                {
                    hit = new PhraseHit(_phraseOf[i], from, p);
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="s"/> is exactly one of the phrases (as searched: ordinal, Latin in its cases).</summary>
    public bool IsWhole(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !_byFirstChar.TryGetValue(s[0], out var candidates))
        {
            return false;
        }
        foreach (int i in candidates)
        {
            if (s.SequenceEqual(_spellings[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a phrase starts exactly at <paramref name="at"/>.</summary>
    public bool StartsAt(string text, int at, int end) => MatchAt(text, at, end) >= 0;

    /// <summary>True when a phrase ends exactly at <paramref name="end"/> (and starts at or after <paramref name="floor"/>).</summary>
    public bool EndsAt(string text, int end, int floor = 0)
    {
        if (end <= floor || end > text.Length)
        {
            return false;
        }
        // Only the spellings ending in the text's last character (in either case) can end there.
        char last = text[end - 1];
        return EndsWithOneEndingIn(text, end, floor, last)
            || (char.IsAsciiLetter(last) && (EndsWithOneEndingIn(text, end, floor, char.ToUpperInvariant(last))
                || EndsWithOneEndingIn(text, end, floor, char.ToLowerInvariant(last))));
    }

    private bool EndsWithOneEndingIn(string text, int end, int floor, char last)
    {
        if (!_byLast.Value.ByLastChar.TryGetValue(last, out var candidates))
        {
            return false;
        }
        foreach (int i in candidates)
        {
            string spelling = _spellings[i];
            int start = end - spelling.Length;
            if (start >= floor && text.AsSpan(start, spelling.Length).Equals(spelling, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
