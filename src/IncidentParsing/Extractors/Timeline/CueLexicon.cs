namespace IncidentParsing.Extractors.Timeline;

/// <summary>
/// Cue words mapped to a value (an event code, an authority), matched by the earliest position and,
/// at one position, the longest cue. Built once; read-only afterwards.
/// </summary>
/// <typeparam name="T">What a cue maps to.</typeparam>
internal sealed class CueLexicon<T>
{
    private readonly (string Cue, T Value)[] _cues;

    public CueLexicon(IEnumerable<(string Cue, T Value)> cues)
    {
        // Longest first, so at one position the longest cue is met first.
        _cues = cues.Where(c => c.Cue.Length > 0).OrderByDescending(c => c.Cue.Length).ToArray();
    }

    /// <summary>The earliest cue in <c>text[start..end)</c>, longest at its position.</summary>
    public bool TryFindFirst(string text, int start, int end, out int at, out string cue, out T value) =>
        TryFind(text, start, end, last: false, quoted: null, out at, out cue, out value);

    /// <summary>
    /// The earliest (or, with <paramref name="last"/>, the last) cue in <c>text[start..end)</c> that does
    /// not stand inside <paramref name="quoted"/> spans; at one position the longest cue wins.
    /// </summary>
    public bool TryFind(string text, int start, int end, bool last, Func<int, bool>? quoted, out int at, out string cue, out T value)
    {
        at = int.MaxValue;
        cue = "";
        value = default!;
        if (start >= end)
        {
            return false;
        }
        int best = -1;
        foreach (var (c, v) in _cues)
        {
            int from = start;
            while (from + c.Length <= end)
            {
                int i = text.IndexOf(c, from, end - from, StringComparison.Ordinal);
                if (i < 0)
                {
                    break;
                }
                from = i + 1;
                if (quoted is not null && quoted(i))
                {
                    continue;
                }
                // Longer cues come first, so at an equal position the first one found stays.
                if (best < 0 || (last ? i > best : i < best))
                {
                    best = i;
                    cue = c;
                    value = v;
                }
                if (!last)
                {
                    break;
                }
            }
        }
        at = best < 0 ? int.MaxValue : best;
        return best >= 0;
    }

    /// <summary>The cue that starts exactly at <paramref name="at"/>, longest first.</summary>
    public bool TryMatchAt(string text, int at, out string cue, out T value)
    {
        var span = text.AsSpan(at);
        foreach (var (c, v) in _cues)
        {
            if (span.StartsWith(c, StringComparison.Ordinal))
            {
                cue = c;
                value = v;
                return true;
            }
        }
        cue = "";
        value = default!;
        return false;
    }
}
