using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Notices;

/// <summary>Reads a title line: the casebook header, the title, and the date at its end.</summary>
internal static class TitleLine
{
    internal const string CasebookMarker = "【セキュリティ事件簿#";

    /// <summary>Parses the line <c>text[start..end)</c>; spans are relative to <paramref name="origin"/>.</summary>
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
        }
        titleStart = TrimStart(text, titleStart, titleEnd);
        int bodyStart = Math.Min(end + 1, text.Length);
        return new NoticeHeader(casebookId, new TextSpan(titleStart - origin, titleEnd - origin), published, publishedSpan, bodyStart - origin);
    }

    /// <summary>Finds a Gregorian date (<c>2024/8/9</c>, <c>2023 年7月 24 日</c>) ending the range, after a space.</summary>
    public static bool TryTrailingDate(ReadOnlySpan<char> text, int start, int end, out int dateStart, out JapaneseDate date)
    {
        dateStart = end;
        date = default;
        // Walk back over digits, separators and spaces to the start of a 4-digit year.
        int i = end;
        while (i > start && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '/' or '年' or '月' or '日' or ' ' or '-' or '.'))
        {
            i--;
        }
        while (i < end && !char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i >= end || (i > start && text[i - 1] != ' '))
        {
            return false;
        }
        Span<int> parts = stackalloc int[3];
        int n = 0, k = i;
        while (k < end && n < 3)
        {
            while (k < end && text[k] == ' ')
            {
                k++;
            }
            int v = 0, digits = 0;
            while (k < end && char.IsAsciiDigit(text[k]) && digits < 5)
            {
                v = v * 10 + (text[k] - '0');
                k++;
                digits++;
            }
            if (digits == 0)
            {
                return false;
            }
            parts[n++] = v;
            while (k < end && text[k] == ' ')
            {
                k++;
            }
            if (k < end && text[k] is '/' or '年' or '月' or '日' or '-' or '.')
            {
                k++;
            }
        }
        while (k < end && text[k] == ' ')
        {
            k++;
        }
        if (n != 3 || k != end || parts[0] < 1900 || parts[0] > 2100 || parts[1] is < 1 or > 12
            || parts[2] < 1 || parts[2] > DateTime.DaysInMonth(parts[0], parts[1]))
        {
            return false;
        }
        dateStart = i;
        date = new JapaneseDate(parts[0], parts[1], parts[2]);
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
