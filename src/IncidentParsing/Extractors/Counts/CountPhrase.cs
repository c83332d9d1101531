namespace IncidentParsing.Extractors.Counts;

/// <summary>Small scanners over the words around a count: noun phrases, particles, data words.</summary>
internal static class CountPhrase
{
    private const int MaxNounLength = 24;

    /// <summary>Words that make a following phrase "data about the counted" (39名の成績, 8台の車の情報).</summary>
    private static readonly string[] DataWords =
        ["情報", "データ", "氏名", "名前", "住所", "アドレス", "番号", "成績", "映像", "画像", "動画", "記録", "診療", "内容", "名簿", "カルテ"];

    /// <summary>Generic labels before a number that do not say what is counted (件数: 48,651人).</summary>
    private static readonly string[] Labels = ["件数", "人数", "総数", "対象", "対象者数", "数", "件", "合計", "計"];

    public static bool IsWordChar(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || c == '々' || (c >= '\u30A0' && c <= '\u30FF' && c != '・')
        || NumberCharsAscii(c);

    private static bool NumberCharsAscii(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>The noun phrase that ends at <paramref name="end"/> (an honorific お/ご kept), or null.</summary>
    public static (int Start, int End)? NounBefore(ReadOnlySpan<char> text, int end)
    {
        int s = end;
        while (s > 0 && end - s < MaxNounLength && IsWordChar(text[s - 1]))
        {
            s--;
        }
        if (s == end)
        {
            return null;
        }
        if (s > 0 && text[s - 1] is 'お' or 'ご')
        {
            s--;
        }
        return (s, end);
    }

    /// <summary>The noun phrase that starts at <paramref name="start"/> (after an honorific お/ご), or null.</summary>
    public static (int Start, int End)? NounAfter(ReadOnlySpan<char> text, int start)
    {
        int s = start < text.Length && text[start] is 'お' or 'ご' ? start + 1 : start;
        int e = s;
        while (e < text.Length && e - s < MaxNounLength && IsWordChar(text[e]))
        {
            e++;
        }
        return e == s ? null : (start, e);
    }

    public static bool IsLabel(ReadOnlySpan<char> noun)
    {
        foreach (var l in Labels)
        {
            if (noun.EndsWith(l, StringComparison.Ordinal) && noun.Length <= l.Length + 2)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True if "の" at <paramref name="at"/> leads, within a short phrase, to a data word.</summary>
    public static bool DataFollows(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || text[at] != 'の')
        {
            return false;
        }
        int end = Math.Min(text.Length, at + 14);
        var phrase = text[(at + 1)..end];
        int stop = phrase.IndexOfAny("、。,\n(");
        if (stop >= 0)
        {
            phrase = phrase[..stop];
        }
        foreach (var w in DataWords)
        {
            if (phrase.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Skips spaces forward (at most <paramref name="max"/>).</summary>
    public static int SkipSpaces(ReadOnlySpan<char> text, int at, int max = 2)
    {
        int n = 0;
        while (at < text.Length && text[at] == ' ' && n < max)
        {
            at++;
            n++;
        }
        return at;
    }

    /// <summary>Skips spaces backward from <paramref name="end"/> (at most <paramref name="max"/>).</summary>
    public static int SkipSpacesBack(ReadOnlySpan<char> text, int end, int max = 2)
    {
        int n = 0;
        while (end > 0 && text[end - 1] == ' ' && n < max)
        {
            end--;
            n++;
        }
        return end;
    }

    /// <summary>True when only blanks and bullets stand between the line start and <paramref name="at"/>.</summary>
    public static bool AtLineStart(ReadOnlySpan<char> text, int at)
    {
        for (int i = at - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c == '\n')
            {
                return true;
            }
            if (c is not (' ' or '•' or '・' or '*' or '-' or '·'))
            {
                return false;
            }
        }
        return true;
    }
}
