namespace IncidentParsing.Extractors.Fields;

/// <summary>
/// Reads one line of a list of leaked data into items: split at <c>、</c> <c>,</c> <c>・</c> <c>/</c>
/// <c>•</c> and at 及び/および/並びに/や after a noun, never inside parentheses
/// (<c>患者情報(患者ID、氏名…)</c> is one item whose words are all read). An item marked <c>(任意)</c>
/// is optional. An unknown item becomes "other" only on a line that is clearly a list (most items known,
/// no sentence), so prose under a heading never turns into fields.
/// </summary>
internal sealed class ListLineReader
{
    private const int MaxOtherLength = 16;
    private const string OptionalMark = "任意";
    private readonly FieldCues _cues;

    public ListLineReader(FieldCues cues) => _cues = cues;

    /// <summary>A list bullet at the start of a line.</summary>
    public static bool IsBullet(char c) => c is '・' or '•' or '-' or '*' or '●' or '○' or '◦' or '▪' or '■' or '◆' or '◇' or '□' or '※';

    /// <summary>
    /// Reads the items in <c>[start, end)</c>. Unknown items become "other" only when at least
    /// <paramref name="minKnown"/> items are known field words (a sentence needs more evidence of being a list).
    /// </summary>
    /// <returns>True when the line was a single known item (氏名), so that the next line may continue a one-per-line list.</returns>
    public bool Read(FieldScanner scanner, int start, int end, string? group, FieldFindings findings, int minKnown = 0, bool inVerticalList = false)
    {
        string text = scanner.Text;
        var items = findings.ItemScratch;
        var hits = findings.HitScratch;
        var unknown = findings.UnknownScratch;
        items.Clear();
        hits.Clear();
        unknown.Clear();
        Split(text, start, end, items);
        int known = 0;
        foreach (var (s, e) in items)
        {
            int before = hits.Count;
            scanner.Find(s, e, hits);
            bool optional = text.AsSpan(s, e - s).Contains(OptionalMark, StringComparison.Ordinal);
            for (int k = before; k < hits.Count; k++)
            {
                findings.Fields.Add(new ListedField(hits[k], group, optional));
            }
            if (hits.Count > before)
            {
                known++;
            }
            else if (Core(scanner, s, e) is var (cs, ce) && ce > cs)
            {
                unknown.Add((cs, ce));
            }
        }
        // The first item may carry a lead-in (…に記載されている申請者氏名): the list proper follows it.
        int listProper = items.Count > 1 ? items[1].Start : start;
        bool singleItem = items.Count == 1 && known == 1;
        if (unknown.Count == 0 || known < minKnown)
        {
            return singleItem;
        }
        if (!(inVerticalList && items.Count == 1) && !IsClearList(text, start, listProper, end, known, known + unknown.Count))
        {
            return false;
        }
        foreach (var (cs, ce) in unknown)
        {
            if (IsOtherItem(scanner, cs, ce) && !_cues.EndsInPerson(text, cs, ce))
            {
                findings.Fields.Add(new ListedField(new FieldHit(Model.FieldCategory.Other, cs, ce), group, false));
            }
        }
        return false;
    }

    private void Split(string text, int start, int end, List<(int, int)> items)
    {
        int depth = 0;
        int itemStart = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '(')
            {
                depth++;
                continue;
            }
            if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (depth > 0)
            {
                continue;
            }
            int sep = c is '、' or ',' or '・' or '/' or '•' or ';' ? 1 : ConjunctionAt(text, i, itemStart);
            if (sep > 0)
            {
                items.Add((itemStart, i));
                itemStart = i + sep;
                i += sep - 1;
            }
        }
        items.Add((itemStart, end));
    }

    // 及び, や … join items only right after a noun (氏名及び住所), not inside words (ふりがな).
    private int ConjunctionAt(string text, int i, int itemStart)
    {
        int n = _cues.Conjunction.MatchAt(text, i);
        if (n == 0 || i == itemStart)
        {
            return 0;
        }
        char before = text[i - 1];
        return before == ')' || Tokenization.ScriptTokenizer.ScriptOf(before) is Tokenization.TokenScript.Kanji or Tokenization.TokenScript.Katakana or Tokenization.TokenScript.Latin
            ? n : 0;
    }

    // A line that lists things: no sentence inside it, no leak verb, and at least half its items known.
    private bool IsClearList(string text, int start, int listProper, int end, int known, int total)
    {
        int stop = text.IndexOf('。', listProper, end - listProper);
        if (stop >= 0 && stop < end - 1)
        {
            return false;
        }
        for (int i = listProper; i < end; i++)
        {
            if (_cues.Contain.MatchAt(text, i) > 0 || _cues.Exclude.MatchAt(text, i) > 0)
            {
                return false;
            }
        }
        return total == 1 ? IsBullet(text[start]) : known * 2 >= total;
    }

    // An item that names some other kind of data: a short noun phrase (寮棟名, 開示請求した事実), not a generic head.
    private static bool IsOtherItem(FieldScanner scanner, int start, int end)
    {
        int length = end - start;
        var last = Tokenization.ScriptTokenizer.ScriptOf(scanner.Text[end - 1]);
        return length is >= 2 and <= MaxOtherLength
            && last is Tokenization.TokenScript.Kanji or Tokenization.TokenScript.Katakana
            && !scanner.IsGeneric(start, end);
    }

    // The item's words: without bullets and numbering before, and parentheses, counts (233件) and 等 after.
    private static (int Start, int End)? Core(FieldScanner scanner, int start, int end)
    {
        string text = scanner.Text;
        while (start < end && !IsWordChar(text[start]))
        {
            start++;
        }
        int paren = text.IndexOf('(', start, end - start);
        if (paren >= 0)
        {
            end = paren;
        }
        int of = text.LastIndexOf('の', end - 1, end - start);
        if (of > start && scanner.IsGeneric(of + 1, end))
        {
            end = of; // 手術日等の情報: the item is 手術日, the rest is a generic head
        }
        while (end > start)
        {
            char c = text[end - 1];
            if (c is ' ' or '件' or '名' or '人' or '分' or ',' || char.IsAsciiDigit(c))
            {
                if (c is '件' or '名' or '人' or '分' && (end - 2 < start || !(char.IsAsciiDigit(text[end - 2]) || text[end - 2] is ' ' or '件' or '名' or '人' or '分')))
                {
                    break; // 氏名, 個人: a word, not a counter
                }
                end--;
                continue;
            }
            if (c is '等' or '。' or '」' or '』' or '】' or '>' or '〉')
            {
                end--;
                continue;
            }
            if (end - 2 >= start && text[end - 2] == 'な' && c == 'ど')
            {
                end -= 2;
                continue;
            }
            break;
        }
        return end > start ? (start, end) : null;
    }

    private static bool IsWordChar(char c) =>
        Tokenization.ScriptTokenizer.ScriptOf(c) is Tokenization.TokenScript.Kanji or Tokenization.TokenScript.Katakana
            or Tokenization.TokenScript.Hiragana or Tokenization.TokenScript.Latin;
}
