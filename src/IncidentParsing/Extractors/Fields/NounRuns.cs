using IncidentParsing.Tokenization;

namespace IncidentParsing.Extractors.Fields;

/// <summary>
/// Finds the noun compound around an offset. With a tokenizer that knows parts of speech (MeCab) a
/// compound is a run of adjacent noun tokens; with the built-in script tokenizer it is a run of
/// adjacent kanji, katakana and Latin tokens, which is the same as a run of such characters, so that
/// case reads the characters and never forces the notice to be tokenized. Lets the field reader tell
/// the head of a compound (個人情報の<b>氏名</b>) from a modifier (<b>動画</b>サイト).
/// </summary>
internal sealed class NounRuns
{
    // No field phrase is longer; bounding the walk keeps long runs of mixed-script nouns linear to scan.
    private const int MaxCompound = 48;
    private readonly string _text;
    private readonly IReadOnlyList<Token>? _tokens;

    /// <summary>Reads compounds from <paramref name="tokens"/>, or from the characters when null (built-in tokenizer).</summary>
    public NounRuns(string text, IReadOnlyList<Token>? tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>Where the compound that continues at <paramref name="at"/> ends (at itself when none continues).</summary>
    public int CompoundEnd(int at)
    {
        if (_tokens is null)
        {
            int e = at;
            while (e < _text.Length && e - at <= MaxCompound && IsNounChar(_text[e]))
            {
                e++;
            }
            return e;
        }
        int i = IndexAtOrAfter(at);
        int end = at;
        while (i < _tokens.Count)
        {
            var t = _tokens[i];
            if (t.Span.Start > end || !IsNounLike(t) || end - at > MaxCompound)
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
        if (_tokens is null)
        {
            int b = at;
            while (b > 0 && at - b <= MaxCompound && IsNounChar(_text[b - 1]))
            {
                b--;
            }
            return b;
        }
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
            if (t.Span.End < start || !IsNounLike(t) || at - start > MaxCompound)
            {
                break;
            }
            start = Math.Min(start, t.Span.Start);
            i--;
        }
        return start;
    }

    private static bool IsNounChar(char c) =>
        ScriptTokenizer.ScriptOf(c) is TokenScript.Kanji or TokenScript.Katakana or TokenScript.Latin;

    private static bool IsNounLike(Token t)
    {
        if (t.Pos.Main.Length > 0)
        {
            // IPADIC tags ASCII symbols and numbers as nouns too ( "(" is 名詞,サ変接続): words only.
            return (t.Pos.IsNoun || t.Pos.Main == "接頭詞") && t.Script is not (TokenScript.Symbol or TokenScript.Digit);
        }
        return t.Script is TokenScript.Kanji or TokenScript.Katakana or TokenScript.Latin;
    }

    // First token whose span ends after at (the token holding at, or the next one).
    private int IndexAtOrAfter(int at)
    {
        var tokens = _tokens!;
        int lo = 0;
        int hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.End <= at)
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
