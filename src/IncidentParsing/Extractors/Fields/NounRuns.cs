using IncidentParsing.Tokenization;

namespace IncidentParsing.Extractors.Fields;

/// <summary>
/// Finds the noun compound around an offset from the notice's tokens: with the built-in tokenizer a
/// compound is a run of adjacent kanji, katakana and Latin tokens; with a tokenizer that knows parts
/// of speech (MeCab) it is a run of adjacent nouns. Lets the field reader tell the head of a compound
/// (個人情報の<b>氏名</b>) from a modifier (<b>動画</b>サイト).
/// </summary>
internal sealed class NounRuns
{
    private readonly IReadOnlyList<Token> _tokens;

    public NounRuns(IReadOnlyList<Token> tokens) => _tokens = tokens;

    /// <summary>Where the compound that continues at <paramref name="at"/> ends (at itself when none continues).</summary>
    public int CompoundEnd(int at)
    {
        int i = IndexAtOrAfter(at);
        int end = at;
        while (i < _tokens.Count)
        {
            var t = _tokens[i];
            if (t.Span.Start > end || !IsNounLike(t))
            {
                break;
            }
            end = Math.Max(end, t.Span.End);
            i++;
        }
        return end;
    }

    /// <summary>Where the compound that ends at <paramref name="at"/> starts (at itself when none precedes).</summary>
    public int CompoundStart(int at)
    {
        int i = IndexAtOrAfter(at);
        int start = at;
        if (i < _tokens.Count && _tokens[i].Span.Start < at && IsNounLike(_tokens[i]))
        {
            start = _tokens[i].Span.Start; // at falls inside one token (死亡者|氏名 in a kanji run)
        }
        i--;
        while (i >= 0)
        {
            var t = _tokens[i];
            if (t.Span.End < start || !IsNounLike(t))
            {
                break;
            }
            start = Math.Min(start, t.Span.Start);
            i--;
        }
        return start;
    }

    /// <summary>True when the token at or just before <paramref name="at"/> is noun-like (a list item ends there).</summary>
    public bool NounEndsAt(int at)
    {
        int i = IndexAtOrAfter(at) - 1;
        return i >= 0 && _tokens[i].Span.End >= at && IsNounLike(_tokens[i]);
    }

    private static bool IsNounLike(Token t)
    {
        if (t.Pos.Main.Length > 0)
        {
            return t.Pos.IsNoun || t.Pos.Main == "接頭詞";
        }
        return t.Script is TokenScript.Kanji or TokenScript.Katakana or TokenScript.Latin;
    }

    // First token whose span ends after at (the token holding at, or the next one).
    private int IndexAtOrAfter(int at)
    {
        int lo = 0;
        int hi = _tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_tokens[mid].Span.End <= at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
