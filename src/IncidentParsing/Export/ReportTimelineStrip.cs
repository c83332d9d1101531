using System.Globalization;
using IncidentParsing.Model;

namespace IncidentParsing.Export;

/// <summary>
/// A horizontal strip per incident with one tick per timeline event (and the publication date), placed
/// proportionally between the earliest and latest day; hover shows the date, the event and the text.
/// </summary>
internal static class ReportTimelineStrip
{
    public static void Write(TextWriter w, Incident incident)
    {
        var points = new List<(DateOnly Day, string Label, string Css, string Tip)>();
        foreach (var e in incident.Timeline)
        {
            string code = ContractCode<TimelineEventCode>.Of(e.Event);
            points.Add((e.Date.FirstDay, e.Date.ToString(), "ev-" + code, $"{e.Date} {code}: {e.Text}"));
        }
        if (points.Count == 0)
        {
            return;
        }
        if (incident.Published is { } published)
        {
            points.Add((published.FirstDay, published.ToString(), "ev-notice", $"{published} notice published"));
        }
        int min = points.Min(p => p.Day.DayNumber);
        int max = points.Max(p => p.Day.DayNumber);
        w.Write("<div class=\"strip\" aria-label=\"timeline\">");
        foreach (var p in points)
        {
            // Keep ticks off the very edges so their labels stay inside the strip.
            double left = max == min ? 50 : 3 + (94.0 * (p.Day.DayNumber - min) / (max - min));
            w.Write($"<span class=\"tick {p.Css}\" style=\"left:{left.ToString("0.##", CultureInfo.InvariantCulture)}%\" title=\"");
            Html.Write(w, p.Tip);
            w.Write("\"></span>");
        }
        Html.Element(w, "span", "from", points.MinBy(p => p.Day.DayNumber).Label);
        Html.Element(w, "span", "until", points.MaxBy(p => p.Day.DayNumber).Label);
        w.Write("</div>\n");
    }
}
