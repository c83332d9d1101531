using System.Globalization;
using IncidentParsing.Model;

namespace IncidentParsing.Export;

/// <summary>Writes one incident of the HTML report: header, timeline strip, and the source text with its spans marked.</summary>
internal static class ReportCard
{
    public static void Write(TextWriter w, int index, Incident incident, string documentText)
    {
        w.Write($"<article class=\"card\" id=\"card-{index}\" data-row=\"{index}\">\n<header>");
        Html.Element(w, "span", "num", "#" + (index + 1).ToString(CultureInfo.InvariantCulture));
        if (incident.CasebookId is { } id)
        {
            Html.Element(w, "span", "casebook", id);
        }
        Html.Element(w, "h2", null, incident.Title.Length > 0 ? incident.Title : "(no title)");
        w.Write("<div class=\"facts\">");
        Fact(w, "document", $"{incident.Source.Document} [{incident.Source.Start}, {incident.Source.End})");
        Fact(w, "organization", incident.Organization);
        Fact(w, "parties", incident.Parties.Count(p => p.Role is not (PartyRole.Issuer or PartyRole.Victim)) == 0 ? null
            : string.Join(", ", incident.Parties.Where(p => p.Role is not (PartyRole.Issuer or PartyRole.Victim))
                .Select(p => $"{p.Name} ({ContractCode<PartyRole>.Of(p.Role)})")));
        Fact(w, "published", incident.Published?.ToString());
        Fact(w, "leak", incident.LeakStatus is { } s ? ContractCode<LeakStatus>.Of(s) : null);
        Fact(w, "affected", incident.Affected is { } a
            ? $"{a.Value.ToString("N0", CultureInfo.InvariantCulture)} {a.Unit} ({ContractCode<CountQualifier>.Of(a.Qualifier)})" : null);
        if (!incident.IsIncident)
        {
            Html.Element(w, "span", "badge not-incident", "not an incident");
        }
        foreach (var kind in incident.Kinds)
        {
            Html.Element(w, "span", "badge kind", ContractCode<IncidentKind>.Of(kind));
        }
        w.Write("</div></header>\n");
        ReportTimelineStrip.Write(w, incident);
        // A writer given no text (or another text than the one parsed) shows the values without the source.
        if (incident.Source.End <= documentText.Length)
        {
            var highlights = ReportHighlights.Collect(incident, documentText);
            w.Write($"<div class=\"text\" data-highlights=\"{highlights.Count}\">");
            WriteMarkedText(w, documentText, incident.Source.Start, incident.Source.End, highlights);
            w.Write("</div>\n");
        }
        if (incident.Diagnostics.Count > 0)
        {
            w.Write("<details class=\"diagnostics\"><summary>");
            Html.Write(w, $"{incident.Diagnostics.Count} diagnostic(s)");
            w.Write("</summary><ul>");
            foreach (var d in incident.Diagnostics)
            {
                Html.Element(w, "li", null, $"{d.Code} {ContractCode<DiagnosticSeverity>.Of(d.Severity)}: {d.Message}");
            }
            w.Write("</ul></details>");
        }
        w.Write("</article>\n");
    }

    private static void Fact(TextWriter w, string label, string? value)
    {
        if (value is null)
        {
            return;
        }
        w.Write("<span class=\"fact\"><b>");
        Html.Write(w, label);
        w.Write("</b> ");
        Html.Write(w, value);
        w.Write("</span>");
    }

    /// <summary>
    /// Writes text[start..end) with each highlight as a <c>mark</c>. Marks nest when one span lies
    /// inside another; a span that starts inside another and runs past it is cut at the outer one's end,
    /// so the markup stays well formed and every highlight still shows.
    /// </summary>
    private static void WriteMarkedText(TextWriter w, string text, int start, int end, IReadOnlyList<Highlight> highlights)
    {
        var ordered = highlights.OrderBy(h => h.Start).ThenByDescending(h => h.End).ThenBy(h => h.Kind).ToList();
        var open = new Stack<int>();
        int pos = start;
        foreach (var h in ordered)
        {
            while (open.Count > 0 && open.Peek() <= h.Start)
            {
                pos = Close(w, text, pos, open.Pop());
            }
            Html.Write(w, text.AsSpan(pos, h.Start - pos));
            pos = h.Start;
            int markEnd = open.Count > 0 ? Math.Min(h.End, open.Peek()) : h.End;
            w.Write($"<mark class=\"hl {ReportHighlights.CssClass(h.Kind)}\" title=\"");
            Html.Write(w, h.Tip);
            w.Write("\">");
            open.Push(markEnd);
        }
        while (open.Count > 0)
        {
            pos = Close(w, text, pos, open.Pop());
        }
        Html.Write(w, text.AsSpan(pos, end - pos));
    }

    private static int Close(TextWriter w, string text, int pos, int markEnd)
    {
        Html.Write(w, text.AsSpan(pos, markEnd - pos));
        w.Write("</mark>");
        return markEnd;
    }
}
