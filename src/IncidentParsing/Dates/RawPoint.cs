using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Dates;

/// <summary>How the year of a point was written.</summary>
internal enum YearKind
{
    /// <summary>Not written.</summary>
    None,
    /// <summary>A full Gregorian or era year.</summary>
    Absolute,
    /// <summary>Two digits (<c>23年</c>): the century comes from context.</summary>
    TwoDigit,
    /// <summary>Relative to the reference date (<c>昨年</c>, <c>今年</c>).</summary>
    FromReference,
    /// <summary>Relative to the preceding date (<c>同年</c>, <c>翌年</c>).</summary>
    FromContext,
}

/// <summary>How an hour is to be read on the 24-hour clock.</summary>
internal enum Meridiem
{
    None,
    Am,
    Pm,
    /// <summary>夜・今夜: evening hours below 12 are PM, 12 is midnight.</summary>
    Night,
    /// <summary>夜中・深夜: 12 is midnight, other hours as written.</summary>
    Midnight,
    /// <summary>昼: small hours are afternoon.</summary>
    Noon,
}

/// <summary>One date or time expression as written, before context completes it.</summary>
internal struct RawPoint
{
    public int Start;
    public int End;
    public YearKind YearKind;
    /// <summary>The year (Absolute), two digits (TwoDigit) or offset (relative kinds).</summary>
    public int Year;
    public bool EraYear;
    /// <summary>The Gregorian year of the era's first year, when the year was written with an era.</summary>
    public int EraStart;
    public bool Fiscal;
    public int Month;
    /// <summary>Set for 今月 (reference) and 同月・先月・翌月 (context); <see cref="Month"/> is then the offset.</summary>
    public YearKind MonthKind;
    public int Day;
    /// <summary>同日: the day of the preceding date.</summary>
    public bool SameDay;
    /// <summary>本日・今日: the reference date itself.</summary>
    public bool Today;
    public int Hour;
    public int Minute;
    public int Second;
    public Meridiem Meridiem;
    public DatePart Part;
    public bool Approximate;
    public int Weekday;
    public TextSpan WeekdaySpan;
    /// <summary>End of the first list item when the day is followed by a list (<c>13、16…</c>).</summary>
    public bool ListFollows;

    public static RawPoint Empty(int start) => new()
    {
        Start = start,
        End = start,
        Hour = -1,
        Minute = -1,
        Second = -1,
        Weekday = -1,
    };

    public readonly bool HasDate => YearKind != YearKind.None || Month != 0 || MonthKind != YearKind.None || Day > 0 || SameDay || Today;

    public readonly bool HasTime => Hour >= 0;

    public readonly bool HasMonth => Month > 0 || MonthKind != YearKind.None;
}
