using System.Collections.Immutable;
using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Dates;

/// <summary>
/// Reads one date expression as written (year, month, day, weekday, time, month part,
/// approximation) at a position, without resolving it. The grammar is a hand-written scanner:
/// no regular expressions, no allocation per character.
/// </summary>
internal static partial class DatePointParser
{
    // The words live in date-words.tsv; copied into fields once so the scanner reads them without a lookup.
    private static readonly RelativeWords YearWords = DateWords.Embedded.Years;
    private static readonly RelativeWords MonthWords = DateWords.Embedded.Months;
    private static readonly RelativeWords DayWords = DateWords.Embedded.Days;
    private static readonly ImmutableArray<string> Calendars = DateWords.Embedded.Calendars;
    private static readonly ImmutableArray<string> NotAfterYear = DateWords.Embedded.NotAfterYear;
    private static readonly ImmutableArray<string> NotAfterShortYear = DateWords.Embedded.NotAfterShortYear;
    private static readonly ImmutableArray<string> NotAfterDay = DateWords.Embedded.NotAfterDay;
    private static readonly ImmutableArray<string> NotAfterMonth = DateWords.Embedded.NotAfterMonth;
    private static readonly ImmutableArray<string> NotAfterLeadingMonth = DateWords.Embedded.NotAfterLeadingMonth;

    private const string Separators = "/-.,・";

    /// <summary>Reads a date (and any time after it) at <paramref name="at"/>; <paramref name="point"/> ends where the expression ends.</summary>
    public static bool TryParse(ReadOnlySpan<char> t, int at, out RawPoint point) => TryParse(t, at, rangeEnd: false, out point);

    /// <summary>As <see cref="TryParse(ReadOnlySpan{char}, int, out RawPoint)"/>; the end of a range may be a day in kanji (から十二日).</summary>
    public static bool TryParse(ReadOnlySpan<char> t, int at, bool rangeEnd, out RawPoint point)
    {
        point = RawPoint.Empty(at);
        int i = at;
        if (Scan.Match(t, i, Calendars) is string calendar)
        {
            i += calendar.Length;
        }
        bool haveYear = TryYear(t, ref i, ref point, out char separator);
        bool haveMonth = haveYear ? TryMonthAfterYear(t, ref i, ref point, separator) : TryMonthFirst(t, ref i, ref point, out separator);
        if (!haveYear && !haveMonth)
        {
            return TryDayOrTimeAlone(t, at, rangeEnd, ref point);
        }
        if (haveMonth && point.Month > 0 && !TryDay(t, ref i, ref point, separator))
        {
            DateTailParser.TryMonthPart(t, ref i, ref point);
        }
        else if (point.Day > 0 || point.SameDay)
        {
            DateTailParser.AfterDay(t, ref i, ref point);
        }
        DateTailParser.TryApproximation(t, ref i, ref point);
        point.End = i;
        return true;
    }

    private static bool TryYear(ReadOnlySpan<char> t, ref int i, ref RawPoint point, out char separator)
    {
        separator = '\0';
        if (YearWords.TryMatch(t, i, out var w))
        {
            point.YearKind = w.Kind;
            point.Year = w.Offset;
            i += w.Text.Length;
            if (Scan.At(t, i, "度"))
            {
                point.Fiscal = true;
                i++;
            }
            else if (Scan.At(t, i, "の") && LooksLikeNumber(t, i + 1))
            {
                i++;
            }
            return true;
        }
        int j = i;
        int eraStart = 0;
        bool letterEra = false;
        if (JapaneseEras.Instance.TryMatchName(t, j, out var era))
        {
            eraStart = era.StartYear;
            j += era.Name.Length;
        }
        else if (j < t.Length && char.IsAsciiLetterUpper(t[j]) && (j == 0 || !char.IsAsciiLetterOrDigit(t[j - 1]))
            && j + 1 < t.Length && char.IsAsciiDigit(t[j + 1]) && JapaneseEras.Instance.StartYearOfLetter(t[j]) is int letterStart and > 0)
        {
            eraStart = letterStart;
            letterEra = true;
            j++;
        }
        if (eraStart > 0)
        {
            j = Scan.SkipBlank(t, j);
            int n;
            if (Scan.At(t, j, "元"))
            {
                n = 1;
                j++;
            }
            else if (DateNumber.TryRead(t, j, out var num) && num.Value is >= 1 and <= 99)
            {
                n = num.Value;
                j = num.End;
            }
            else
            {
                return false;
            }
            if (!YearUnit(t, ref j, ref point, era: true, out separator) || (letterEra && separator != '\0' && !FullNumericDate(t, j, separator)))
            {
                return false;
            }
            point.YearKind = YearKind.Absolute;
            point.Year = eraStart + n - 1;
            point.EraYear = true;
            point.EraStart = eraStart;
            i = j;
            return true;
        }
        if (!DateNumber.TryRead(t, j, out var y))
        {
            return false;
        }
        int k = y.End;
        bool withUnit = Scan.At(t, Scan.SkipBlank(t, k), "年");
        if (withUnit)
        {
            if (y.IsKanji ? y.Value < 1000 : y.Digits is 1 or 5)
            {
                return false;
            }
            k = Scan.SkipBlank(t, k);
            if (!YearUnit(t, ref k, ref point, era: false, out separator))
            {
                return false;
            }
            if (y.Digits == 2 && NotAfter(t, k - 1 + 1, NotAfterShortYear) && !point.Fiscal)
            {
                return false;
            }
            point.YearKind = y.Digits == 2 ? YearKind.TwoDigit : YearKind.Absolute;
            point.Year = y.Value;
            i = k;
            return true;
        }
        if (y.Digits == 4 && y.Value is >= 1800 and <= 2199 && k < t.Length && Separators.Contains(t[k])
            && DateNumber.TryRead(t, k + 1, out var m) && !m.IsKanji && m.Digits <= 2 && m.Value is >= 1 and <= 12)
        {
            separator = t[k];
            point.YearKind = YearKind.Absolute;
            point.Year = y.Value;
            i = k;
            return true;
        }
        return false;
    }

    // R3/7/18 is a date, S3/1 (a product name) is not: a letter era with separators needs the day too.
    private static bool FullNumericDate(ReadOnlySpan<char> t, int sep, char separator) =>
        DateNumber.TryRead(t, sep + 1, out var m) && !m.IsKanji && m.End < t.Length && t[m.End] == separator
        && DateNumber.TryRead(t, m.End + 1, out var d) && !d.IsKanji && d.Digits <= 2;

    private static bool LooksLikeNumber(ReadOnlySpan<char> t, int i) =>
        i < t.Length && (char.IsAsciiDigit(t[i]) || DateNumber.IsKanjiNumeral(t[i]));

    // After the year number: 年 (年度), or a numeric separator followed by the month.
    private static bool YearUnit(ReadOnlySpan<char> t, ref int j, ref RawPoint point, bool era, out char separator)
    {
        separator = '\0';
        int k = Scan.SkipBlank(t, j);
        if (Scan.At(t, k, "年"))
        {
            k++;
            if (NotAfter(t, k, NotAfterYear))
            {
                return false;
            }
            if (Scan.At(t, k, "度"))
            {
                point.Fiscal = true;
                k++;
            }
            k = SkipParentheticalYear(t, k);
            if (k < t.Length && t[k] is '/' or 'の' && LooksLikeNumber(t, k + 1))
            {
                k++;
            }
            j = k;
            return true;
        }
        if (era && j < t.Length && Separators.Contains(t[j]) && DateNumber.TryRead(t, j + 1, out var m) && !m.IsKanji && m.Value is >= 1 and <= 12)
        {
            separator = t[j];
            return true;
        }
        return false;
    }

    // 令和5年(2023年)7月10日: the same year in the other calendar, in brackets, is skipped.
    private static int SkipParentheticalYear(ReadOnlySpan<char> t, int k)
    {
        int open = Scan.SkipSpaces(t, k);
        if (open >= t.Length || t[open] != '(')
        {
            return k;
        }
        int close = t[open..].IndexOf(')');
        if (close < 3 || close > 12 || t.Slice(open, close).IndexOf('年') < 0)
        {
            return k;
        }
        int after = open + close + 1;
        return LooksLikeNumber(t, Scan.SkipBlank(t, after)) ? after : k;
    }

    private static bool NotAfter(ReadOnlySpan<char> t, int k, ImmutableArray<string> words) => Scan.Match(t, k, words) is not null;
}
