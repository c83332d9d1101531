using System.Buffers;
using System.Collections.Immutable;
using IncidentParsing.Model;

namespace IncidentParsing.Dates;

/// <summary>
/// Reads a time of day: <c>9時42分</c>, <c>午後7時半</c>, <c>18:00</c>, <c>6:37am</c>, <c>夜十時</c>,
/// <c>正午</c>. Hours are kept as written (25時 stays 25); the resolver rolls them over.
/// </summary>
internal static class TimeOfDayParser
{
    // From date-words.tsv, longest first: the first match wins.
    private static readonly ImmutableArray<TimePrefixWord> Prefixes = DateWords.Embedded.TimePrefixes;

    // Most positions tried open no prefix (they are digits): one lookup says so.
    private static readonly SearchValues<char> PrefixStarts = SearchValues.Create(string.Concat(Prefixes.Select(p => p.Text[0]).Distinct()));
    private static readonly ImmutableArray<ClockSuffixWord> ClockSuffixes = DateWords.Embedded.ClockSuffixes;

    // After 時, these make it a word (3時間, 9時点, 10時代) rather than a time.
    private static readonly SearchValues<char> NotAfterHour = SearchValues.Create(DateWords.Embedded.NotAfterHour);

    // After an hour written in kanji, these may follow 時 (anything else makes 一時的・一時停止 a word).
    private static readonly string KanjiHourFollowers = DateWords.Embedded.KanjiHourFollowers;

    /// <summary>The characters a time can start with (besides digits and kanji numerals).</summary>
    public static string PrefixFirstChars { get; } = string.Concat(Prefixes.Select(p => p.Text[0]).Distinct()) + "零";

    /// <summary>
    /// Reads a day part or time at <paramref name="at"/> into <paramref name="point"/>. A day part
    /// alone (<c>未明</c>, <c>夕</c>) is accepted only when <paramref name="partAlone"/> (after a date).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> t, int at, bool partAlone, ref RawPoint point)
    {
        int i = at;
        var prefix = default(TimePrefixWord);
        foreach (var p in i < t.Length && PrefixStarts.Contains(t[i]) ? Prefixes.AsSpan() : [])
        {
            if (Scan.At(t, i, p.Text))
            {
                prefix = p;
                i += p.Text.Length;
                break;
            }
        }
        int afterPrefix = i;
        if (prefix.Text is not null)
        {
            if (Scan.At(t, i, "の"))
            {
                i++;
            }
            i = Scan.SkipSpaces(t, i);
        }
        if (TryClock(t, i, prefix.Text is not null, out int hour, out int minute, out int second, out int end, out Meridiem suffix))
        {
            point.Hour = hour;
            point.Minute = minute;
            point.Second = second;
            point.Meridiem = suffix != Meridiem.None ? suffix : prefix.Meridiem;
            point.Part = prefix.Part;
            point.End = end;
            return true;
        }
        if (prefix.Text is not null && prefix.FixedHour >= 0)
        {
            point.Hour = prefix.FixedHour;
            point.Meridiem = Meridiem.None;
            point.End = afterPrefix;
            return true;
        }
        if (prefix.Text is not null && partAlone && prefix.Part != DatePart.None && !char.IsAsciiLetter(prefix.Text[0]))
        {
            point.Part = prefix.Part;
            point.End = afterPrefix;
            return true;
        }
        if (Scan.At(t, at, "零時"))
        {
            point.Hour = 0;
            point.End = at + 2;
            return true;
        }
        return false;
    }

    private static bool TryClock(ReadOnlySpan<char> t, int i, bool marked, out int hour, out int minute, out int second, out int end, out Meridiem suffix)
    {
        hour = minute = second = -1;
        end = i;
        suffix = Meridiem.None;
        if (!DateNumber.TryRead(t, i, out var h) || h.Value > 30)
        {
            return false;
        }
        int j = h.End;
        if (!h.IsKanji && Scan.At(t, j, ":") && j + 3 <= t.Length && char.IsAsciiDigit(t[j + 1]) && char.IsAsciiDigit(t[j + 2])
            && h.Digits <= 2 && (j + 3 >= t.Length || !char.IsAsciiDigit(t[j + 3])))
        {
            hour = h.Value;
            minute = ((t[j + 1] - '0') * 10) + (t[j + 2] - '0');
            j += 3;
            if (Scan.At(t, j, ":") && j + 3 <= t.Length && char.IsAsciiDigit(t[j + 1]) && char.IsAsciiDigit(t[j + 2])
                && (j + 3 >= t.Length || !char.IsAsciiDigit(t[j + 3])))
            {
                second = ((t[j + 1] - '0') * 10) + (t[j + 2] - '0');
                j += 3;
            }
            if (minute > 59 || second > 59)
            {
                return false;
            }
            int k = Scan.SkipSpaces(t, j);
            foreach (var (text, m) in ClockSuffixes.AsSpan())
            {
                if (Scan.At(t, k, text) && (k + text.Length >= t.Length || !char.IsAsciiLetter(t[k + text.Length])))
                {
                    suffix = m;
                    j = k + text.Length;
                    break;
                }
            }
            end = j;
            return true;
        }
        j = Scan.SkipSpaces(t, j);
        if (!Scan.At(t, j, "時"))
        {
            return false;
        }
        j++;
        if (j < t.Length && NotAfterHour.Contains(t[j]))
        {
            return false;
        }
        if (h.IsKanji && ((!marked && h.Value == 1) || (j < t.Length && Scan.IsIdeograph(t[j]) && !KanjiHourFollowers.Contains(t[j]) && !DateNumber.IsKanjiNumeral(t[j]))))
        {
            return false;
        }
        hour = h.Value;
        if (Scan.At(t, j, "半"))
        {
            minute = 30;
            j++;
        }
        else if (DateNumber.TryRead(t, Scan.SkipSpaces(t, j), out var m) && m.Value < 60 && Scan.At(t, Scan.SkipSpaces(t, m.End), "分")
            && !Scan.At(t, Scan.SkipSpaces(t, m.End) + 1, "間"))
        {
            minute = m.Value;
            j = Scan.SkipSpaces(t, m.End) + 1;
            if (Scan.At(t, j, "前"))
            {
                // 8時3分前 = 7:57.
                int total = (hour * 60) - minute;
                if (total < 0)
                {
                    total += 24 * 60;
                }
                hour = total / 60;
                minute = total % 60;
                j++;
            }
        }
        if (DateNumber.TryRead(t, j, out var s) && s.Value < 60 && Scan.At(t, s.End, "秒") && !Scan.At(t, s.End + 1, "間"))
        {
            second = s.Value;
            minute = Math.Max(minute, 0);
            j = s.End + 1;
        }
        end = j;
        return true;
    }

    /// <summary>The hour on the 24-hour clock for an hour written with <paramref name="meridiem"/>.</summary>
    public static int To24(int hour, Meridiem meridiem) => meridiem switch
    {
        Meridiem.Am => hour == 12 ? 0 : hour,
        Meridiem.Pm => hour < 12 ? hour + 12 : hour,
        Meridiem.Night => hour == 12 ? 0 : hour < 12 && hour >= 3 ? hour + 12 : hour,
        Meridiem.Midnight => hour == 12 ? 0 : hour,
        Meridiem.Noon => hour < 7 ? hour + 12 : hour,
        _ => hour,
    };
}
