using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Dates;

// Month, day and a day or time written alone: the second half of the date scanner.
internal static partial class DatePointParser
{
    private static bool TryMonthAfterYear(ReadOnlySpan<char> t, ref int i, ref RawPoint point, char separator)
    {
        if (separator != '\0')
        {
            // i stands on the separator.
            if (!DateNumber.TryRead(t, i + 1, out var m))
            {
                return false;
            }
            point.Month = m.Value;
            i = m.End;
            if (Scan.At(t, i, "月"))
            {
                i++;
            }
            return true;
        }
        int k = Scan.SkipBlank(t, i);
        if (MonthWords.TryMatch(t, k, out var w) && w.Kind == YearKind.FromContext)
        {
            point.MonthKind = w.Kind;
            point.Month = w.Offset;
            i = k + w.Text.Length;
            return true;
        }
        if (DateNumber.TryRead(t, k, out var month) && month.Value is >= 1 and <= 12)
        {
            int u = Scan.SkipBlank(t, month.End);
            if (Scan.At(t, u, "月") && !NotAfter(t, u + 1, NotAfterMonth))
            {
                point.Month = month.Value;
                i = u + 1;
                return true;
            }
            if (k < t.Length && t[k - 1] == '/' && !month.IsKanji)
            {
                point.Month = month.Value;
                i = month.End;
                return true;
            }
        }
        return false;
    }

    private static bool TryMonthFirst(ReadOnlySpan<char> t, ref int i, ref RawPoint point, out char separator)
    {
        separator = '\0';
        if (MonthWords.TryMatch(t, i, out var w))
        {
            point.MonthKind = w.Kind;
            point.Month = w.Offset;
            i += w.Text.Length;
            return true;
        }
        if (!DateNumber.TryRead(t, i, out var m) || m.Value is < 1 or > 12 || (m.Digits > 2))
        {
            return false;
        }
        int u = Scan.SkipBlank(t, m.End);
        if (Scan.At(t, u, "月") && !NotAfter(t, u + 1, NotAfterLeadingMonth))
        {
            point.Month = m.Value;
            i = u + 1;
            return true;
        }
        // 1/3 18:42: a month/day pair without a year, taken only when a time, weekday or 頃 follows.
        if (!m.IsKanji && m.End < t.Length && t[m.End] == '/' && DateNumber.TryRead(t, m.End + 1, out var d) && !d.IsKanji
            && d.Digits <= 2 && d.Value is >= 1 and <= 31 && !(d.End < t.Length && (t[d.End] == '/' || char.IsAsciiDigit(t[d.End]))))
        {
            int after = Scan.SkipSpaces(t, d.End);
            bool follows = after < t.Length && (t[after] is '(' || char.IsAsciiDigit(t[after]) || Scan.At(t, after, "頃")
                || Scan.At(t, after, "ごろ") || t[after] is '~' or '〜');
            if (!follows)
            {
                return false;
            }
            point.Month = m.Value;
            separator = '/';
            i = m.End;
            return true;
        }
        return false;
    }

    private static bool TryDay(ReadOnlySpan<char> t, ref int i, ref RawPoint point, char separator)
    {
        if (separator != '\0')
        {
            if (i < t.Length && t[i] == separator && DateNumber.TryRead(t, i + 1, out var sd) && !sd.IsKanji && sd.Digits <= 2
                && !(sd.End + 1 < t.Length && t[sd.End] == separator && char.IsAsciiDigit(t[sd.End + 1])))
            {
                point.Day = sd.Value;
                i = sd.End;
                if (Scan.At(t, i, "日"))
                {
                    i++;
                }
                DateTailParser.AfterDay(t, ref i, ref point);
                return true;
            }
            if (Scan.At(t, i, "/") && Scan.At(t, i + 1, "月") == false && DateNumber.TryRead(t, i + 1, out var sd2) && Scan.At(t, sd2.End, "日"))
            {
                point.Day = sd2.Value;
                i = sd2.End + 1;
                DateTailParser.AfterDay(t, ref i, ref point);
                return true;
            }
            return false;
        }
        int k = Scan.SkipBlank(t, Scan.At(t, i, "/") ? i + 1 : i);
        // After a month only the preceding date's day (同日) is a day word: 5月本日 is not a date.
        if (DayWords.TryMatch(t, k, out var sameDay) && sameDay.Kind == YearKind.FromContext)
        {
            point.SameDay = true;
            i = k + sameDay.Text.Length;
            DateTailParser.AfterDay(t, ref i, ref point);
            return true;
        }
        if (!DateNumber.TryRead(t, k, out var d) || d.Value is < 1 or > 31)
        {
            return false;
        }
        int u = Scan.SkipBlank(t, d.End);
        if (Scan.At(t, u, "日"))
        {
            point.Day = d.Value;
            i = u + 1;
            DateTailParser.AfterDay(t, ref i, ref point);
            return true;
        }
        if (!d.IsKanji && u < t.Length && t[u] is '、' or ',' or '・' && DateTailParser.IsDayList(t, u))
        {
            point.Day = d.Value;
            point.ListFollows = true;
            i = d.End;
            return true;
        }
        return false;
    }

    // 9日, 12日夕, 13日午前5時ごろ, 同日, or a time alone.
    private static bool TryDayOrTimeAlone(ReadOnlySpan<char> t, int at, bool rangeEnd, ref RawPoint point)
    {
        int i = at;
        if (DayWords.TryMatch(t, i, out var dayWord))
        {
            // Day words carry offset 0 (the file allows no other): the reference day itself, or the preceding date's.
            bool today = dayWord.Kind == YearKind.FromReference;
            point.Today = today;
            point.SameDay = !today;
            i += dayWord.Text.Length;
            DateTailParser.AfterDay(t, ref i, ref point);
            if (!today)
            {
                // Only 同日 takes 頃 after it: 本日 is the reference day itself, never approximate.
                DateTailParser.TryApproximation(t, ref i, ref point);
            }
            point.End = i;
            return true;
        }
        if (DateNumber.TryRead(t, i, out var d) && d.Value is >= 1 and <= 31 && (d.Digits is 1 or 2 || (d.IsKanji && d.Value < 32)))
        {
            int u = Scan.SkipBlank(t, d.End);
            if (Scan.At(t, u, "日") && !NotAfter(t, u + 1, NotAfterDay) && (!d.IsKanji || rangeEnd))
            {
                point.Day = d.Value;
                i = u + 1;
                DateTailParser.AfterDay(t, ref i, ref point);
                DateTailParser.TryApproximation(t, ref i, ref point);
                point.End = i;
                return true;
            }
        }
        var timed = point;
        if (TimeOfDayParser.TryParse(t, at, partAlone: false, ref timed) && timed.HasTime)
        {
            point = timed;
            i = point.End;
            DateTailParser.TryApproximation(t, ref i, ref point);
            point.End = i;
            return true;
        }
        return false;
    }
}
