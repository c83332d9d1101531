using System.Text.Json.Serialization;

namespace IncidentParsing.Model;

/// <summary>
/// One notice turned into typed facts (CONTRACT.md). Every value taken from the text carries the
/// exact source characters and their UTF-16 offsets into the parsed input.
/// </summary>
public sealed record Incident
{
    /// <summary>The document and the notice's offsets in it.</summary>
    public required SourceLocation Source { get; init; }

    /// <summary><c>2024-354</c> from <c>【セキュリティ事件簿#2024-354】</c>; <c>2022</c> when only a year is given; null without a header.</summary>
    public string? CasebookId { get; init; }

    /// <summary>The title line without the header and the trailing date.</summary>
    public string Title { get; init; } = "";

    /// <summary>Where the title stands in the input.</summary>
    public SourceText? TitleSource { get; init; }

    /// <summary>False for posts that report no security or privacy incident.</summary>
    public bool IsIncident { get; init; }

    /// <summary>The organization responsible for the data, legal form kept.</summary>
    public string? Organization { get; init; }

    /// <summary>Where <see cref="Organization"/> was read.</summary>
    public SourceText? OrganizationSource { get; init; }

    /// <summary>The notice's own date.</summary>
    public JapaneseDate? Published { get; init; }

    /// <summary>What happened.</summary>
    public IReadOnlyList<IncidentKind> Kinds { get; init; } = [];

    /// <summary>How sure the notice is that data left; null where it says nothing about it.</summary>
    public LeakStatus? LeakStatus { get; init; }

    /// <summary>The headline: the largest stated number of affected data subjects or records.</summary>
    public Count? Affected { get; init; }

    /// <summary>Every cardinal quantity of people, records or things.</summary>
    public IReadOnlyList<Count> Counts { get; init; } = [];

    /// <summary>Each kind of data stated as leaked or exposed.</summary>
    public IReadOnlyList<LeakedField> Fields { get; init; } = [];

    /// <summary>Each kind of data stated as not leaked.</summary>
    public IReadOnlyList<LeakedField> ExcludedFields { get; init; } = [];

    /// <summary>Every dated statement, in text order.</summary>
    public IReadOnlyList<TimelineEvent> Timeline { get; init; } = [];

    /// <summary>The period during which data was exposed or compromised.</summary>
    public ExposurePeriod? ExposurePeriod { get; init; }

    /// <summary>Reports the organization made to authorities.</summary>
    public IReadOnlyList<AuthorityReport> Reports { get; init; } = [];

    /// <summary>The stated cause, as text.</summary>
    public string? Cause { get; init; }

    /// <summary>Where <see cref="Cause"/> was read.</summary>
    public SourceText? CauseSource { get; init; }

    /// <summary>The stated recurrence-prevention measures.</summary>
    public IReadOnlyList<string> Measures { get; init; } = [];

    /// <summary>Casebook ids referred to (<c>関連事件簿</c>).</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Facts added by extractors outside the contract (see <see cref="Pipeline.IIncidentExtractor"/>).</summary>
    public IReadOnlyList<Annotation> Annotations { get; init; } = [];

    /// <summary>What the parser noticed but could not resolve, with where.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}

/// <summary>Where a notice came from.</summary>
/// <param name="Document">The file or document name.</param>
/// <param name="Start">UTF-16 offset of the notice's first character.</param>
/// <param name="End">UTF-16 offset after its last character.</param>
public sealed record SourceLocation(string Document, int Start, int End);

/// <summary>Characters of the input and where they stand.</summary>
/// <param name="Text">The exact source characters.</param>
/// <param name="Start">UTF-16 offset, inclusive.</param>
/// <param name="End">UTF-16 offset, exclusive.</param>
public sealed record SourceText(string Text, int Start, int End);

/// <summary>A cardinal quantity of people, records or things.</summary>
/// <param name="Value">The number (<c>約 7.2 万件</c> → 72000).</param>
/// <param name="Unit">The counter as written: 件, 名, 人分…</param>
/// <param name="Qualifier">Exact, approximately, more-than, up-to or cumulative.</param>
/// <param name="Subject">What is counted, when the text says it.</param>
/// <param name="Text">The source characters.</param>
/// <param name="Start">UTF-16 offset, inclusive.</param>
/// <param name="End">UTF-16 offset, exclusive.</param>
public sealed record Count(long Value, string Unit, CountQualifier Qualifier, string? Subject, string Text, int Start, int End)
{
    /// <summary>True when the text marks this count as a total (計, 合計, 総数).</summary>
    public bool IsTotal { get; init; }
}

/// <summary>A kind of personal data named in the notice.</summary>
/// <param name="Category">The contract's category code.</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Start">UTF-16 offset, inclusive.</param>
/// <param name="End">UTF-16 offset, exclusive.</param>
public sealed record LeakedField(FieldCategory Category, string Text, int Start, int End)
{
    /// <summary>The heading the field was listed under (<c>会員情報</c>), if any.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Group { get; init; }

    /// <summary>True for <c>(任意)</c> fields; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Optional { get; init; }
}

/// <summary>A dated statement.</summary>
public sealed record TimelineEvent
{
    /// <summary>Creates an event; the flags come from <paramref name="date"/>.</summary>
    public TimelineEvent(JapaneseDate date, JapaneseDate? rangeEnd, TimelineEventCode @event, string text, int start, int end)
    {
        Date = date;
        RangeEnd = rangeEnd;
        Event = @event;
        Text = text;
        Start = start;
        End = end;
    }

    /// <summary>Used when reading JSON: the flags written beside the ISO value are put back on the date.</summary>
    [JsonConstructor]
    public TimelineEvent(JapaneseDate date, JapaneseDate? rangeEnd, TimelineEventCode @event, string text, int start, int end,
        bool approximate, bool inferred, DatePart part)
        : this(date with { Approximate = approximate, Inferred = inferred, Part = part }, rangeEnd, @event, text, start, end)
    {
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
    public string Text { get; init; }

    /// <summary>UTF-16 offset of the date expression, inclusive.</summary>
    public int Start { get; init; }

    /// <summary>UTF-16 offset of the date expression, exclusive.</summary>
    public int End { get; init; }

    /// <summary>The statement the date belongs to; kept only when the timeline is built with <c>IncludeSentences</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SourceText? Sentence { get; init; }
}

/// <summary>The period during which data was exposed or compromised.</summary>
/// <param name="From">First date, if stated.</param>
/// <param name="Until">Last date, if stated.</param>
public sealed record ExposurePeriod(JapaneseDate? From, JapaneseDate? Until);

/// <summary>A report the organization made to an authority.</summary>
/// <param name="To">Which authority.</param>
/// <param name="Date">When, if stated.</param>
/// <param name="Text">The authority's name as written.</param>
/// <param name="Start">UTF-16 offset, inclusive.</param>
/// <param name="End">UTF-16 offset, exclusive.</param>
public sealed record AuthorityReport(ReportTarget To, JapaneseDate? Date, string Text, int Start, int End);

/// <summary>A fact from an extractor outside the contract.</summary>
/// <param name="Extractor">The extractor's name.</param>
/// <param name="Key">What the fact is.</param>
/// <param name="Value">Its value.</param>
/// <param name="Text">The source characters.</param>
/// <param name="Start">UTF-16 offset, inclusive.</param>
/// <param name="End">UTF-16 offset, exclusive.</param>
public sealed record Annotation(string Extractor, string Key, string Value, string Text, int Start, int End);

/// <summary>How serious a diagnostic is.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>For information.</summary>
    Info,
    /// <summary>Something in the text looks wrong or could not be resolved.</summary>
    Warning,
    /// <summary>Input could not be read.</summary>
    Error,
}

/// <summary>Something the parser noticed, with where.</summary>
/// <param name="Code">A stable code from <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">Human-readable text.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Start">UTF-16 offset, inclusive.</param>
/// <param name="End">UTF-16 offset, exclusive.</param>
public sealed record Diagnostic(string Code, string Message, DiagnosticSeverity Severity, int Start, int End);
