using System.Buffers;

namespace IncidentParsing.Extractors.Timeline;

/// <summary>
/// Cue words mapped to a value (an event code, an authority), found in one pass over a window:
/// cues are indexed by their first character, so most positions cost one set lookup. At one
/// position the longest cue wins. Built once; read-only afterwards.
/// </summary>
/// <typeparam name="T">What a cue maps to.</typeparam>
internal sealed class CueLexicon<T>
{
    private readonly Dictionary<char, (string Cue, T Value)[]> _byFirst;
    private readonly SearchValues<char> _firsts;

    public CueLexicon(IEnumerable<(string Cue, T Value)> cues)
    {
        // Longest first within each first character, so the first match at a position is the longest.
        _byFirst = cues.Where(c => c.Cue.Length > 0)
            .GroupBy(c => c.Cue[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Cue.Length).ToArray());
        FirstCharacters = string.Concat(_byFirst.Keys);
        _firsts = SearchValues.Create(FirstCharacters);
    }

    /// <summary>Every character a cue starts with.</summary>
    public string FirstCharacters { get; }

    /// <summary>The earliest cue in <c>text[start..end)</c>, longest at its position.</summary>
    public bool TryFindFirst(string text, int start, int end, out int at, out string cue, out T value) =>
        TryFind(text, start, end, last: false, quotesFrom: -1, out at, out cue, out value);

    /// <summary>
    /// The earliest (or, with <paramref name="last"/>, the last) cue lying inside <c>text[start..end)</c>; at one
    /// position the longest cue wins. With <paramref name="quotesFrom"/> at 0 or more, a cue inside 「」 or 『』
    /// opened at or after that offset (the title of an earlier announcement) is skipped.
    /// </summary>
    public bool TryFind(string text, int start, int end, bool last, int quotesFrom, out int at, out string cue, out T value)
    {
        at = -1;
        cue = "";
        value = default!;
        end = Math.Min(end, text.Length);
        int i = Math.Max(start, 0);
        while (i < end)
        {
            int next = text.AsSpan(i, end - i).IndexOfAny(_firsts);
            if (next < 0)
            {
                break;
            }
            i += next;
            if (TryMatchWithin(text, i, end, out string c, out T v) && (quotesFrom < 0 || !InsideQuotes(text, quotesFrom, i)))
            {
                at = i;
                cue = c;
                value = v;
                if (!last)
                {
                    return true;
                }
            }
            i++;
        }
        return at >= 0;
    }

    /// <summary>The cue that starts exactly at <paramref name="at"/>, longest first.</summary>
    public bool TryMatchAt(string text, int at, out string cue, out T value) => TryMatchWithin(text, at, text.Length, out cue, out value);

    private static bool InsideQuotes(string text, int start, int at)
    {
        int depth = 0;
        for (int i = start; i < at; i++)
        {
            if (text[i] is '「' or '『')
            {
                depth++;
            }
            else if (text[i] is '」' or '』' && depth > 0)
            {
                depth--;
            }
        }
        return depth > 0;
    }

    private bool TryMatchWithin(string text, int at, int end, out string cue, out T value)
    {
        if (at < end && _byFirst.TryGetValue(text[at], out var candidates))
        {
            var rest = text.AsSpan(at, end - at);
            foreach (var (c, v) in candidates)
            {
                if (rest.StartsWith(c, StringComparison.Ordinal))
                {
                    cue = c;
                    value = v;
                    return true;
                }
            }
        }
        cue = "";
        value = default!;
        return false;
    }
}
