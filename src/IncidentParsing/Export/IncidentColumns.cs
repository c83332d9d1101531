using System.Globalization;

namespace IncidentParsing.Export;

/// <summary>
/// The flat columns of an <see cref="IncidentRow"/> as text, in export order: one table that the CSV
/// writer (and anyone writing another text format) reads instead of a switch per column.
/// </summary>
public static class IncidentColumns
{
    /// <summary>What joins the items of a list column in text formats.</summary>
    public const char ListSeparator = ';';

    /// <summary>A column: its name and how to write a row's value as text (null for an empty cell).</summary>
    /// <param name="Name">The column name (camelCase, as in the JSON contract).</param>
    /// <param name="Text">The row's value as text.</param>
    public sealed record Column(string Name, Func<IncidentRow, string?> Text);

    /// <summary>Every column, in order.</summary>
    public static IReadOnlyList<Column> All { get; } =
    [
        new("document", r => r.Document),
        new("start", r => Int(r.Start)),
        new("end", r => Int(r.End)),
        new("casebookId", r => r.CasebookId),
        new("title", r => r.Title),
        new("organization", r => r.Organization),
        new("parties", r => List(r.Parties)),
        new("published", r => r.Published),
        new("isIncident", r => r.IsIncident ? "true" : "false"),
        new("kinds", r => List(r.Kinds)),
        new("leakStatus", r => r.LeakStatus),
        new("affected", r => r.Affected?.ToString(CultureInfo.InvariantCulture)),
        new("affectedUnit", r => r.AffectedUnit),
        new("affectedQualifier", r => r.AffectedQualifier),
        new("affectedSubject", r => r.AffectedSubject),
        new("countCount", r => Int(r.CountCount)),
        new("fieldCategories", r => List(r.FieldCategories)),
        new("fieldTexts", r => List(r.FieldTexts)),
        new("excludedCategories", r => List(r.ExcludedCategories)),
        new("timelineCount", r => Int(r.TimelineCount)),
        new("firstDate", r => r.FirstDate),
        new("lastDate", r => r.LastDate),
        new("timelineEvents", r => List(r.TimelineEvents)),
        new("exposureFrom", r => r.ExposureFrom),
        new("exposureUntil", r => r.ExposureUntil),
        new("reportTargets", r => List(r.ReportTargets)),
        new("cause", r => r.Cause),
        new("measureCount", r => Int(r.MeasureCount)),
        new("related", r => List(r.Related)),
        new("diagnosticCount", r => Int(r.DiagnosticCount)),
    ];

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? List(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(ListSeparator, items);
}
