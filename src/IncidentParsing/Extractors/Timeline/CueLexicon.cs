using System.Buffers;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Timeline;

/// <summary>
/// Cue words mapped to a value (an event code, an authority), found in one pass over a window:
/// cues are indexed by their first character, so most positions cost one set lookup. At one
/// position the longest cue wins. Built once; read-only afterwards.
/// </summary>
/// <typeparam name="T">What a cue maps to.</typeparam>
internal sealed class CueLexicon<T>
{
    private readonly PhraseSet _cues;
    // The value of each phrase of _cues, by its index (a cue listed twice keeps its first value).
    private readonly T[] _values;

    public CueLexicon(IEnumerable<(string Cue, T Value)> cues)
    {
        var list = cues.Where(c => c.Cue.Length > 0).ToList();
        _cues = new PhraseSet(list.Select(c => c.Cue));
        var byCue = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (cue, value) in list)
        {
            byCue.TryAdd(cue, value);
        }
        _values = Enumerable.Range(0, _cues.Count).Select(i => byCue[_cues[i]]).ToArray();
    }

    /// <summary>The characters a cue can start with.</summary>
    public SearchValues<char>? FirstCharacters => _cues.Firsts;

    public bool TryFindFirst(string text, int start, int end, out int at, out string cue, out T value) =>
        TryFind(text, start, end, last: false, quotesFrom: -1, out at, out cue, out value);

    public bool TryFind(string text, int start, int end, bool last, int quotesFrom, out int at, out string cue, out T value)
    {
        at = -1;
        cue = "";
        value = default!;
        foreach (var hit in _cues.FindAll(text, start, end))
        {
            // FindAll gives every phrase at a position, longest first: the first at each position is the one that counts.
            if (hit.Start == at || (quotesFrom >= 0 && InsideQuotes(text, quotesFrom, hit.Start)))
            {
                continue;
            }
            if (last && at >= 0 && hit.Start <= at)
            {
                continue;
            }
            at = hit.Start;
            cue = _cues[hit.Phrase];
            value = _values[hit.Phrase];
            if (!last)
            {
                return true;
            }
        }
        return at >= 0;
    }

    public bool TryMatchAt(string text, int at, out string cue, out T value)
    {
        int phrase = _cues.MatchAt(text, at, text.Length);
        cue = phrase < 0 ? "" : _cues[phrase];
        value = phrase < 0 ? default! : _values[phrase];
        return phrase >= 0;
    }

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
}
