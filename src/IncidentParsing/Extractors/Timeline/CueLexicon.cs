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
    public bool TryFindFirst(string text, int start, int end, out int at, out string cue, out T value)
    {
        at = int.MaxValue;
        cue = "";
        value = default!;
        if (start >= end)
        {
            return false;
        }
        var span = text.AsSpan(start, end - start);
        foreach (var (c, v) in _cues)
        {
            int i = span.IndexOf(c, StringComparison.Ordinal);
            if (i >= 0 && start + i < at)
            {
                at = start + i;
                cue = c;
                value = v;
            }
        }
        return at != int.MaxValue;
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
