using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentParsing.Model;

/// <summary>
/// A calendar date at the precision the text gives it (year, month, day, hour or minute), with
/// the part of the month or day it names and whether it is approximate or was completed from context.
/// Written as ISO 8601 at that precision: <c>2024</c>, <c>2024-08</c>, <c>2024-08-09</c>, <c>2024-08-09T18:42</c>.
/// </summary>
[JsonConverter(typeof(JapaneseDateJsonConverter))]
public readonly record struct JapaneseDate
{
    /// <summary>A date at year precision.</summary>
    public JapaneseDate(int year) : this(year, 0, 0) { }

    /// <summary>A date at the precision of the parts given: zero month or day and negative hour or minute mean "not given".</summary>
    public JapaneseDate(int year, int month, int day, int hour = -1, int minute = -1)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }
        if (month is < 0 or > 12 || (month == 0 && day != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(month));
        }
        if (day < 0 || (day > 0 && day > DateTime.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }
        if (hour > 24 || (hour >= 0 && day == 0) || minute > 59 || (minute >= 0 && hour < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(hour));
        }
        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
        _hour = (sbyte)Math.Max(hour, -1);
        _minute = (sbyte)Math.Max(minute, -1);
    }

    // Parsers keep every timeline date they return: the fields are packed into 10 bytes (not 28),
    // which shrinks each event, report and incident that holds one.
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;
    private readonly sbyte _hour;
    private readonly sbyte _minute;
    private readonly byte _part;
    private readonly bool _approximate;
    private readonly bool _inferred;

    /// <summary>Gregorian year.</summary>
    public int Year => _year;

    /// <summary>Month 1–12, or 0 when not given.</summary>
    public int Month => _month;

    /// <summary>Day of month, or 0 when not given.</summary>
    public int Day => _day;

    /// <summary>Hour 0–24, or -1 when not given.</summary>
    public int Hour => _hour;

    /// <summary>Minute, or -1 when not given.</summary>
    public int Minute => _minute;

    /// <summary>The part of the month (上旬・中旬・下旬・末) or day (午前・未明…) named.</summary>
    public DatePart Part { get => (DatePart)_part; init => _part = (byte)value; }

    /// <summary>True for 頃・ごろ・上旬・中旬・下旬・末 and the like.</summary>
    public bool Approximate { get => _approximate; init => _approximate = value; }

    /// <summary>True when the year or month was completed from context rather than read.</summary>
    public bool Inferred { get => _inferred; init => _inferred = value; }

    /// <summary>The precision the text gives.</summary>
    public DatePrecision Precision =>
        Minute >= 0 ? DatePrecision.Minute
        : Hour >= 0 ? DatePrecision.Hour
        : Day > 0 ? DatePrecision.Day
        : Month > 0 ? DatePrecision.Month
        : DatePrecision.Year;

    /// <summary>The first calendar day the value covers.</summary>
    public DateOnly FirstDay => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    /// <summary>ISO 8601 at the value's precision.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Hour => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}T{Hour:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}T{Hour:D2}:{Minute:D2}"),
    };

    /// <summary>Reads an ISO 8601 value at any of the precisions <see cref="ToString"/> writes.</summary>
    public static bool TryParseIso(ReadOnlySpan<char> s, out JapaneseDate value)
    {
        value = default;
        static bool Num(ReadOnlySpan<char> s, int at, int len, out int n)
        {
            n = 0;
            if (s.Length < at + len)
            {
                return false;
            }
            return int.TryParse(s.Slice(at, len), NumberStyles.None, CultureInfo.InvariantCulture, out n);
        }
        if (!Num(s, 0, 4, out int y))
        {
            return false;
        }
        int m = 0, d = 0, h = -1, min = -1;
        if (s.Length > 4 && (s[4] != '-' || !Num(s, 5, 2, out m)))
        {
            return false;
        }
        if (s.Length > 7 && (s[7] != '-' || !Num(s, 8, 2, out d)))
        {
            return false;
        }
        if (s.Length > 10 && (s[10] != 'T' || !Num(s, 11, 2, out h)))
        {
            return false;
        }
        if (s.Length > 13 && (s[13] != ':' || !Num(s, 14, 2, out min) || s.Length != 16))
        {
            return false;
        }
        if (s.Length is not (4 or 7 or 10 or 13 or 16))
        {
            return false;
        }
        try
        {
            value = new JapaneseDate(y, m, d, h, min);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}

/// <summary>Writes a <see cref="JapaneseDate"/> as its ISO 8601 string.</summary>
internal sealed class JapaneseDateJsonConverter : JsonConverter<JapaneseDate>
{
    /// <inheritdoc />
    public override JapaneseDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? s = reader.GetString();
        return s is not null && JapaneseDate.TryParseIso(s, out var d) ? d : throw new JsonException($"Not an ISO date: {s}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, JapaneseDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
