using System.Globalization;
using IncidentParsing.Model;

namespace IncidentParsing.Export;

/// <summary>
/// Writes a self-contained HTML page (inline CSS and script, no network): a filterable summary table,
/// then one card per incident with its source text, every extracted span highlighted by kind (hover
/// shows the normalized value) and a timeline strip. All text from the input is HTML-escaped.
/// </summary>
internal static class IncidentHtmlReport
{
    /// <summary>Writes the report for <paramref name="items"/> (each incident with the text its spans point into).</summary>
    public static void Write(TextWriter writer, IReadOnlyList<(Incident Incident, string Text)> items, string title = "Incident report")
    {
        writer.Write("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        Html.Element(writer, "title", null, title);
        writer.Write("\n<style>");
        writer.Write(ReportAssets.Css);
        writer.Write("</style>\n</head>\n<body>\n");
        Html.Element(writer, "h1", null, title);
        WriteLegend(writer);
        WriteFilters(writer, items.Select(i => i.Incident));
        WriteSummary(writer, items.Select(i => i.Incident).ToList());
        writer.Write("<main id=\"cards\">\n");
        for (int i = 0; i < items.Count; i++)
        {
            ReportCard.Write(writer, i, items[i].Incident, items[i].Text);
        }
        writer.Write("</main>\n<script>");
        writer.Write(ReportAssets.Script);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    private static void WriteLegend(TextWriter w)
    {
        w.Write("<p class=\"legend\">");
        foreach (var kind in Enum.GetValues<HighlightKind>())
        {
            w.Write($"<mark class=\"{ReportHighlights.CssClass(kind)}\">");
            Html.Write(w, ContractCode<HighlightKind>.Of(kind));
            w.Write("</mark> ");
        }
        w.Write("<span class=\"hint\">hover a mark for its value</span></p>\n<p class=\"legend\">timeline:");
        foreach (var code in Enum.GetValues<TimelineEventCode>().Select(ContractCode<TimelineEventCode>.Of).Append("notice"))
        {
            w.Write($"<span class=\"tick ev-{code}\"></span>");
            Html.Write(w, code == "notice" ? "notice's own date" : code);
        }
        w.Write("</p>\n");
    }

    private static void WriteFilters(TextWriter w, IEnumerable<Incident> incidents)
    {
        w.Write("<div class=\"filters\"><input id=\"q\" type=\"search\" placeholder=\"filter: organization, title, field…\">");
        w.Write("<select id=\"kind\"><option value=\"\">all kinds</option>");
        foreach (var kind in incidents.SelectMany(i => i.Kinds).Distinct().Order())
        {
            string code = ContractCode<IncidentKind>.Of(kind);
            w.Write($"<option value=\"{code}\">{code}</option>");
        }
        w.Write("</select><label><input id=\"only\" type=\"checkbox\"> incidents only</label> <span id=\"shown\"></span></div>\n");
    }

    private static void WriteSummary(TextWriter w, IReadOnlyList<Incident> incidents)
    {
        w.Write("<div class=\"summary\"><table id=\"summary\"><thead><tr><th>#</th><th>casebook</th><th>title</th><th>organization</th>");
        w.Write("<th>published</th><th>kinds</th><th>leak</th><th>affected</th><th>fields</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < incidents.Count; i++)
        {
            var row = IncidentTable.ToRow(incidents[i]);
            string kinds = string.Join(' ', row.Kinds);
            w.Write($"<tr data-row=\"{i}\" data-incident=\"{(row.IsIncident ? "true" : "false")}\" data-kinds=\"");
            Html.Write(w, kinds);
            w.Write("\">");
            w.Write($"<td><a href=\"#card-{i}\">{i + 1}</a></td>");
            Html.Element(w, "td", null, row.CasebookId);
            Html.Element(w, "td", null, row.Title);
            Html.Element(w, "td", null, row.Organization);
            Html.Element(w, "td", null, row.Published);
            Html.Element(w, "td", null, kinds);
            Html.Element(w, "td", null, row.LeakStatus);
            Html.Element(w, "td", "num", row.Affected?.ToString("N0", CultureInfo.InvariantCulture));
            Html.Element(w, "td", null, string.Join(", ", row.FieldCategories));
            w.Write("</tr>\n");
        }
        w.Write("</tbody></table></div>\n");
    }
}
