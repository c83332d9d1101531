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
    private const int MaxNesting = 2;
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
        int firstKnown = -1;
        for (int k = 0; k < items.Count; k++)
        {
            var (s, e, head) = items[k];
            int before = hits.Count;
            scanner.Find(s, e, hits);
            bool optional = text.AsSpan(s, e - s).Contains(OptionalMark, StringComparison.Ordinal);
            for (int h = before; h < hits.Count; h++)
            {
                findings.Fields.Add(new ListedField(hits[h], group, optional));
            }
            if (hits.Count > before)
            {
                known++;
                firstKnown = firstKnown < 0 ? k : firstKnown;
            }
            else if (!head && (firstKnown >= 0 || items.Count == 1) && Core(scanner, s, e) is var (cs, ce) && ce > cs)
            {
                unknown.Add((cs, ce)); // an unknown item before the first known one is a lead-in (調査の結果、…)
            }
        }
        bool singleItem = items.Count == 1 && known == 1;
        if (unknown.Count == 0 || known < minKnown)
        {
            return singleItem;
        }
        bool vertical = inVerticalList && items.Count == 1;
        if (!vertical && !IsClearList(text, start, items, firstKnown + 1, known, known + unknown.Count))
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

    // Items at the top level; a parenthesized list inside an item (患者情報(患者ID、氏名…)) is split into
    // items of its own, and the words before it become a head that names the list rather than an item.
    private void Split(string text, int start, int end, List<(int Start, int End, bool Head)> items, int nesting = 0)
    {
        int depth = 0;
        int itemStart = start;
        int open = -1;
        bool innerList = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '(')
            {
                if (depth++ == 0)
                {
                    open = i;
                    innerList = false;
                }
                continue;
            }
            if (c == ')' && depth > 0)
            {
                if (--depth == 0 && innerList && nesting < MaxNesting)
                {
                    items.Add((itemStart, open, true));
                    Split(text, open + 1, i, items, nesting + 1);
                    itemStart = i + 1;
                }
                continue;
            }
            int sep = c is '、' or ',' or '・' or '/' or '•' or ';' ? 1 : ConjunctionAt(text, i, itemStart);
            if (depth == 1 && sep > 0)
            {
                innerList = true;
            }
            if (depth > 0 || sep == 0)
            {
                continue;
            }
            AddItem(text, items, itemStart, i);
            itemStart = i + sep;
            i += sep - 1;
        }
        AddItem(text, items, itemStart, end);
    }

    // A bullet or a doubled separator leaves an empty item: it is not one.
    private static void AddItem(string text, List<(int Start, int End, bool Head)> items, int start, int end)
    {
        if (!text.AsSpan(start, end - start).IsWhiteSpace())
        {
            items.Add((start, end, false));
        }
    }

    // 及び, や … join items only right after a noun (氏名及び住所), not inside words (ふりがな).
    private int ConjunctionAt(string text, int i, int itemStart)
    {
        int n = _cues.Conjunction.LengthAt(text, i);
        if (n == 0 || i == itemStart)
        {
            return 0;
        }
        char before = text[i - 1];
        return before == ')' || Tokenization.ScriptTokenizer.ScriptOf(before) is Tokenization.TokenScript.Kanji or Tokenization.TokenScript.Katakana or Tokenization.TokenScript.Latin
            ? n : 0;
    }

    // A line that lists things: after its first known item (which may carry a lead-in), no sentence inside an item, no verb of
    // containing or denying, and at least half the items known. A one-item line must be a bullet.
    private bool IsClearList(string text, int lineStart, List<(int Start, int End, bool Head)> items, int from, int known, int total)
    {
        if (total == 1)
        {
            return IsBullet(text[lineStart]);
        }
        for (int k = from; k < items.Count; k++)
        {
            var (s, e, head) = items[k];
            int stop = text.IndexOf('。', s, e - s);
            if (head || (stop >= 0 && stop < e - 1))
            {
                if (!head)
                {
                    return false;
                }
                continue;
            }
            for (int i = s; i < e; i++)
            {
                if (_cues.Contain.LengthAt(text, i) > 0 || _cues.Exclude.LengthAt(text, i) > 0)
                {
                    return false;
                }
            }
        }
        return known * 2 >= total;
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

    // The item's words: without bullets, numbering and a conjunction before, and parentheses, counts (233件) and 等 after.
    private (int Start, int End)? Core(FieldScanner scanner, int start, int end)
    {
        string text = scanner.Text;
        while (start < end && !IsWordChar(text[start]))
        {
            start++;
        }
        int conjunction = _cues.Conjunction.LengthAt(text, start);
        if (conjunction > 1 && start + conjunction < end)
        {
            start += conjunction; // 、及びプライバシーに関わる情報: the conjunction after a comma is not the item's
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
