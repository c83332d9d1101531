using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Fields;

/// <summary>
/// Reads the parts of a notice that list what leaked: the body under a heading such as
/// <c>漏えいした個人情報</c>, <c>2.学生名簿に含まれる個人情報</c>, <c>【個人情報の内容】</c> (numbered,
/// bracketed or a bare line), and <c>漏えいした情報:氏名、住所</c> lines. Bracketed sub-headings
/// (<c>〈会員情報〉</c>) become the group of the items under them.
/// </summary>
internal sealed class ListReader
{
    private const int MaxHeadingLength = 40;
    private const int MaxBareRegionLines = 40;
    private readonly FieldCues _cues;
    private readonly ListLineReader _lines;

    public ListReader(FieldCues cues)
    {
        _cues = cues;
        _lines = new ListLineReader(cues);
    }

    /// <summary>Reads the lists in the notice; <paramref name="title"/> (a headline naming a leak) heads none.</summary>
    public void Read(FieldScanner scanner, SectionTree sections, FieldFindings findings, TextSpan title = default)
    {
        string text = scanner.Text;
        var headings = new Dictionary<int, Section>(sections.All.Count);
        foreach (var s in sections.All)
        {
            headings.TryAdd(s.HeadingSpan.Start, s);
        }
        for (int k = 0; k < sections.All.Count; k++)
        {
            var s = sections.All[k];
            if (_cues.IsFieldHeading(text, s.HeadingSpan.Start, s.HeadingSpan.End) && !IsQuestion(text, s.HeadingSpan.End))
            {
                ReadRegion(scanner, headings, s.Body.Start, SectionRegionEnd(sections.All, k, text.Length), findings);
            }
        }
        var probe = new List<FieldHit>();
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int lineEnd = LineEnd(text, lineStart);
            var (a, b) = Trim(text, lineStart, lineEnd);
            int colon = b > a ? text.IndexOf(':', a, b - a) : -1;
            if (colon > a && colon + 1 < b && _cues.IsFieldHeading(text, a, colon))
            {
                _lines.Read(scanner, colon + 1, b, null, findings);
            }
            else if (b > a && !headings.ContainsKey(a) && !IsQuestion(text, b) && !(title.Length > 0 && a < title.End && b > title.Start))
            {
                if (IsBareHeading(scanner, a, b, probe) || IsListIntro(text, a, b))
                {
                    int regionStart = Math.Min(text.Length, lineEnd + 1);
                    ReadRegion(scanner, headings, regionStart, BareRegionEnd(scanner, headings, regionStart, probe), findings);
                }
                else if (CountedItemEnd(text, a, b) is int itemEnd && itemEnd > a && HasFieldWord(scanner, a, itemEnd, probe))
                {
                    _lines.Read(scanner, a, itemEnd, null, findings); // not 対象件数 10件: a count of something unnamed
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    // ①外来および入院中の患者様:約13万人: who was affected and how many, not what data; a label that ends
    // in a person before the colon and a count after it (事業参加者:氏名及び住所 is a list).
    private bool IsPopulationLine(string text, int a, int b)
    {
        int colon = text.IndexOf(':', a, b - a);
        if (colon <= a)
        {
            return false;
        }
        int end = colon;
        while (end > a && text[end - 1] == ' ')
        {
            end--;
        }
        int count = colon + 1;
        while (count < b && text[count] is ' ' or '約')
        {
            count++;
        }
        return count < b && char.IsAsciiDigit(text[count]) && _cues.EndsInPerson(text, a, end);
    }

    // 利用者のメールアドレス 1,780件: a line that is nothing but data words and how many of them, the
    // itemized form of a list without a heading. Returns where the words end, or null.
    private static int? CountedItemEnd(string text, int a, int b)
    {
        if (b - a > MaxHeadingLength)
        {
            return null;
        }
        int end = b;
        if (end > a && text[end - 1] == '分')
        {
            end--;
        }
        if (end <= a || text[end - 1] is not ('件' or '名' or '人'))
        {
            return null;
        }
        end--;
        int digits = end;
        while (end > a && (char.IsAsciiDigit(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }
        if (end == digits)
        {
            return null;
        }
        while (end > a && text[end - 1] is ' ' or ':' or '約')
        {
            end--;
        }
        for (int i = a; i < end; i++)
        {
            char c = text[i];
            var script = Tokenization.ScriptTokenizer.ScriptOf(c);
            if (script == Tokenization.TokenScript.Hiragana ? c != 'の' : script is not (Tokenization.TokenScript.Kanji or Tokenization.TokenScript.Katakana or Tokenization.TokenScript.Latin) && !ListLineReader.IsBullet(c) && c is not ('、' or ' '))
            {
                return null; // a sentence or a date line (12月5日 500件), not an item
            }
        }
        return end;
    }

    // Items under the heading, line by line; sub-sections about something else (原因) are skipped.
    private void ReadRegion(FieldScanner scanner, Dictionary<int, Section> headings, int start, int end, FieldFindings findings)
    {
        string text = scanner.Text;
        string? group = null;
        bool skipping = false;
        bool vertical = false; // the previous line was one known item: 氏名 / 住所 / 保有ポイント数
        for (int lineStart = start; lineStart < end;)
        {
            int lineEnd = Math.Min(end, LineEnd(text, lineStart));
            var (a, b) = Trim(text, lineStart, lineEnd);
            bool read = b > a && !skipping;
            if (b > a && headings.TryGetValue(a, out var sub))
            {
                bool fieldHeading = _cues.IsFieldHeading(text, sub.HeadingSpan.Start, sub.HeadingSpan.End);
                skipping = !fieldHeading && _cues.HeadingStop.Occurs(text, sub.HeadingSpan.Start, sub.HeadingSpan.End);
                // ◆ 漢字氏名: a symbol-marked line naming a kind of data is an item; ■従業員に関する情報 names a group.
                bool isGroup = !fieldHeading && IsBracketed(sub.Style)
                    && !(sub.Style == HeadingStyle.Symbol && HasFieldWord(scanner, sub.HeadingSpan.Start, sub.HeadingSpan.End, findings.HitScratch));
                group = isGroup ? sub.Heading : null;
                read = !skipping && !isGroup; // ①氏名 is an item that the outline took for a heading
            }
            if (read && !EndsInPoliteSentence(text, b) && !IsQuestion(text, b) && !IsPopulationLine(text, a, b))
            {
                // A sentence under the heading (なお、…は保有しておりません。) is left to the statement reader.
                vertical = _lines.Read(scanner, a, b, group, findings, inVerticalList: vertical);
            }
            else
            {
                vertical = false; // a blank line or a heading ends a one-per-line list
            }
            lineStart = lineEnd + 1;
        }
    }

    // A section's list runs until the next heading of its own style or of an enclosing one, so that
    // bracketed group headings (〈会員情報〉), which the outline puts at the top level, stay inside it.
    private static int SectionRegionEnd(IReadOnlyList<Section> all, int index, int textEnd)
    {
        var s = all[index];
        var styles = new HashSet<HeadingStyle> { s.Style };
        for (var p = s.Parent; p is not null; p = p.Parent)
        {
            styles.Add(p.Style);
        }
        for (int k = index + 1; k < all.Count; k++)
        {
            if (styles.Contains(all[k].Style))
            {
                return all[k].HeadingSpan.Start;
            }
        }
        return textEnd;
    }

    // 漏えいした可能性のある情報は以下のとおりです。: a sentence announcing the list below it.
    private bool IsListIntro(string text, int a, int b) =>
        _cues.ListIntro.Occurs(text, a, b) && _cues.IsFieldHeading(text, a, b);

    // A bare line such as 漏えいした個人情報: short, no sentence end, no field word of its own.
    private bool IsBareHeading(FieldScanner scanner, int a, int b, List<FieldHit> probe)
    {
        if (b - a > MaxHeadingLength || scanner.Text.IndexOf('。', a, b - a) >= 0 || !_cues.IsFieldHeading(scanner.Text, a, b))
        {
            return false;
        }
        probe.Clear();
        scanner.Find(a, b, probe);
        return probe.Count == 0;
    }

    private static bool HasFieldWord(FieldScanner scanner, int a, int b, List<FieldHit> probe)
    {
        probe.Clear();
        scanner.Find(a, b, probe);
        return probe.Count > 0;
    }

    // Under a bare heading the list runs until the next heading or heading-like line (発生原因).
    private static int BareRegionEnd(FieldScanner scanner, Dictionary<int, Section> headings, int start, List<FieldHit> probe)
    {
        string text = scanner.Text;
        int lines = 0;
        int lineStart = start;
        bool previousWasItem = false;
        while (lineStart < text.Length && lines < MaxBareRegionLines)
        {
            int lineEnd = LineEnd(text, lineStart);
            var (a, b) = Trim(text, lineStart, lineEnd);
            if (b > a)
            {
                lines++;
                if (headings.TryGetValue(a, out var s) && !IsBracketed(s.Style))
                {
                    return lineStart;
                }
                probe.Clear();
                scanner.Find(a, b, probe);
                bool headingLike = probe.Count == 0 && b - a <= MaxHeadingLength && text.IndexOf('。', a, b - a) < 0 && !ListLineReader.IsBullet(text[a]);
                if (lines > 1 && headingLike && !previousWasItem)
                {
                    return lineStart;
                }
                previousWasItem = probe.Count > 0 && b - a <= MaxHeadingLength;
                if (lines > 1 && EndsInPoliteSentence(text, b))
                {
                    return lineStart; // prose after a bare list (…をお願いいたします。) is not part of it
                }
            }
            else
            {
                previousWasItem = false; // 氏名 / 住所 / (blank) / 発生原因: the blank line ends the list
            }
            lineStart = lineEnd + 1;
        }
        return lineStart;
    }

    // Q4 私の個人情報は漏えいしていますか?: a reader's question (an FAQ) neither heads nor is a list.
    private static bool IsQuestion(string text, int end) => end > 0 && text[end - 1] == '?';

    private static bool EndsInPoliteSentence(string text, int end)
    {
        var line = text.AsSpan(0, end);
        return line.EndsWith("ます。", StringComparison.Ordinal) || line.EndsWith("した。", StringComparison.Ordinal)
            || line.EndsWith("です。", StringComparison.Ordinal) || line.EndsWith("ません。", StringComparison.Ordinal);
    }

    // 〈会員情報〉, 【お届け先情報】, ■従業員に関する情報: a heading style used for the groups of a list.
    private static bool IsBracketed(HeadingStyle style) =>
        style is HeadingStyle.AngleBracket or HeadingStyle.LenticularBracket or HeadingStyle.Symbol;

    private static int LineEnd(string text, int from)
    {
        int e = text.IndexOf('\n', from);
        return e < 0 ? text.Length : e;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }
}
