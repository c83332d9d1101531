using System.Collections.Immutable;
using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Dates;

/// <summary>
/// What may follow the core of a date: a weekday in brackets, a time of day, a part of the month
/// (上旬・末), an approximation (頃・ごろ), and the day lists (13、16…及び27日).
/// </summary>
internal static class DateTailParser
{
    // From date-words.tsv, longest first.
    private static readonly ImmutableArray<MonthPartWord> MonthParts = DateWords.Embedded.MonthParts;
    private static readonly ImmutableArray<string> Approximations = DateWords.Embedded.Approximations;

    // 13、16、17…及び27日: numbers separated by 、 and a last one with 日.
    internal static bool IsDayList(ReadOnlySpan<char> t, int i)
    {
        for (int items = 0; i < t.Length && items < 40; items++)
        {
            int k = SkipListSeparators(t, i);
            if (k == i || !DateNumber.TryRead(t, k, out var d) || d.IsKanji || d.Value is < 1 or > 31)
            {
                return false;
            }
            if (Scan.At(t, Scan.SkipBlank(t, d.End), "日"))
            {
                return true;
            }
            i = d.End;
        }
        return false;
    }

    /// <summary>Skips what stands between two days of a list (、 , ・ 及び …, possibly several); returns <paramref name="i"/> when there is none.</summary>
    internal static int SkipListSeparators(ReadOnlySpan<char> t, int i)
    {
        int k = i;
        while (true)
        {
            int j = Scan.SkipBlank(t, k);
            if (j < t.Length && t[j] is '、' or ',' or '・')
            {
                k = j + 1;
            }
            else if (Scan.Match(t, j, ListJoiners) is string joiner)
            {
                k = j + joiner.Length;
            }
            else
            {
                return k == i ? i : Scan.SkipBlank(t, k);
            }
        }
    }

    private static readonly ImmutableArray<string> ListJoiners = DateWords.Embedded.ListJoiners;

    public static void AfterDay(ReadOnlySpan<char> t, ref int i, ref RawPoint point)
    {
        TryWeekday(t, ref i, ref point);
        int k = Scan.SkipSpaces(t, i);
        if (k < t.Length && t[k] is 'の' or '、' or 'T')
        {
            k++;
        }
        else if (k < t.Length && t[k] == '-')
        {
            k = Scan.SkipSpaces(t, k + 1);
        }
        k = Scan.SkipSpaces(t, k);
        var timed = point;
        if (TimeOfDayParser.TryParse(t, k, partAlone: k == i, ref timed) && (timed.HasTime || k == i))
        {
            point = timed;
            i = point.End;
        }
    }

    private static readonly string WeekdayChars = "日月火水木金土";

    private static void TryWeekday(ReadOnlySpan<char> t, ref int i, ref RawPoint point)
    {
        int k = Scan.SkipSpaces(t, i);
        bool bracket = k < t.Length && t[k] == '(';
        int w = bracket ? Scan.SkipSpaces(t, k + 1) : (k < t.Length && t[k] == '、' ? Scan.SkipSpaces(t, k + 1) : k);
        int day = w < t.Length ? WeekdayChars.IndexOf(t[w]) : -1;
        if (day < 0)
        {
            return;
        }
        int e = w + 1;
        bool named = Scan.At(t, e, "曜");
        if (named)
        {
            e += Scan.At(t, e + 1, "日") ? 2 : 1;
        }
        if (bracket)
        {
            // (月), (月・祝), (金曜日)
            while (e < t.Length && e - k < 8 && t[e] != ')' && t[e] != '\n')
            {
                e++;
            }
            if (e >= t.Length || t[e] != ')')
            {
                return;
            }
            e++;
        }
        else if (!named)
        {
            return;
        }
        point.Weekday = day;
        point.WeekdaySpan = new TextSpan(w, w + 1);
        i = e;
    }

    public static void TryMonthPart(ReadOnlySpan<char> t, ref int i, ref RawPoint point)
    {
        int k = Scan.SkipSpaces(t, i);
        if (Scan.At(t, k, "の"))
        {
            k++;
        }
        foreach (var p in MonthParts.AsSpan())
        {
            if (Scan.At(t, k, p.Text))
            {
                point.Part = p.Part;
                point.Approximate = true;
                i = k + p.Text.Length;
                return;
            }
        }
    }

    public static void TryApproximation(ReadOnlySpan<char> t, ref int i, ref RawPoint point)
    {
        int k = Scan.SkipSpaces(t, i);
        if (Scan.Match(t, k, Approximations) is string a)
        {
            point.Approximate = true;
            i = k + a.Length;
        }
    }
}
