using IncidentParsing.Model;
using IncidentParsing.Tokenization;

namespace IncidentParsing.Extractors.Fields;

/// <summary>A field word found in the text: its category and the compound it heads (<c>申請者氏名</c>).</summary>
/// <param name="Category">What kind of data.</param>
/// <param name="Start">Start of the compound the word heads.</param>
/// <param name="End">End of the field word.</param>
internal readonly record struct FieldHit(FieldCategory Category, int Start, int End);

/// <summary>
/// Finds field words in one notice's text. A lexicon word counts only as the head of its noun
/// compound (<c>動画</c> in <c>動画サイト</c> is not an image), optionally followed by a neutral suffix
/// (<c>氏名等</c>, <c>出身校情報</c>); a one-character word (<c>姓</c>, <c>組</c>) only as a whole item.
/// Created per notice; holds no state between notices.
/// </summary>
internal sealed class FieldScanner
{
    private const int MaxModifier = 16;
    private static readonly string[] VerbEndings = ["する", "した", "して", "され", "しま", "し、"];
    private readonly string _text;
    private readonly FieldLexicon _lexicon;
    private readonly FieldCues _cues;
    private readonly NounRuns _runs;

    /// <summary>Creates a scanner; <paramref name="tokens"/> null reads compounds from the characters (built-in tokenizer).</summary>
    public FieldScanner(string text, IReadOnlyList<Token>? tokens, FieldLexicon lexicon, FieldCues cues)
    {
        _text = text;
        _lexicon = lexicon;
        _cues = cues;
        _runs = new NounRuns(text, tokens);
    }

    public string Text => _text;

    public NounRuns Runs => _runs;

    /// <summary>Appends the field words in <c>[start, end)</c>; compounds do not reach before <paramref name="start"/>.</summary>
    public void Find(int start, int end, List<FieldHit> into)
    {
        int i = start;
        while (i < end)
        {
            int skip = _text.AsSpan(i, end - i).IndexOfAny(_lexicon.FirstChars);
            if (skip < 0)
            {
                return;
            }
            i += skip;
            int next = TryWordAt(i, start, end, into);
            i = next > i ? next : i + 1;
        }
    }

    /// <summary>
    /// Appends "other" for unknown compounds headed by a data word (<c>機密情報</c>, <c>音声データ</c>) in
    /// <c>[start, end)</c> that no field word covers and that are not generic (<c>個人情報</c>).
    /// </summary>
    public void FindOthers(int start, int end, List<FieldHit> known, List<FieldHit> into)
    {
        for (int h = start; h < end; h++)
        {
            int skip = _text.AsSpan(h, end - h).IndexOfAny(_cues.OtherHead.Firsts!);
            if (skip < 0)
            {
                return;
            }
            h += skip;
            int len = _cues.OtherHead.LengthAt(_text, h);
            if (len == 0 || h + len > end || _runs.CompoundEnd(h + len) != h + len || Covered(known, h))
            {
                continue;
            }
            int cs = Math.Max(start, _runs.CompoundStart(h));
            // 顧客データ, 従業員情報: data about people named by who they are is a generic head, not "other".
            if (cs < h && !IsGeneric(cs, h) && !_cues.EndsInPerson(_text, cs, h) && !EndsInGeneric(cs, h, h + len)
                && !Covered(known, cs) && !IsQuotedName(cs, h + len))
            {
                into.Add(new FieldHit(FieldCategory.Other, cs, h + len));
            }
        }
    }

    /// <summary>True when <c>[start, end)</c> as a whole is a generic head such as 個人情報.</summary>
    public bool IsGeneric(int start, int end) => _lexicon.IsGeneric(_text.AsSpan(start, end - start));

    // Tries the lexicon at i, longest first, until a word passes the compound rules. Returns where scanning goes on.
    private int TryWordAt(int i, int floor, int limit, List<FieldHit> into)
    {
        int shorterThan = int.MaxValue;
        while (_lexicon.TryMatchAt(_text, i, limit, shorterThan, out var match, out int entryLength))
        {
            shorterThan = entryLength;
            if (match.Category is null && entryLength > 1)
            {
                return match.End; // a generic head (個人情報) only keeps its words from being read as fields
            }
            int after = ConsumedEnd(match.End, limit);
            if (after < 0 || IsVerbal(after) || (entryLength == 1 && !StandsAlone(match, after, floor)))
            {
                continue;
            }
            if (match.Category is { } category)
            {
                int from = Math.Max(floor, _runs.CompoundStart(match.Start));
                if (match.Start - from > MaxModifier)
                {
                    from = match.Start; // a run of nouns that long is not one phrase: keep the word alone
                }
                else if (from > floor && from < match.Start && _text[from - 1] is 'お' or 'ご')
                {
                    from--; // お客様クレジットカード情報: the honorific belongs to the compound
                }
                into.Add(new FieldHit(category, from, TextEnd(match.End, after)));
            }
            return after;
        }
        return i + 1;
    }

    // The field's text keeps neutral suffixes (緊急連絡先情報) but not a trailing 等 or のみ.
    private int TextEnd(int wordEnd, int after)
    {
        int end = wordEnd;
        while (end < after)
        {
            if (_cues.TextTrail.LengthAt(_text, end) > 0)
            {
                break;
            }
            int n = _cues.Suffix.LengthAt(_text, end);
            if (n == 0)
            {
                break;
            }
            end += n;
        }
        return Math.Min(end, after);
    }

    // 所属する, 入院した: the word is used as a verb here, not named as data; 部署で, 電話で: a place or a
    // means (で), not the data (です is a copula).
    private bool IsVerbal(int after)
    {
        var rest = _text.AsSpan(after);
        if (rest.Length > 0 && rest[0] == 'で' && !(rest.Length > 1 && rest[1] is 'す' or 'し'))
        {
            return true;
        }
        foreach (var ending in VerbEndings)
        {
            if (rest.StartsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // Where the compound headed by a word ending at end stops, once neutral suffixes (等, 情報, 区分…)
    // are consumed; -1 when other noun material follows (the word is a modifier, not the head).
    private int ConsumedEnd(int end, int limit)
    {
        int compoundEnd = Math.Min(limit, _runs.CompoundEnd(end));
        int at = end;
        while (at < compoundEnd)
        {
            if (_cues.Conjunction.LengthAt(_text, at) > 0)
            {
                return at; // 患者ID及び…: a kanji conjunction is not part of the compound
            }
            int n = _cues.Suffix.LengthAt(_text, at);
            if (n == 0)
            {
                return -1;
            }
            at += n;
        }
        return Math.Max(at, end);
    }

    // A one-character word (姓, 名, 組) is an item by itself: nothing word-like but の before it (取り組む, 13名)
    // and no kanji, katakana or digit after it (姓ふりがな is fine).
    private bool StandsAlone(FieldMatch match, int after, int floor)
    {
        int b = match.Start - 1;
        while (b > floor && _text[b] == ' ')
        {
            b--; // 2 名: the counter after a spaced number
        }
        char before = b >= floor && b >= 0 ? _text[b] : ' ';
        // 流出した姓: a relative clause's past ending before the word, not the end of a longer word.
        bool clauseBefore = before == 'た' && b - 1 >= floor && _text[b - 1] is 'し' or 'れ';
        bool wordBefore = before != 'の' && !clauseBefore && IsWordChar(before, hiraganaCounts: true);
        bool wordAfter = match.End < _text.Length && IsWordChar(_text[match.End], hiraganaCounts: false);
        return !wordBefore && !wordAfter && after == match.End;
    }

    private static bool IsWordChar(char c, bool hiraganaCounts) => ScriptTokenizer.ScriptOf(c) switch
    {
        TokenScript.Kanji or TokenScript.Katakana or TokenScript.Latin or TokenScript.Digit => true,
        TokenScript.Hiragana => hiraganaCounts,
        _ => false,
    };

    // 「オープンデータ」: a quoted compound is the name of a service or product, not a kind of data.
    private bool IsQuotedName(int start, int end) =>
        start > 0 && end < _text.Length && _text[start - 1] is '「' or '『' && _text[end] is '」' or '』';

    // 顧客情報 in 新電力顧客情報: the compound ends in a generic head longer than the bare data word.
    private bool EndsInGeneric(int start, int head, int end)
    {
        for (int k = start; k < head; k++)
        {
            if (_lexicon.IsGeneric(_text.AsSpan(k, end - k)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Covered(List<FieldHit> hits, int offset)
    {
        foreach (var h in hits)
        {
            if (offset >= h.Start && offset < h.End)
            {
                return true;
            }
        }
        return false;
    }
}
