using System.Buffers;

namespace IncidentParsing.Extractors.Statements;

/// <summary>Where one phrase of a <see cref="PhraseSet"/> occurs: the phrase's index and the span it covers.</summary>
/// <param name="Phrase">Index into the set.</param>
/// <param name="Start">First offset.</param>
/// <param name="End">Offset after the last character.</param>
internal readonly record struct PhraseHit(int Phrase, int Start, int End);

/// <summary>
/// A fixed set of phrases searched in one pass (<see cref="SearchValues{T}"/> of strings). Phrases with
/// Latin letters are also searched upper-case, lower-case and capitalized, so that <c>BCC</c> finds <c>Bcc</c>
/// while the search itself stays ordinal (case-insensitive search of Japanese text is much slower).
/// Immutable after construction, so extractors share it across threads.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
    private readonly SearchValues<string>? _search;
    // Each searched spelling and the phrase it spells.
    private readonly string[] _spellings;
    private readonly int[] _phraseOf;
    // Spellings by their first character, longest first, so a hit is resolved without rescanning the set.
    private readonly Dictionary<char, int[]> _byFirstChar;

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
        _search = _spellings.Length == 0 ? null : SearchValues.Create(_spellings, StringComparison.Ordinal);
        _byFirstChar = Enumerable.Range(0, _spellings.Length)
            .GroupBy(i => _spellings[i][0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(i => _spellings[i].Length).ToArray());
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
        if (_search is null)
        {
            return;
        }
        int at = start;
        while (at < end)
        {
            int found = text.AsSpan(at, end - at).IndexOfAny(_search);
            if (found < 0)
            {
                return;
            }
            at += found;
            AddMatchesAt(text, at, end, hits);
            at++;
        }
    }

    /// <summary>The occurrences in <c>text[start..end)</c>.</summary>
    public List<PhraseHit> FindAll(string text, int start, int end)
    {
        var hits = new List<PhraseHit>();
        FindAll(text, start, end, hits);
        return hits;
    }

    /// <summary>The first position in <c>text[start..end)</c> where any phrase starts, or -1.</summary>
    public int IndexIn(string text, int start, int end)
    {
        if (_search is null || start >= end)
        {
            return -1;
        }
        int found = text.AsSpan(start, end - start).IndexOfAny(_search);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>True when any phrase occurs in <c>text[start..end)</c>.</summary>
    public bool Occurs(string text, int start, int end) => IndexIn(text, start, end) >= 0;

    /// <summary>The longest phrase that starts exactly at <paramref name="at"/> and ends by <paramref name="end"/>, or -1.</summary>
    public int MatchAt(string text, int at, int end)
    {
        if (at >= end || !_byFirstChar.TryGetValue(text[at], out var candidates))
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

    /// <summary>True when a phrase starts exactly at <paramref name="at"/>.</summary>
    public bool StartsAt(string text, int at, int end) => MatchAt(text, at, end) >= 0;

    /// <summary>True when a phrase ends exactly at <paramref name="end"/> (and starts at or after <paramref name="floor"/>).</summary>
    public bool EndsAt(string text, int end, int floor = 0)
    {
        foreach (var phrase in _phrases)
        {
            int start = end - phrase.Length;
            if (start >= floor && text.AsSpan(start, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private void AddMatchesAt(string text, int at, int end, List<PhraseHit> hits)
    {
        if (!_byFirstChar.TryGetValue(text[at], out var candidates))
        {
            return;
        }
        var rest = text.AsSpan(at, end - at);
        foreach (int i in candidates)
        {
            if (rest.StartsWith(_spellings[i], StringComparison.Ordinal))
            {
                hits.Add(new PhraseHit(_phraseOf[i], at, at + _spellings[i].Length));
            }
        }
    }
}
