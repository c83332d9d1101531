using IncidentParsing.Model;

namespace IncidentParsing.Dates;

/// <summary>Which way a date without a year may move when its year comes from an anchor.</summary>
internal enum Anchoring
{
    /// <summary>From the preceding date in running text: a date far before it belongs to the next year.</summary>
    Context,
    /// <summary>From the reference (the notice's own date): a date well after it belongs to the year before.</summary>
    Reference,
    /// <summary>The end of a range: not before its start.</summary>
    NotBefore,
    /// <summary>The start of a range: not after its end.</summary>
    NotAfter,
}

/// <summary>What partial dates are completed from: the nearest preceding full date, and how its year was written.</summary>
/// <param name="Last">The nearest preceding date with a year, if any.</param>
/// <param name="EraStart">The start year of the era the last explicit year was written in, or 0 for Gregorian.</param>
/// <param name="First">The first full date of the text: stands in for the reference (a news item's own date) when there is none.</param>
internal readonly record struct DateContext(JapaneseDate? Last, int EraStart, JapaneseDate? First);

/// <summary>A point resolved to a calendar value.</summary>
/// <param name="Date">The date, or null for a time without a date.</param>
/// <param name="Time">The time of day (24-hour clock, rolled below 24), if written.</param>
internal readonly record struct ResolvedPoint(JapaneseDate? Date, ClockTime? Time);

/// <summary>Turns a <see cref="RawPoint"/> into a <see cref="JapaneseDate"/> using context and the reference date.</summary>
internal static class DateResolver
{
    /// <summary>Resolves <paramref name="raw"/>; false when it cannot be (no year anywhere, a day that does not exist).</summary>
    public static bool TryResolve(in RawPoint raw, int hour24, DateContext context, JapaneseDate? reference, Anchoring anchoring, out ResolvedPoint resolved)
    {
        resolved = default;
        ClockTime? time = null;
        if (raw.HasTime)
        {
            time = new ClockTime(hour24, raw.Minute, raw.Second);
        }
        if (!raw.HasDate)
        {
            if (time is not { } t)
            {
                return false;
            }
            resolved = new ResolvedPoint(null, Wrap(t));
            return true;
        }
        if (raw.Today)
        {
            if (reference is not { Day: > 0 } today)
            {
                return Fallback(raw, time, out resolved);
            }
            var todayRaw = raw;
            todayRaw.Today = false;
            todayRaw.YearKind = YearKind.Absolute;
            (todayRaw.Year, todayRaw.Month, todayRaw.Day) = (today.Year, today.Month, today.Day);
            if (!TryResolve(todayRaw, hour24, context, reference, anchoring, out resolved))
            {
                return false;
            }
            resolved = resolved with { Date = resolved.Date!.Value with { Inferred = true } };
            return true;
        }
        if (anchoring == Anchoring.Context && context.Last is null)
        {
            // Nothing precedes: the reference (the notice's own date) is the anchor, and events lie before it.
            anchoring = Anchoring.Reference;
        }
        var anchor = anchoring is Anchoring.Reference ? reference : context.Last ?? reference;
        bool inferred = false;
        int year, month = 0, day = 0;
        switch (raw.YearKind)
        {
            case YearKind.Absolute:
                year = raw.Year;
                break;
            case YearKind.TwoDigit:
                if (!TwoDigitYear(raw, context, reference, out year))
                {
                    return Fallback(raw, time, out resolved);
                }
                break;
            case YearKind.FromReference:
            case YearKind.FromContext:
                // 昨年 counts from the notice's own date; a year alone (the casebook's) is not enough to say.
                var baseDate = raw.YearKind == YearKind.FromReference
                    ? (reference is { Month: > 0 } ? reference : context.First ?? context.Last)
                    : context.Last ?? reference;
                if (baseDate is not { } b)
                {
                    return Fallback(raw, time, out resolved);
                }
                year = b.Year + raw.Year;
                inferred = true;
                break;
            default:
                if (anchor is not { } a)
                {
                    return Fallback(raw, time, out resolved);
                }
                year = a.Year;
                inferred = true;
                if (!raw.HasMonth)
                {
                    if (a.Month == 0)
                    {
                        return Fallback(raw, time, out resolved);
                    }
                    month = a.Month;
                }
                break;
        }
        if (raw.MonthKind != YearKind.None)
        {
            var baseDate = raw.MonthKind == YearKind.FromReference
                ? (reference is { Month: > 0 } ? reference : context.First ?? context.Last)
                : context.Last ?? reference;
            if (baseDate is not { Month: > 0 } b)
            {
                return Fallback(raw, time, out resolved);
            }
            int index = (b.Year * 12) + b.Month - 1 + raw.Month;
            year = index / 12;
            month = (index % 12) + 1;
            inferred = true;
        }
        else if (raw.Month > 0)
        {
            month = raw.Month;
        }
        if (raw.SameDay)
        {
            if (anchor is not { Day: > 0 } a)
            {
                return Fallback(raw, time, out resolved);
            }
            (year, month, day) = (a.Year, a.Month, a.Day);
            inferred = true;
        }
        else if (raw.Day > 0)
        {
            day = raw.Day;
        }
        if (month is < 0 or > 12 || year is < 1 or > 9999 || (day > 0 && (month == 0 || day > DateTime.DaysInMonth(year, month))))
        {
            return false;
        }
        // 先月 already carries its year (from the reference or the preceding month); only a bare month-day rolls.
        if (raw.YearKind == YearKind.None && raw.MonthKind == YearKind.None && anchor is { } anchorDate)
        {
            year = Roll(year, month, day, anchorDate, anchoring);
            if (day > 0 && day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }
        }
        int hour = -1, minute = -1;
        if (time is { } clock)
        {
            if (day == 0)
            {
                time = null;
            }
            else
            {
                hour = clock.Hour;
                minute = clock.Minute;
                if (hour > 24 || (hour == 24 && minute > 0))
                {
                    var today = new DateOnly(year, month, day);
                    if (today.DayNumber + (hour / 24) > DateOnly.MaxValue.DayNumber)
                    {
                        // 25時 on the calendar's last day has no next day to roll into.
                        return false;
                    }
                    var next = today.AddDays(hour / 24);
                    (year, month, day, hour) = (next.Year, next.Month, next.Day, hour % 24);
                    time = clock with { Hour = hour };
                }
            }
        }
        var date = new JapaneseDate(year, month, day, hour, hour >= 0 ? minute : -1)
        {
            Part = raw.Part,
            Approximate = raw.Approximate || raw.Part is DatePart.Early or DatePart.Middle or DatePart.Late or DatePart.End,
            Inferred = inferred,
        };
        resolved = new ResolvedPoint(date, time);
        return true;
    }

    // A date that cannot be completed still yields its time of day, if it has one.
    private static bool Fallback(in RawPoint raw, ClockTime? time, out ResolvedPoint resolved)
    {
        resolved = default;
        if (time is not { } t)
        {
            return false;
        }
        resolved = new ResolvedPoint(null, Wrap(t));
        return raw.HasTime;
    }

    // 25時 is 1 o'clock the next day; 24:00 stays as written.
    private static ClockTime Wrap(ClockTime t) => t.Hour > 24 || (t.Hour == 24 && t.Minute > 0) ? t with { Hour = t.Hour % 24 } : t;

    private static bool TwoDigitYear(in RawPoint raw, DateContext context, JapaneseDate? reference, out int year)
    {
        year = 0;
        var anchor = context.Last ?? reference;
        if (context.EraStart > 0 && context.Last is not null)
        {
            // After 平成29年, a bare 30年 continues the era.
            year = context.EraStart + raw.Year - 1;
            return Math.Abs(year - context.Last.Value.Year) <= 10;
        }
        if (anchor is not { } a)
        {
            year = 2000 + raw.Year;
            return raw.HasMonth || raw.Fiscal;
        }
        year = (a.Year / 100 * 100) + raw.Year;
        if (year > a.Year + 5)
        {
            year -= 100;
        }
        return raw.HasMonth || raw.Fiscal || (year >= a.Year - 6 && year <= a.Year + 1);
    }

    private static int Roll(int year, int month, int day, JapaneseDate anchor, Anchoring anchoring)
    {
        if (anchor.Month == 0)
        {
            // A year alone (the casebook's year) gives the year and nothing to roll by.
            return year;
        }
        int candidate = new DateOnly(year, Math.Max(month, 1), Math.Max(day, 1)).DayNumber;
        int a = anchor.FirstDay.DayNumber;
        int rolled = anchoring switch
        {
            // In running text a date without a year is the one nearest the date before it.
            Anchoring.Context when candidate - a > 183 => year - 1,
            Anchoring.Context when a - candidate > 183 => year + 1,
            Anchoring.NotBefore when Earlier(year, month, day, anchor) => year + 1,
            Anchoring.Reference when candidate - a > 62 => year - 1,
            Anchoring.NotAfter when Earlier(anchor.Year, anchor.Month, anchor.Day, year, month, day) => year - 1,
            _ => year,
        };
        return rolled is >= 1 and <= 9999 ? rolled : year;
    }

    // True when (year, month, day) is before the anchor at the precision both give.
    private static bool Earlier(int year, int month, int day, JapaneseDate anchor) =>
        Earlier(year, month, day, anchor.Year, anchor.Month, anchor.Day);

    private static bool Earlier(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        if (y1 != y2)
        {
            return y1 < y2;
        }
        if (m1 == 0 || m2 == 0 || m1 != m2)
        {
            return m1 != 0 && m2 != 0 && m1 < m2;
        }
        return d1 != 0 && d2 != 0 && d1 < d2;
    }
}
