using System.Text.Json.Serialization;
using IncidentParsing.Export;
using IncidentParsing.Model;
using Parquet.Serialization;

namespace IncidentParsing.Cli;

/// <summary>
/// Writes incidents as Parquet, one row per incident with the columns of <see cref="IncidentRow"/>:
/// list columns are Parquet lists of strings, the <c>…Day</c> columns are DATE (null where the text
/// gives no day), so DuckDB, pandas, Polars and Spark read a corpus directly.
/// </summary>
internal static class IncidentParquet
{
    public static async Task WriteAsync(Stream stream, IEnumerable<Incident> incidents)
    {
        var rows = IncidentTable.ToRows(incidents).Select(ParquetIncident.From).ToList();
        await ParquetSerializer.SerializeAsync(rows, stream);
    }

    /// <summary>The row in the shape the Parquet serializer maps: settable properties, lists as <see cref="List{T}"/>.</summary>
    internal sealed class ParquetIncident
    {
        [JsonPropertyName("document")] public string Document { get; set; } = "";
        [JsonPropertyName("start")] public int Start { get; set; }
        [JsonPropertyName("end")] public int End { get; set; }
        [JsonPropertyName("casebookId")] public string? CasebookId { get; set; }
        [JsonPropertyName("title")] public string Title { get; set; } = "";
        [JsonPropertyName("organization")] public string? Organization { get; set; }
        [JsonPropertyName("published")] public string? Published { get; set; }
        [JsonPropertyName("publishedDay")] public DateOnly? PublishedDay { get; set; }
        [JsonPropertyName("isIncident")] public bool IsIncident { get; set; }
        [JsonPropertyName("kinds")] public List<string> Kinds { get; set; } = [];
        [JsonPropertyName("leakStatus")] public string? LeakStatus { get; set; }
        [JsonPropertyName("affected")] public long? Affected { get; set; }
        [JsonPropertyName("affectedUnit")] public string? AffectedUnit { get; set; }
        [JsonPropertyName("affectedQualifier")] public string? AffectedQualifier { get; set; }
        [JsonPropertyName("affectedSubject")] public string? AffectedSubject { get; set; }
        [JsonPropertyName("countCount")] public int CountCount { get; set; }
        [JsonPropertyName("fieldCategories")] public List<string> FieldCategories { get; set; } = [];
        [JsonPropertyName("fieldTexts")] public List<string> FieldTexts { get; set; } = [];
        [JsonPropertyName("excludedCategories")] public List<string> ExcludedCategories { get; set; } = [];
        [JsonPropertyName("timelineCount")] public int TimelineCount { get; set; }
        [JsonPropertyName("firstDate")] public string? FirstDate { get; set; }
        [JsonPropertyName("firstDay")] public DateOnly? FirstDay { get; set; }
        [JsonPropertyName("lastDate")] public string? LastDate { get; set; }
        [JsonPropertyName("lastDay")] public DateOnly? LastDay { get; set; }
        [JsonPropertyName("timelineEvents")] public List<string> TimelineEvents { get; set; } = [];
        [JsonPropertyName("exposureFrom")] public string? ExposureFrom { get; set; }
        [JsonPropertyName("exposureUntil")] public string? ExposureUntil { get; set; }
        [JsonPropertyName("reportTargets")] public List<string> ReportTargets { get; set; } = [];
        [JsonPropertyName("parties")] public List<string> Parties { get; set; } = [];
        [JsonPropertyName("cause")] public string? Cause { get; set; }
        [JsonPropertyName("measureCount")] public int MeasureCount { get; set; }
        [JsonPropertyName("related")] public List<string> Related { get; set; } = [];
        [JsonPropertyName("diagnosticCount")] public int DiagnosticCount { get; set; }

        public static ParquetIncident From(IncidentRow r) => new()
        {
            Document = r.Document, Start = r.Start, End = r.End, CasebookId = r.CasebookId, Title = r.Title,
            Organization = r.Organization, Published = r.Published, PublishedDay = r.PublishedDay, IsIncident = r.IsIncident,
            Kinds = [.. r.Kinds], LeakStatus = r.LeakStatus, Affected = r.Affected, AffectedUnit = r.AffectedUnit,
            AffectedQualifier = r.AffectedQualifier, AffectedSubject = r.AffectedSubject, CountCount = r.CountCount,
            FieldCategories = [.. r.FieldCategories], FieldTexts = [.. r.FieldTexts], ExcludedCategories = [.. r.ExcludedCategories],
            TimelineCount = r.TimelineCount, FirstDate = r.FirstDate, FirstDay = r.FirstDay, LastDate = r.LastDate, LastDay = r.LastDay,
            TimelineEvents = [.. r.TimelineEvents], ExposureFrom = r.ExposureFrom, ExposureUntil = r.ExposureUntil,
            ReportTargets = [.. r.ReportTargets], Cause = r.Cause, MeasureCount = r.MeasureCount, Related = [.. r.Related],
            DiagnosticCount = r.DiagnosticCount, Parties = [.. r.Parties],
        };
    }
}
