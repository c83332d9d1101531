using IncidentParsing.Dates;
using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Notices;

/// <summary>Reads a title line: the casebook header, the title, and the date at its end (through the one date grammar).</summary>
internal static class TitleLine
{
    internal const string CasebookMarker = "【セキュリティ事件簿#";
    private const string DateChars = "0123456789年月日/.-() 令和平成元付曜火水木金土";

    /// <summary>Parses the title <c>text[start..end)</c>; spans are relative to <paramref name="origin"/>.</summary>
    public static NoticeHeader Parse(ReadOnlySpan<char> text, int start, int end, int origin)
    {
        string? casebookId = null;
        int titleStart = start;
        if (text[start..end].StartsWith(CasebookMarker, StringComparison.Ordinal))
        {
            int idStart = start + CasebookMarker.Length;
            int close = text[idStart..end].IndexOf('】');
            if (close > 0)
            {
                close += idStart;
                casebookId = new string(text[idStart..close].Trim());
                titleStart = close + 1;
            }
        }
        int titleEnd = TrimEnd(text, titleStart, end);
        var publishedSpan = default(TextSpan);
        JapaneseDate? published = null;
        if (TryTrailingDate(text, titleStart, titleEnd, out int dateStart, out var date))
        {
            published = date;
            publishedSpan = new TextSpan(dateStart - origin, titleEnd - origin);
            titleEnd = TrimEnd(text, titleStart, dateStart);
            while (titleEnd > titleStart && text[titleEnd - 1] is '(' or '【' or '[')
            {
                titleEnd = TrimEnd(text, titleStart, titleEnd - 1);
            }
        }
        titleStart = TrimStart(text, titleStart, titleEnd);
        int bodyStart = Math.Min(end + 1, text.Length);
        return new NoticeHeader(casebookId, new TextSpan(titleStart - origin, titleEnd - origin), published, publishedSpan, bodyStart - origin);
    }

    /// <summary>
    /// Finds a full date (<c>2024/8/9</c>, <c>令和6年3月12日</c>, <c>2023 年7月 24 日</c>) that ends the range after a space
    /// or a bracket, read by <see cref="JapaneseDateRecognizer"/>'s grammar.
    /// </summary>
    public static bool TryTrailingDate(ReadOnlySpan<char> text, int start, int end, out int dateStart, out JapaneseDate date)
    {
        dateStart = end;
        date = default;
        // Only a digit near the end can end a date: most titles are turned away without the recognizer.
        int tail = Math.Max(start, end - 24);
        if (end - start < 8 || text[tail..end].IndexOfAnyInRange('0', '9') < 0 || text[tail..end].IndexOfAny("年/.-") < 0)
        {
            return false;
        }
        // Only the trailing run that a date can be written with goes to the recognizer (era names, digits, 年月日,
        // separators, spaces, a weekday in brackets), so a title costs a few characters, not its whole length.
        int from = end;
        while (from > start && end - from < 40 && DateChars.Contains(text[from - 1]))
        {
            from--;
        }
        if (end - from < 6)
        {
            return false;
        }
        // The leftmost place in that run where a full date starts and runs to the end (a weekday, a bracket or 付 after it).
        int mentionStart = -1;
        JapaneseDate value = default;
        var title = text[..end];
        for (int at = from; at < end && mentionStart < 0; at++)
        {
            if (at > start + 4 && text[at - 1] is ' ' or '(' or '【' or '[' && JapaneseDateRecognizer.TryReadFullDate(title, at, out var found, out int foundEnd)
                && OnlyCloses(text[foundEnd..end]))
            {
                mentionStart = at;
                value = found;
            }
        }
        if (mentionStart < 0)
        {
            return false;
        }
        dateStart = mentionStart;
        while (dateStart > start && text[dateStart - 1] is '(' or '【' or '[')
        {
            dateStart--;
        }
        date = value;
        return true;
    }

    private static bool OnlyCloses(ReadOnlySpan<char> after)
    {
        foreach (char c in after)
        {
            if (c is not (')' or ']' or '】' or '付' or '(' or '月' or '火' or '水' or '木' or '金' or '土' or '日' or '曜' or ' '))
            {
                return false;
            }
        }
        return true;
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }
        return end;
    }

    private static int TrimStart(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && text[start] == ' ')
        {
            start++;
        }
        return start;
    }
}
