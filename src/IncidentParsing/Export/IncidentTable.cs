using IncidentParsing.Model;

namespace IncidentParsing.Export;

/// <summary>Flattens incidents into <see cref="IncidentRow"/>s (one row per incident).</summary>
internal static class IncidentTable
{
    /// <summary>One row per incident, in input order.</summary>
    public static IEnumerable<IncidentRow> ToRows(IEnumerable<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        foreach (var incident in incidents)
        {
            yield return ToRow(incident);
        }
    }

    /// <summary>The row of one incident.</summary>
    public static IncidentRow ToRow(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var (first, last) = TimelineBounds(incident.Timeline);
        return new IncidentRow
        {
            Document = incident.Source.Document,
            Start = incident.Source.Start,
            End = incident.Source.End,
            CasebookId = incident.CasebookId,
            Title = incident.Title,
            Organization = incident.Organization,
            Parties = incident.Parties.Select(p => p.Name + ":" + ContractCode<PartyRole>.Of(p.Role)).ToArray(),
            Published = incident.Published?.ToString(),
            PublishedDay = DayOf(incident.Published),
            IsIncident = incident.IsIncident,
            Kinds = Codes(incident.Kinds),
            LeakStatus = incident.LeakStatus is { } status ? ContractCode<LeakStatus>.Of(status) : null,
            Affected = incident.Affected?.Value,
            AffectedUnit = incident.Affected?.Unit,
            AffectedQualifier = incident.Affected is { } affected ? ContractCode<CountQualifier>.Of(affected.Qualifier) : null,
            AffectedSubject = incident.Affected?.Subject,
            CountCount = incident.Counts.Count,
            FieldCategories = Categories(incident.Fields),
            FieldTexts = incident.Fields.Select(f => f.Text).ToArray(),
            ExcludedCategories = Categories(incident.ExcludedFields),
            TimelineCount = incident.Timeline.Count,
            FirstDate = first?.ToString(),
            FirstDay = DayOf(first),
            LastDate = last?.ToString(),
            LastDay = DayOf(last),
            TimelineEvents = Codes(incident.Timeline.Select(e => e.Event)),
            ExposureFrom = incident.ExposurePeriod?.From?.ToString(),
            ExposureUntil = incident.ExposurePeriod?.Until?.ToString(),
            ReportTargets = Codes(incident.Reports.Select(r => r.To)),
            Cause = incident.Cause,
            MeasureCount = incident.Measures.Count,
            Related = incident.Related.ToArray(),
            Regime = incident.Reportability?.Regime,
            Grounds = incident.Reportability?.Grounds.Select(g => g.Code).ToArray() ?? [],
            ReportRequired = incident.Reportability?.Required,
            ReportedToPpc = incident.Reportability?.ReportedToPpc ?? false,
            DiagnosticCount = incident.Diagnostics.Count,
        };
    }

    /// <summary>The earliest and latest date of a timeline (a range's end counts), compared by the first day each covers.</summary>
    public static (JapaneseDate? First, JapaneseDate? Last) TimelineBounds(IReadOnlyList<TimelineEvent> timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        JapaneseDate? first = null, last = null;
        foreach (var e in timeline)
        {
            var end = e.RangeEnd ?? e.Date;
            if (first is null || e.Date.FirstDay < first.Value.FirstDay)
            {
                first = e.Date;
            }
            if (last is null || end.FirstDay > last.Value.FirstDay)
            {
                last = end;
            }
        }
        return (first, last);
    }

    /// <summary>The calendar day of a date read to day precision or finer; null otherwise.</summary>
    public static DateOnly? DayOf(JapaneseDate? date) =>
        date is { Precision: >= DatePrecision.Day } d ? new DateOnly(d.Year, d.Month, d.Day) : null;

    private static string[] Codes<T>(IEnumerable<T> values) where T : struct, Enum
    {
        var codes = new List<string>();
        foreach (var v in values)
        {
            string code = ContractCode<T>.Of(v);
            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }
        return codes.ToArray();
    }

    private static string[] Categories(IReadOnlyList<LeakedField> fields) => Codes(fields.Select(f => f.Category));
}
