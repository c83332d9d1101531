using System.Globalization;
using IncidentParsing.Model;

namespace IncidentParsing.Export;

/// <summary>What the HTML report marks in a notice's text.</summary>
internal enum HighlightKind
{
    /// <summary>The title line.</summary>
    Title,
    /// <summary>The organization.</summary>
    Organization,
    /// <summary>A dated statement of the timeline.</summary>
    Date,
    /// <summary>A count.</summary>
    Count,
    /// <summary>A leaked field.</summary>
    Field,
    /// <summary>A field stated as not leaked.</summary>
    ExcludedField,
    /// <summary>A report to an authority.</summary>
    Report,
    /// <summary>The stated cause.</summary>
    Cause,
    /// <summary>An extractor's annotation (kind cues and other facts outside the contract).</summary>
    Annotation,
}

/// <summary>A span of a notice the report marks, with the normalized value shown on hover.</summary>
/// <param name="Kind">What the span is.</param>
/// <param name="Start">UTF-16 offset into the document, inclusive.</param>
/// <param name="End">UTF-16 offset into the document, exclusive.</param>
/// <param name="Tip">The normalized value, shown as the mark's title.</param>
internal sealed record Highlight(HighlightKind Kind, int Start, int End, string Tip);

/// <summary>Collects the spans of an incident that the report highlights.</summary>
internal static class ReportHighlights
{
    /// <summary>
    /// Every extracted value of <paramref name="incident"/> that carries a span lying inside the notice in
    /// <paramref name="documentText"/> and whose text matches the characters there; others are left out.
    /// </summary>
    public static IReadOnlyList<Highlight> Collect(Incident incident, string documentText)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(documentText);
        var found = new List<Highlight>();
        void Add(HighlightKind kind, string text, int start, int end, string tip)
        {
            if (start >= incident.Source.Start && end <= incident.Source.End && start < end && end <= documentText.Length
                && documentText.AsSpan(start, end - start).SequenceEqual(text))
            {
                found.Add(new Highlight(kind, start, end, tip));
            }
        }
        if (incident.TitleSource is { } title)
        {
            Add(HighlightKind.Title, title.Text, title.Start, title.End, TitleTip(incident));
        }
        if (incident.OrganizationSource is { } org)
        {
            Add(HighlightKind.Organization, org.Text, org.Start, org.End, "organization: " + incident.Organization);
        }
        if (incident.CauseSource is { } cause)
        {
            Add(HighlightKind.Cause, cause.Text, cause.Start, cause.End, "cause");
        }
        foreach (var e in incident.Timeline)
        {
            Add(HighlightKind.Date, e.Text, e.Start, e.End, DateTip(e));
        }
        foreach (var c in incident.Counts)
        {
            bool headline = incident.Affected is { } a && a.Start == c.Start && a.End == c.End;
            Add(HighlightKind.Count, c.Text, c.Start, c.End, CountTip(c, headline));
        }
        if (incident.Affected is { } affected && !incident.Counts.Any(c => c.Start == affected.Start && c.End == affected.End))
        {
            Add(HighlightKind.Count, affected.Text, affected.Start, affected.End, CountTip(affected, headline: true));
        }
        foreach (var f in incident.Fields)
        {
            Add(HighlightKind.Field, f.Text, f.Start, f.End, FieldTip("leaked", f));
        }
        foreach (var f in incident.ExcludedFields)
        {
            Add(HighlightKind.ExcludedField, f.Text, f.Start, f.End, FieldTip("NOT leaked", f));
        }
        foreach (var r in incident.Reports)
        {
            Add(HighlightKind.Report, r.Text, r.Start, r.End,
                "report to " + ContractCode<ReportTarget>.Of(r.To) + (r.Date is { } d ? " on " + d : ""));
        }
        foreach (var n in incident.Annotations)
        {
            Add(HighlightKind.Annotation, n.Text, n.Start, n.End, $"{n.Extractor}: {n.Key} = {n.Value}");
        }
        return found;
    }

    /// <summary>The CSS class name of a kind (<c>hl-excluded-field</c>).</summary>
    public static string CssClass(HighlightKind kind) => "hl-" + ContractCode<HighlightKind>.Of(kind);

    private static string TitleTip(Incident incident) =>
        "title" + (incident.CasebookId is { } id ? " · casebook " + id : "") + (incident.Published is { } p ? " · published " + p : "");

    private static string DateTip(TimelineEvent e)
    {
        string tip = ContractCode<TimelineEventCode>.Of(e.Event) + " · " + e.Date + (e.RangeEnd is { } end ? " – " + end : "");
        if (e.Approximate)
        {
            tip += " · approximate";
        }
        if (e.Inferred)
        {
            tip += " · inferred";
        }
        return tip;
    }

    private static string CountTip(Count c, bool headline) =>
        c.Value.ToString(CultureInfo.InvariantCulture) + " " + c.Unit + " · " + ContractCode<CountQualifier>.Of(c.Qualifier)
        + (c.Subject is { } s ? " · " + s : "") + (headline ? " · affected (headline)" : "");

    private static string FieldTip(string what, LeakedField f) =>
        what + ": " + ContractCode<FieldCategory>.Of(f.Category) + (f.Group is { } g ? " · group " + g : "") + (f.Optional == true ? " · optional" : "");
}
