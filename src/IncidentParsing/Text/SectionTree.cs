namespace IncidentParsing.Text;

/// <summary>
/// The outline of a notice: numbered and bracketed headings (<c>1.</c>, <c>1 </c>, <c>(1)</c>,
/// <c>①</c>, <c>【…】</c>, <c>&lt;…&gt;</c>, <c>〈…〉</c>) nested by the order in which their styles first
/// appear, so that an extractor can ask for "the section whose heading mentions 原因".
/// </summary>
internal sealed class SectionTree
{
    private const int MaxHeadingLength = 60;
    private readonly List<Section> _all;

    private SectionTree(List<Section> roots, List<Section> all)
    {
        Roots = roots;
        _all = all;
    }

    /// <summary>Top-level sections in text order.</summary>
    public IReadOnlyList<Section> Roots { get; }

    /// <summary>Every section, depth first, in text order.</summary>
    public IReadOnlyList<Section> All => _all;

    /// <summary>The first section whose heading contains any of <paramref name="keywords"/>.</summary>
    public Section? Find(params ReadOnlySpan<string> keywords)
    {
        foreach (var s in _all)
        {
            foreach (var k in keywords)
            {
                if (s.Heading.Contains(k, StringComparison.Ordinal))
                {
                    return s;
                }
            }
        }
        return null;
    }

    /// <summary>The innermost section whose body contains <paramref name="offset"/>, or null.</summary>
    public Section? At(int offset)
    {
        Section? best = null;
        foreach (var s in _all)
        {
            if (offset >= s.Body.Start && offset < s.Body.End)
            {
                best = s;
            }
        }
        return best;
    }

    /// <summary>Builds the outline of a normalized text; the original lets circled numbers be told apart after NFKC folded them.</summary>
    internal static SectionTree Build(NormalizedText text) => Build(text.Text, i => text.Original[text.ToOriginalStart(i)]);

    /// <summary>Builds the outline of an already normalized text.</summary>
    public static SectionTree Build(string text) => Build(text, i => text[i]);

    internal static SectionTree Build(string text, Func<int, char> originalCharAt)
    {
        var roots = new List<Section>();
        var all = new List<Section>();
        var styleOrder = new List<HeadingStyle>();
        var stack = new List<Section>();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            if (TryHeading(text, lineStart, lineEnd, originalCharAt, out var style, out var heading, out var span))
            {
                int rank = styleOrder.IndexOf(style);
                if (rank < 0)
                {
                    // A bracketed heading (【再発防止策】) never belongs inside a numbered item.
                    rank = IsBracketed(style) ? 0 : styleOrder.Count;
                    styleOrder.Insert(rank, style);
                }
                while (stack.Count > 0 && styleOrder.IndexOf(stack[^1].Style) >= rank)
                {
                    Close(stack[^1], lineStart);
                    stack.RemoveAt(stack.Count - 1);
                }
                var parent = stack.Count > 0 ? stack[^1] : null;
                var section = new Section(heading, span, Math.Min(lineEnd + 1, text.Length), style, parent);
                (parent is null ? roots : null)?.Add(section);
                parent?.Add(section);
                all.Add(section);
                stack.Add(section);
            }
            lineStart = lineEnd + 1;
        }
        foreach (var s in stack)
        {
            Close(s, text.Length);
        }
        return new SectionTree(roots, all);
    }

    private static bool IsBracketed(HeadingStyle style) =>
        style is HeadingStyle.LenticularBracket or HeadingStyle.AngleBracket or HeadingStyle.Symbol;

    private static void Close(Section s, int end)
    {
        int e = Math.Max(s.Body.Start, end);
        // Body excludes the line break that ends it.
        s.Body = new TextSpan(s.Body.Start, e);
    }

    private static bool TryHeading(string text, int start, int end, Func<int, char> originalCharAt,
        out HeadingStyle style, out string heading, out TextSpan span)
    {
        style = HeadingStyle.None;
        heading = "";
        int s = start;
        while (s < end && text[s] == ' ')
        {
            s++;
        }
        int e = end;
        while (e > s && text[e - 1] == ' ')
        {
            e--;
        }
        span = new TextSpan(s, e);
        if (e - s < 2 || e - s > MaxHeadingLength || text[e - 1] == '。')
        {
            return false;
        }
        var line = text.AsSpan(s, e - s);
        int wordsAt;
        if (TryBracketed(line, out style, out wordsAt, out int wordsEnd))
        {
            heading = line[wordsAt..wordsEnd].Trim().ToString();
            return heading.Length > 0;
        }
        if (line[0] is '■' or '●' or '◆' or '□' or '◇')
        {
            style = HeadingStyle.Symbol;
            heading = line[1..].Trim().ToString();
            return heading.Length > 0;
        }
        if (IsCircled(originalCharAt(s)))
        {
            int k = 0;
            while (k < line.Length && char.IsAsciiDigit(line[k]))
            {
                k++;
            }
            style = HeadingStyle.Circled;
            heading = line[k..].Trim().ToString();
            return heading.Length > 0 && !StartsWithUnit(line[k..]);
        }
        if (line[0] == '(' && TryNumberThen(line, 1, ')', out wordsAt))
        {
            style = HeadingStyle.ParenNumber;
            heading = line[wordsAt..].Trim().ToString();
            return heading.Length > 0;
        }
        if (char.IsAsciiDigit(line[0]) && (TryNumberThen(line, 0, '.', out wordsAt) || TryNumberThen(line, 0, ' ', out wordsAt)))
        {
            style = HeadingStyle.Number;
            heading = line[wordsAt..].Trim().ToString();
            return heading.Length > 0 && !StartsWithUnit(line[wordsAt..]);
        }
        return false;
    }

    private static bool TryBracketed(ReadOnlySpan<char> line, out HeadingStyle style, out int wordsAt, out int wordsEnd)
    {
        (char open, char close, style) = line[0] switch
        {
            '【' => ('【', '】', HeadingStyle.LenticularBracket),
            '<' => ('<', '>', HeadingStyle.AngleBracket),
            '〈' => ('〈', '〉', HeadingStyle.AngleBracket),
            '《' => ('《', '》', HeadingStyle.AngleBracket),
            '[' => ('[', ']', HeadingStyle.LenticularBracket),
            _ => ('\0', '\0', HeadingStyle.None),
        };
        wordsAt = 1;
        wordsEnd = line.Length - 1;
        if (style == HeadingStyle.None || line[^1] != close)
        {
            return false;
        }
        return line[1..^1].IndexOfAny(open, close) < 0;
    }

    private static bool TryNumberThen(ReadOnlySpan<char> line, int at, char after, out int wordsAt)
    {
        int k = at;
        while (k < line.Length && char.IsAsciiDigit(line[k]))
        {
            k++;
        }
        wordsAt = k + 1;
        return k > at && k - at <= 2 && k < line.Length && line[k] == after && k + 1 < line.Length;
    }

    // "1 件", "2 名": a count at the start of a line, not a heading.
    private static bool StartsWithUnit(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        return rest.Length > 0 && rest[0] is '件' or '名' or '人' or '月' or '日' or '年' or '時' or '%' or ',' or '.';
    }

    private static bool IsCircled(char c) => c is >= '\u2460' and <= '\u2473' or >= '\u3251' and <= '\u325F';
}
