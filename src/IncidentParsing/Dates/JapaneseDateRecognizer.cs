using System.Buffers;
using System.Collections.Immutable;
using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Dates;

/// <summary>
/// Finds every date and time expression in a text and
/// resolves it: Gregorian and era dates, partial dates completed from the nearest preceding full
/// date or the reference date, ranges, day lists, month parts, fiscal years and times of day.
/// Extract, then resolve: a hand-written scanner reads each candidate as written, then a resolver
/// turns it into a <see cref="JapaneseDate"/>. Immutable and thread-safe; one instance serves all.
/// </summary>
public sealed partial class JapaneseDateRecognizer
{
    // From date-words.tsv, longest first.
    private static readonly ImmutableArray<string> RangeConnectors = DateWords.Embedded.RangeConnectors;
    private static readonly ImmutableArray<string> RangeClosers = DateWords.Embedded.RangeClosers;
    private static readonly ImmutableArray<string> RangeEndPrefixes = DateWords.Embedded.RangeEndPrefixes;
    private static readonly ImmutableArray<string> OpenEnds = DateWords.Embedded.OpenEnds;
    private const string LetterEraChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private readonly SearchValues<char> _triggers;

    /// <summary>Creates the recognizer; era names come from the platform's Japanese calendar.</summary>
    public JapaneseDateRecognizer()
    {
        // A date can open only with a number, an era, a word of date-words.tsv or a time prefix: the scanner
        // jumps between these characters and never looks at the rest.
        TriggerChars = string.Concat(("0123456789" + DateNumber.KanjiNumeralChars + DateWords.Embedded.OpeningChars
            + JapaneseEras.Instance.FirstChars + TimeOfDayParser.PrefixFirstChars + LetterEraChars).Distinct());
        _triggers = SearchValues.Create(TriggerChars);
    }

    /// <summary>The characters at which the scanner tries to read a date.</summary>
    internal string TriggerChars { get; }

    /// <summary>The shared instance.</summary>
    public static JapaneseDateRecognizer Default { get; } = new();

    /// <summary>
    /// As <see cref="Recognize"/> on a text already normalized by <see cref="NormalizedText"/>, offsets into
    /// <paramref name="text"/> itself, as a list the caller may trim in place: the parser's path, which has
    /// normalized the whole document once.
    /// </summary>
    /// <remarks>
    /// <paramref name="impossible"/>, where given, receives the spans of dates that name a day no calendar has
    /// (2月30日, 4月31日, 13月1日): read as dates, not as values.
    /// </remarks>
    internal List<DateMention> RecognizeList(string text, JapaneseDate? reference, List<TextSpan>? impossible = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        var context = new DateContext(null, 0, null);
        var pending = new List<Pending>();
        ReadOnlySpan<char> t = text;
        int i = 0;
        while (i < t.Length)
        {
            int next = t[i..].IndexOfAny(_triggers);
            if (next < 0)
            {
                break;
            }
            i += next;
            if (!StartAllowed(t, i) || InsideLongerWord(t, i) || !DatePointParser.TryParse(t, i, out var raw) || raw.End <= raw.Start)
            {
                i++;
                continue;
            }
            int before = found.Count;
            int end = Emit(t, raw, reference, ref context, found, pending, impossible);
            if (pending.Count > 0 && found.Count > before && context.Last is { } anchor)
            {
                ResolvePending(pending, new DateContext(anchor, 0, null), null, found);
            }
            i = Math.Max(end, i + 1);
        }
        ResolvePending(pending, context, reference, found);
        return found;
    }

    /// <summary>A date without a year met before any full date, waiting for the first one to complete it.</summary>
    private readonly record struct Pending(int Index, RawPoint Raw, int SpanEnd, bool OpenEnded);

    // Dates before the first full date take their year from it (a careful reader looks ahead);
    // at the end of the text, from the reference.
    private static void ResolvePending(List<Pending> pending, DateContext context, JapaneseDate? reference, List<DateMention> found)
    {
        if (pending.Count == 0)
        {
            return;
        }
        // One merge pass: pending mentions go back to their places in text order without shifting the list each time.
        var merged = new List<DateMention>(found.Count + pending.Count);
        int next = 0;
        foreach (var p in pending)
        {
            while (next < p.Index && next < found.Count)
            {
                merged.Add(found[next++]);
            }
            if (DateResolver.TryResolve(p.Raw, Hour24(p.Raw), context, reference, reference is null ? Anchoring.Context : Anchoring.Reference, out var single))
            {
                merged.Add(Single(p.Raw, single, p.SpanEnd, p.OpenEnded));
            }
        }
        while (next < found.Count)
        {
            merged.Add(found[next++]);
        }
        found.Clear();
        found.AddRange(merged);
        pending.Clear();
    }

    private static DateMention Single(in RawPoint raw, ResolvedPoint single, int spanEnd, bool openEnded) =>
        new(new TextSpan(raw.Start, spanEnd), single.Date, null)
        {
            Time = single.Time,
            IsFiscalYear = raw.Fiscal,
            OpenEnded = openEnded,
            WeekdayMismatch = Mismatch(raw, single.Date),
        };

    // A date does not start inside a number, a word of Latin letters, an id (#2024-354) or 第3報.
    private static bool StartAllowed(ReadOnlySpan<char> t, int i)
    {
        if (i == 0)
        {
            return true;
        }
        char p = t[i - 1];
        char c = t[i];
        if (char.IsAsciiLetterOrDigit(p) || p is '#' or '第' or '_' or '$' or '¥' or '\\')
        {
            return false;
        }
        if (p is '.' or ',' or '/' or '-' or ':' && i >= 2 && char.IsAsciiLetterOrDigit(t[i - 2]))
        {
            return false;
        }
        if (DateNumber.IsKanjiNumeral(c) && (DateNumber.IsKanjiNumeral(p) || (Scan.IsIdeograph(p) && p is not ('年' or '月' or '日' or '暦'))))
        {
            return false;
        }
        return true;
    }

    // Longest match: 来年 in 再来年 and 昨年 in 一昨年 are not dates of their own, unless the longer word could
    // not start where it stands (after a kanji numeral, say) and so was never a candidate.
    private static bool InsideLongerWord(ReadOnlySpan<char> t, int i) =>
        DateWords.Embedded.StartOfEnclosingWord(t, i) is int start and >= 0 && StartAllowed(t, start);

    private static int Emit(ReadOnlySpan<char> t, in RawPoint raw, JapaneseDate? reference, ref DateContext context, List<DateMention> found,
        List<Pending> pending, List<TextSpan>? impossible)
    {
        if (raw.ListFollows)
        {
            return EmitList(t, raw, reference, ref context, found);
        }
        if (TryRange(t, raw, out var rawEnd, out int rangeEnd, out bool openEnded))
        {
            if (ResolveRange(raw, rawEnd, context, reference, out var a, out var b))
            {
                var mention = new DateMention(new TextSpan(raw.Start, rangeEnd), a.Date, b.Date)
                {
                    Kind = DateMentionKind.Range,
                    Time = a.Time,
                    RangeEndTime = b.Time,
                    IsFiscalYear = raw.Fiscal,
                    WeekdayMismatch = Mismatch(raw, a.Date) ?? Mismatch(rawEnd, b.Date),
                };
                found.Add(mention);
                Advance(ref context, raw, b.Date ?? a.Date);
                return rangeEnd;
            }
        }
        int spanEnd = openEnded ? rangeEnd : raw.End;
        if (raw.YearKind == YearKind.None && raw.MonthKind == YearKind.None && !raw.SameDay && !raw.Today && raw.HasDate
            && context.Last is null && reference is not { Month: > 0 })
        {
            // A month-day waits for the first full date after it; a day alone (新潟市は9日) has nothing to go by.
            if (raw.Month > 0)
            {
                pending.Add(new Pending(found.Count, raw, spanEnd, openEnded));
            }
            return spanEnd;
        }
        if (!DateResolver.TryResolve(raw, Hour24(raw), context, reference, Anchoring.Context, out var single))
        {
            if (impossible is not null && NamesNoDay(raw))
            {
                impossible.Add(new TextSpan(raw.Start, raw.End));
            }
            return raw.End;
        }
        found.Add(Single(raw, single, spanEnd, openEnded));
        Advance(ref context, raw, single.Date);
        return spanEnd;
    }

    // 2月30日, 4月31日, 13月: a month no year has, or a day its month has in no year (2月29日 only in a year written
    // out and not leap).
    private static bool NamesNoDay(in RawPoint raw)
    {
        if (raw.Month > 12)
        {
            return true;
        }
        if (raw.Month < 1 || raw.Day < 1)
        {
            return false;
        }
        int year = raw.YearKind == YearKind.Absolute && !raw.EraYear && raw.Year is >= 1 and <= 9999 ? raw.Year : 2024;
        return raw.Day > DateTime.DaysInMonth(year, raw.Month);
    }

    private static void Advance(ref DateContext context, in RawPoint raw, JapaneseDate? date)
    {
        // A year alone (令和5年度, 平成22年度当時) is too coarse to complete the month-days after it.
        if (date is { Month: > 0 } d && !raw.Fiscal)
        {
            int era = raw.EraYear ? raw.EraStart : raw.YearKind is YearKind.Absolute ? 0 : context.EraStart;
            var first = context.First ?? (d.Day > 0 && !d.Inferred ? d : null);
            context = new DateContext(d, era, first);
        }
    }

    private static TextSpan? Mismatch(in RawPoint raw, JapaneseDate? date)
    {
        if (raw.Weekday < 0 || date is not { Day: > 0 } d)
        {
            return null;
        }
        return (int)d.FirstDay.DayOfWeek == raw.Weekday ? null : raw.WeekdaySpan;
    }

    private static int Hour24(in RawPoint raw) => raw.HasTime ? TimeOfDayParser.To24(raw.Hour, raw.Meridiem) : -1;

    // A: connector B [まで…]; or A~現在 (open).
    private static bool TryRange(ReadOnlySpan<char> t, in RawPoint a, out RawPoint b, out int end, out bool openEnded)
    {
        b = default;
        end = a.End;
        openEnded = false;
        int j = Scan.SkipSpaces(t, a.End);
        string? connector = Scan.Match(t, j, RangeConnectors);
        if (connector is null)
        {
            return false;
        }
        int k = Scan.SkipBlank(t, j + connector.Length);
        if (Scan.Match(t, k, RangeEndPrefixes) is string prefix && k + prefix.Length < t.Length
            && (char.IsAsciiDigit(t[k + prefix.Length]) || JapaneseEras.Instance.TryMatchName(t, k + prefix.Length, out _)))
        {
            k += prefix.Length;
        }
        if (Scan.Match(t, k, OpenEnds) is string open && connector != "-")
        {
            openEnded = true;
            end = k + open.Length;
            return false;
        }
        if (!DatePointParser.TryParse(t, k, rangeEnd: true, out b) || b.End <= b.Start || b.ListFollows)
        {
            return false;
        }
        // A time range needs times on both sides; a date range needs a date at its end.
        if (a.HasDate != b.HasDate && !(a.HasDate && a.HasTime && b.HasTime))
        {
            return false;
        }
        if (connector is "-" or "ー" or "−" && !(char.IsAsciiDigit(t[k]) || JapaneseEras.Instance.TryMatchName(t, k, out _)))
        {
            return false;
        }
        end = b.End;
        int c = Scan.SkipSpaces(t, end);
        if (Scan.Match(t, c, RangeClosers) is string closer)
        {
            end = c + closer.Length;
        }
        return true;
    }

    private static bool ResolveRange(in RawPoint a, in RawPoint b, DateContext context, JapaneseDate? reference,
        out ResolvedPoint start, out ResolvedPoint end)
    {
        end = default;
        (int hourA, int hourB) = RangeHours(a, b);
        bool aComplete = a.YearKind != YearKind.None || !a.HasDate;
        if (!aComplete && b.YearKind == YearKind.Absolute)
        {
            // 11月から2017年2月まで: the start takes the end's year.
            if (!DateResolver.TryResolve(b, hourB, context, reference, Anchoring.Context, out end)
                || !DateResolver.TryResolve(a, hourA, new DateContext(end.Date, 0, context.First), reference, Anchoring.NotAfter, out start))
            {
                start = default;
                return false;
            }
            return start.Date is not null;
        }
        if (!DateResolver.TryResolve(a, hourA, context, reference, Anchoring.Context, out start))
        {
            return false;
        }
        var endRaw = b;
        if (!b.HasDate && start.Date is { Day: > 0 })
        {
            // 10時から11時30分: the end is on the start's day (as written, before 25時 rolls it over).
            endRaw.YearKind = a.YearKind;
            endRaw.Year = a.Year;
            endRaw.EraYear = a.EraYear;
            endRaw.EraStart = a.EraStart;
            endRaw.Month = a.Month;
            endRaw.MonthKind = a.MonthKind;
            endRaw.Day = a.Day;
            endRaw.SameDay = a.SameDay;
            return DateResolver.TryResolve(endRaw, hourB, context, reference, Anchoring.Context, out end);
        }
        var endContext = new DateContext(start.Date ?? context.Last, a.EraYear ? a.EraStart : context.EraStart, context.First);
        if (!DateResolver.TryResolve(endRaw, hourB, endContext, reference, Anchoring.NotBefore, out end))
        {
            return false;
        }
        return (start.Date is null) == (end.Date is null) || b.HasDate;
    }

    // Reads AM/PM across a range the way Japanese does: 午後5時から6時 ends at 18, 5時から午後6時 starts at 17.
    private static (int A, int B) RangeHours(in RawPoint a, in RawPoint b)
    {
        int ha = Hour24(a), hb = Hour24(b);
        if (ha < 0 || hb < 0 || b.HasDate)
        {
            return (ha, hb);
        }
        bool aMarked = a.Meridiem != Meridiem.None || a.Part != DatePart.None;
        bool bMarked = b.Meridiem != Meridiem.None || b.Part != DatePart.None;
        int ma = (ha * 60) + Math.Max(a.Minute, 0), mb = (hb * 60) + Math.Max(b.Minute, 0);
        if (!bMarked && hb < 12 && mb < ma && mb + 720 > ma)
        {
            hb += 12;
        }
        else if (!aMarked && bMarked && ha < 12)
        {
            if ((b.Meridiem == Meridiem.Pm && ma + 720 <= mb) || (b.Meridiem == Meridiem.Am && ma > mb))
            {
                ha += 12;
            }
        }
        return (ha, hb);
    }

    // 平成29年10月13、16、17…及び27日: one mention per day, all under the first item's month.
    private static int EmitList(ReadOnlySpan<char> t, in RawPoint first, JapaneseDate? reference, ref DateContext context, List<DateMention> found)
    {
        if (!DateResolver.TryResolve(first, -1, context, reference, Anchoring.Context, out var head) || head.Date is not { Day: > 0 } headDate)
        {
            return first.End;
        }
        found.Add(new DateMention(new TextSpan(first.Start, first.End), headDate, null) { Kind = DateMentionKind.ListItem });
        Advance(ref context, first, headDate);
        int i = first.End;
        while (i < t.Length)
        {
            int k = DateTailParser.SkipListSeparators(t, i);
            if (k == i)
            {
                break;
            }
            if (!DateNumber.TryRead(t, k, out var d) || d.IsKanji || d.Value is < 1 or > 31)
            {
                break;
            }
            int u = Scan.SkipBlank(t, d.End);
            bool last = Scan.At(t, u, "日");
            int itemEnd = last ? u + 1 : d.End;
            if (d.Value <= DateTime.DaysInMonth(headDate.Year, headDate.Month))
            {
                found.Add(new DateMention(new TextSpan(k, itemEnd), new JapaneseDate(headDate.Year, headDate.Month, d.Value), null)
                {
                    Kind = DateMentionKind.ListItem,
                });
            }
            i = itemEnd;
            if (last)
            {
                break;
            }
        }
        return i;
    }
}
