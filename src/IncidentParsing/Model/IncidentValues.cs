using System.Text.Json.Serialization;

namespace IncidentParsing.Model;

/// <summary>A cardinal quantity of people, records or things.</summary>
/// <remarks>
/// A value, like <see cref="JapaneseDate"/>: kept inline in the incident's arrays rather than as an object of
/// its own. <see cref="Text"/> is made from the notice's shared character buffer when it is read.
/// </remarks>
public readonly record struct Count
{
    private readonly SourceChars _text;

    /// <summary>Creates a count.</summary>
    /// <param name="value">The number (<c>約 7.2 万件</c> → 72000).</param>
    /// <param name="unit">The counter as written: 件, 名, 人分…</param>
    /// <param name="qualifier">Exact, approximately, more-than, up-to or cumulative.</param>
    /// <param name="subject">What is counted, when the text says it.</param>
    /// <param name="text">The source characters.</param>
    /// <param name="start">UTF-16 offset, inclusive.</param>
    /// <param name="end">UTF-16 offset, exclusive.</param>
    [JsonConstructor]
    public Count(long value, string unit, CountQualifier qualifier, string? subject, string text, int start, int end)
        : this(value, unit, qualifier, subject, new SourceChars(text), start, end)
    {
    }

    internal Count(long value, string unit, CountQualifier qualifier, string? subject, SourceChars text, int start, int end)
    {
        Value = value;
        Unit = unit;
        Qualifier = qualifier;
        Subject = subject;
        _text = text;
        Start = start;
        End = end;
    }

    /// <summary>The number (<c>約 7.2 万件</c> → 72000).</summary>
    public long Value { get; init; }

    /// <summary>The counter as written: 件, 名, 人分…</summary>
    public string Unit { get; init; }

    /// <summary>Exact, approximately, more-than, up-to or cumulative.</summary>
    public CountQualifier Qualifier { get; init; }

    /// <summary>What is counted, when the text says it.</summary>
    public string? Subject { get; init; }

    /// <summary>The source characters (a new string on each read for values the parser made; see <see cref="Count"/>).</summary>
    public string Text { get => _text.ToString(); init => _text = new SourceChars(value); }

    /// <summary>UTF-16 offset, inclusive.</summary>
    public int Start { get; init; }

    /// <summary>UTF-16 offset, exclusive.</summary>
    public int End { get; init; }

    /// <summary>True when the text marks this count as a total (計, 合計, 総数).</summary>
    public bool IsTotal { get; init; }
}

/// <summary>A kind of personal data named in the notice.</summary>
/// <remarks>A value kept inline in the incident's arrays; <see cref="Text"/> as for <see cref="Count"/>.</remarks>
public readonly record struct LeakedField
{
    private readonly SourceChars _text;

    /// <summary>Creates a field.</summary>
    /// <param name="category">The contract's category code.</param>
    /// <param name="text">The phrase as written.</param>
    /// <param name="start">UTF-16 offset, inclusive.</param>
    /// <param name="end">UTF-16 offset, exclusive.</param>
    [JsonConstructor]
    public LeakedField(FieldCategory category, string text, int start, int end)
        : this(category, new SourceChars(text), start, end)
    {
    }

    internal LeakedField(FieldCategory category, SourceChars text, int start, int end)
    {
        Category = category;
        _text = text;
        Start = start;
        End = end;
    }

    /// <summary>The contract's category code.</summary>
    public FieldCategory Category { get; init; }

    /// <summary>The phrase as written.</summary>
    public string Text { get => _text.ToString(); init => _text = new SourceChars(value); }

    /// <summary>UTF-16 offset, inclusive.</summary>
    public int Start { get; init; }

    /// <summary>UTF-16 offset, exclusive.</summary>
    public int End { get; init; }

    /// <summary>The heading the field was listed under (<c>会員情報</c>), if any.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Group { get; init; }

    /// <summary>True for <c>(任意)</c> fields; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Optional { get; init; }
}

/// <summary>A dated statement.</summary>
/// <remarks>A value kept inline in the incident's arrays; <see cref="Text"/> as for <see cref="Count"/>.</remarks>
public readonly record struct TimelineEvent
{
    private readonly SourceChars _text;

    /// <summary>Creates an event; the flags come from <paramref name="date"/>.</summary>
    public TimelineEvent(JapaneseDate date, JapaneseDate? rangeEnd, TimelineEventCode @event, string text, int start, int end)
        : this(date, rangeEnd, @event, new SourceChars(text), start, end)
    {
    }

    /// <summary>Used when reading JSON: the flags written beside the ISO value are put back on the date.</summary>
    [JsonConstructor]
    public TimelineEvent(JapaneseDate date, JapaneseDate? rangeEnd, TimelineEventCode @event, string text, int start, int end,
        bool approximate, bool inferred, DatePart part)
        : this(date with { Approximate = approximate, Inferred = inferred, Part = part }, rangeEnd, @event, text, start, end)
    {
    }

    internal TimelineEvent(JapaneseDate date, JapaneseDate? rangeEnd, TimelineEventCode @event, SourceChars text, int start, int end)
    {
        Date = date;
        RangeEnd = rangeEnd;
        Event = @event;
        _text = text;
        Start = start;
        End = end;
    }

    /// <summary>The date (the start of a range).</summary>
    public JapaneseDate Date { get; init; }

    /// <summary>The end of a range, if the text gives one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JapaneseDate? RangeEnd { get; init; }

    /// <summary>The precision of <see cref="Date"/>.</summary>
    public DatePrecision Precision => Date.Precision;

    /// <summary>True when the text gives the date only roughly.</summary>
    public bool Approximate => Date.Approximate;

    /// <summary>True when the year or month was completed from context.</summary>
    public bool Inferred => Date.Inferred || (RangeEnd?.Inferred ?? false);

    /// <summary>The part of the month or day named.</summary>
    public DatePart Part => Date.Part;

    /// <summary>What happened on the date.</summary>
    public TimelineEventCode Event { get; init; }

    /// <summary>The date expression as written.</summary>
    public string Text { get => _text.ToString(); init => _text = new SourceChars(value); }

    /// <summary>UTF-16 offset of the date expression, inclusive.</summary>
    public int Start { get; init; }

    /// <summary>UTF-16 offset of the date expression, exclusive.</summary>
    public int End { get; init; }

    /// <summary>The statement the date belongs to; kept only when the timeline is built with <c>IncludeSentences</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SourceText? Sentence { get; init; }
}

/// <summary>A report the organization made to an authority.</summary>
/// <remarks>A value kept inline in the incident's arrays; <see cref="Text"/> as for <see cref="Count"/>.</remarks>
public readonly record struct AuthorityReport
{
    private readonly SourceChars _text;

    /// <summary>Creates a report.</summary>
    /// <param name="to">Which authority.</param>
    /// <param name="date">When, if stated.</param>
    /// <param name="text">The authority's name as written.</param>
    /// <param name="start">UTF-16 offset, inclusive.</param>
    /// <param name="end">UTF-16 offset, exclusive.</param>
    [JsonConstructor]
    public AuthorityReport(ReportTarget to, JapaneseDate? date, string text, int start, int end)
        : this(to, date, new SourceChars(text), start, end)
    {
    }

    internal AuthorityReport(ReportTarget to, JapaneseDate? date, SourceChars text, int start, int end)
    {
        To = to;
        Date = date;
        _text = text;
        Start = start;
        End = end;
    }

    /// <summary>Which authority.</summary>
    public ReportTarget To { get; init; }

    /// <summary>When, if stated.</summary>
    public JapaneseDate? Date { get; init; }

    /// <summary>The authority's name as written.</summary>
    public string Text { get => _text.ToString(); init => _text = new SourceChars(value); }

    /// <summary>UTF-16 offset, inclusive.</summary>
    public int Start { get; init; }

    /// <summary>UTF-16 offset, exclusive.</summary>
    public int End { get; init; }
}

/// <summary>A fact from an extractor outside the contract.</summary>
/// <remarks>A value kept inline in the incident's arrays; <see cref="Text"/> as for <see cref="Count"/>.</remarks>
public readonly record struct Annotation
{
    private readonly SourceChars _text;

    /// <summary>Creates an annotation.</summary>
    /// <param name="extractor">The extractor's name.</param>
    /// <param name="key">What the fact is.</param>
    /// <param name="value">Its value.</param>
    /// <param name="text">The source characters.</param>
    /// <param name="start">UTF-16 offset, inclusive.</param>
    /// <param name="end">UTF-16 offset, exclusive.</param>
    [JsonConstructor]
    public Annotation(string extractor, string key, string value, string text, int start, int end)
        : this(extractor, key, value, new SourceChars(text), start, end)
    {
    }

    internal Annotation(string extractor, string key, string value, SourceChars text, int start, int end)
    {
        Extractor = extractor;
        Key = key;
        Value = value;
        _text = text;
        Start = start;
        End = end;
    }

    /// <summary>The extractor's name.</summary>
    public string Extractor { get; init; }

    /// <summary>What the fact is.</summary>
    public string Key { get; init; }

    /// <summary>Its value.</summary>
    public string Value { get; init; }

    /// <summary>The source characters.</summary>
    public string Text { get => _text.ToString(); init => _text = new SourceChars(value); }

    /// <summary>UTF-16 offset, inclusive.</summary>
    public int Start { get; init; }

    /// <summary>UTF-16 offset, exclusive.</summary>
    public int End { get; init; }
}
