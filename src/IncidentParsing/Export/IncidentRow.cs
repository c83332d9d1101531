using System.Text.Json.Serialization;
using IncidentParsing.Model;

namespace IncidentParsing.Export;

/// <summary>
/// One incident flattened to one table row: scalars for the headline facts, lists of contract codes for
/// the rest. Its properties are the columns of the CSV and Parquet exports, in order, so a DataFrame built from
/// <see cref="From"/> and one read from a file line up. Dates are ISO 8601 strings at the
/// precision the text gives; the <c>…Day</c> columns repeat them as <see cref="DateOnly"/> where a day is known.
/// Each column's name is its <see cref="JsonPropertyNameAttribute"/> (the contract's camelCase), in every format.
/// </summary>
public sealed record IncidentRow
{
    /// <summary>The row of <paramref name="incident"/>.</summary>
    public static IncidentRow From(Incident incident) => IncidentTable.ToRow(incident);

    /// <summary>The document the notice was read from.</summary>
    [JsonPropertyName("document")]
    public required string Document { get; init; }

    /// <summary>UTF-16 offset of the notice in the document.</summary>
    [JsonPropertyName("start")]
    public int Start { get; init; }

    /// <summary>UTF-16 offset after the notice.</summary>
    [JsonPropertyName("end")]
    public int End { get; init; }

    /// <summary>The casebook id (<c>2024-354</c>), if any.</summary>
    [JsonPropertyName("casebookId")]
    public string? CasebookId { get; init; }

    /// <summary>The title line.</summary>
    [JsonPropertyName("title")]
    public string Title { get; init; } = "";

    /// <summary>The organization responsible for the data.</summary>
    [JsonPropertyName("organization")]
    public string? Organization { get; init; }

    /// <summary>The organizations named with their part, as <c>name:role</c> (<c>株式会社X:contractor</c>), in text order.</summary>
    [JsonPropertyName("parties")]
    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>The notice's own date, ISO 8601.</summary>
    [JsonPropertyName("published")]
    public string? Published { get; init; }

    /// <summary>The notice's own date where a day is known.</summary>
    [JsonPropertyName("publishedDay")]
    public DateOnly? PublishedDay { get; init; }

    /// <summary>False for posts that report no incident.</summary>
    [JsonPropertyName("isIncident")]
    public bool IsIncident { get; init; }

    /// <summary>Kind codes (<c>unauthorized-access</c>…), in the incident's order.</summary>
    [JsonPropertyName("kinds")]
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary><c>confirmed</c>, <c>possible</c>, <c>not-confirmed</c> or null.</summary>
    [JsonPropertyName("leakStatus")]
    public string? LeakStatus { get; init; }

    /// <summary>The headline number of affected subjects or records.</summary>
    [JsonPropertyName("affected")]
    public long? Affected { get; init; }

    /// <summary>The headline count's counter (件, 名…).</summary>
    [JsonPropertyName("affectedUnit")]
    public string? AffectedUnit { get; init; }

    /// <summary>The headline count's qualifier code (<c>approximately</c>…).</summary>
    [JsonPropertyName("affectedQualifier")]
    public string? AffectedQualifier { get; init; }

    /// <summary>What the headline count counts, if stated.</summary>
    [JsonPropertyName("affectedSubject")]
    public string? AffectedSubject { get; init; }

    /// <summary>How many counts the notice states.</summary>
    [JsonPropertyName("countCount")]
    public int CountCount { get; init; }

    /// <summary>Distinct category codes of the leaked fields, in first-mention order.</summary>
    [JsonPropertyName("fieldCategories")]
    public IReadOnlyList<string> FieldCategories { get; init; } = [];

    /// <summary>The leaked fields as written, in text order.</summary>
    [JsonPropertyName("fieldTexts")]
    public IReadOnlyList<string> FieldTexts { get; init; } = [];

    /// <summary>Distinct category codes of the fields stated as not leaked.</summary>
    [JsonPropertyName("excludedCategories")]
    public IReadOnlyList<string> ExcludedCategories { get; init; } = [];

    /// <summary>How many dated statements the timeline holds.</summary>
    [JsonPropertyName("timelineCount")]
    public int TimelineCount { get; init; }

    /// <summary>The earliest timeline date, ISO 8601.</summary>
    [JsonPropertyName("firstDate")]
    public string? FirstDate { get; init; }

    /// <summary>The earliest timeline date where a day is known.</summary>
    [JsonPropertyName("firstDay")]
    public DateOnly? FirstDay { get; init; }

    /// <summary>The latest timeline date, ISO 8601 (the end of a range counts).</summary>
    [JsonPropertyName("lastDate")]
    public string? LastDate { get; init; }

    /// <summary>The latest timeline date where a day is known.</summary>
    [JsonPropertyName("lastDay")]
    public DateOnly? LastDay { get; init; }

    /// <summary>Distinct timeline event codes, in text order.</summary>
    [JsonPropertyName("timelineEvents")]
    public IReadOnlyList<string> TimelineEvents { get; init; } = [];

    /// <summary>Start of the exposure period, ISO 8601.</summary>
    [JsonPropertyName("exposureFrom")]
    public string? ExposureFrom { get; init; }

    /// <summary>End of the exposure period, ISO 8601.</summary>
    [JsonPropertyName("exposureUntil")]
    public string? ExposureUntil { get; init; }

    /// <summary>Distinct report target codes (<c>ppc</c>, <c>police</c>…).</summary>
    [JsonPropertyName("reportTargets")]
    public IReadOnlyList<string> ReportTargets { get; init; } = [];

    /// <summary>The stated cause.</summary>
    [JsonPropertyName("cause")]
    public string? Cause { get; init; }

    /// <summary>How many recurrence-prevention measures are stated.</summary>
    [JsonPropertyName("measureCount")]
    public int MeasureCount { get; init; }

    /// <summary>Casebook ids referred to.</summary>
    [JsonPropertyName("related")]
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>The APPI regime (<c>business</c>, <c>public-sector</c>), or null.</summary>
    [JsonPropertyName("regime")]
    public string? Regime { get; init; }

    /// <summary>The reporting events that apply (<c>sensitive-data</c>, <c>property-damage</c>, <c>improper-purpose</c>, <c>headcount</c>…).</summary>
    [JsonPropertyName("grounds")]
    public IReadOnlyList<string> Grounds { get; init; } = [];

    /// <summary>Whether a report to the Commission was due: true, false, or null where the notice says too little.</summary>
    [JsonPropertyName("reportRequired")]
    public bool? ReportRequired { get; init; }

    /// <summary>Whether the notice says the organization reported to the Commission.</summary>
    [JsonPropertyName("reportedToPpc")]
    public bool ReportedToPpc { get; init; }

    /// <summary>How many diagnostics the parser reported for the notice.</summary>
    [JsonPropertyName("diagnosticCount")]
    public int DiagnosticCount { get; init; }
}
