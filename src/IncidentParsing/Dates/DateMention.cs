using System.Globalization;
using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Dates;

/// <summary>How a date mention stands in the text.</summary>
internal enum DateMentionKind
{
    /// <summary>One date, month, year or time.</summary>
    Single,
    /// <summary>A range with two named ends (<c>A~B</c>, <c>AからBまで</c>).</summary>
    Range,
    /// <summary>One member of a list of days under one month (<c>10月13、16及び27日</c>).</summary>
    ListItem,
}

/// <summary>A time of day at the precision the text gives (hour, minute or second).</summary>
/// <param name="Hour">Hour 0–24.</param>
/// <param name="Minute">Minute, or -1 when not given.</param>
/// <param name="Second">Second, or -1 when not given.</param>
public readonly record struct ClockTime(int Hour, int Minute = -1, int Second = -1)
{
    /// <summary>Minutes since midnight (unstated minutes count as 0).</summary>
    internal int TotalMinutes => (Hour * 60) + Math.Max(Minute, 0);

    /// <summary>ISO 8601 time without the leading <c>T</c>: <c>09</c>, <c>09:42</c>, <c>09:42:05</c>.</summary>
    public override string ToString() =>
        Second >= 0 ? string.Create(CultureInfo.InvariantCulture, $"{Hour:D2}:{Math.Max(Minute, 0):D2}:{Second:D2}")
        : Minute >= 0 ? string.Create(CultureInfo.InvariantCulture, $"{Hour:D2}:{Minute:D2}")
        : Hour.ToString("D2", CultureInfo.InvariantCulture);
}

/// <summary>
/// A date or time expression found in a text: where it stands, what it resolves to, and, for a
/// range, its end. A time written without any date has a null <see cref="Value"/> and its
/// <see cref="Time"/> set.
/// </summary>
/// <param name="Span">Offsets of the expression (UTF-16, end exclusive) in the string given to <see cref="JapaneseDateRecognizer.Recognize"/>, as the caller wrote it.</param>
/// <param name="Value">The date (the start of a range); null for a time of day with no date.</param>
/// <param name="RangeEnd">The end of a range, when the text names one and it has a date.</param>
public sealed record DateMention(TextSpan Span, JapaneseDate? Value, JapaneseDate? RangeEnd)
{
    /// <summary>Whether this is a single value, a range or a list member.</summary>
    internal DateMentionKind Kind { get; init; }

    /// <summary>True for a range with two named ends (<c>A~B</c>, <c>AからBまで</c>).</summary>
    public bool IsRange => Kind == DateMentionKind.Range;

    /// <summary>True for one member of a list of days under one month (<c>10月13、16及び27日</c>).</summary>
    public bool IsListItem => Kind == DateMentionKind.ListItem;

    /// <summary>The time of day of <see cref="Value"/> (with seconds when the text gives them), if any.</summary>
    public ClockTime? Time { get; init; }

    /// <summary>The time of day of the range end, if any.</summary>
    public ClockTime? RangeEndTime { get; init; }

    /// <summary>True for a fiscal year (<c>年度</c>); the value is the year it starts in.</summary>
    public bool IsFiscalYear { get; init; }

    /// <summary>True when the range runs on to the present (<c>~現在</c>) or is open (<c>から</c> alone).</summary>
    public bool OpenEnded { get; init; }

    /// <summary>Where a weekday in brackets contradicts the date, its span (offsets as <see cref="Span"/>); null otherwise.</summary>
    public TextSpan? WeekdayMismatch { get; init; }

    /// <summary>The start as ISO 8601 at the text's precision (<c>2021-07-18T09:42</c>, or <c>T09:42</c> without a date).</summary>
    public string ValueIso => Iso(Value, Time);

    /// <summary>The end as ISO 8601, or null when there is none.</summary>
    public string? RangeEndIso => RangeEnd is null && RangeEndTime is null ? null : Iso(RangeEnd, RangeEndTime);

    private static string Iso(JapaneseDate? date, ClockTime? time)
    {
        if (date is not { } d)
        {
            return time is { } t ? "T" + t : "";
        }
        if (time is { } clock && d.Precision >= DatePrecision.Hour)
        {
            return d.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T" + clock;
        }
        return d.ToString();
    }
}
