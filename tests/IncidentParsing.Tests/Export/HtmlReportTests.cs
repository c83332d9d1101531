using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentParsing.Export;
using IncidentParsing.Model;

namespace IncidentParsing.Tests.Export;

/// <summary>A parsed document as the report shows it: the text its incidents' spans point into.</summary>
internal sealed record ReportDocument(string Name, string Text, IReadOnlyList<Incident> Incidents);

public sealed class HtmlReportTests
{
    // Through the html format, as a caller writes it: each document's incidents with that document's text.
    internal static string Render(params ReportDocument[] documents)
    {
        using var bytes = new MemoryStream();
        var textOf = documents.SelectMany(d => d.Incidents.Select(i => (Incident: i, d.Text)))
            .ToDictionary(p => p.Incident, p => p.Text, (IEqualityComparer<Incident>)ReferenceEqualityComparer.Instance);
        IncidentFormat.Html.WriteAsync(bytes, documents.SelectMany(d => d.Incidents).ToAsyncEnumerable(), i => textOf[i]).GetAwaiter().GetResult();
        return new UTF8Encoding(false).GetString(bytes.ToArray());
    }

    internal static int Occurrences(string s, string what)
    {
        int n = 0;
        for (int at = s.IndexOf(what, StringComparison.Ordinal); at >= 0; at = s.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            n++;
        }
        return n;
    }

    // The marked text of the first card, tags removed and entities decoded: what a reader sees.
    private static (string Visible, int Marks, int Closes) CardText(string html)
    {
        int start = html.IndexOf("<div class=\"text\"", StringComparison.Ordinal);
        start = html.IndexOf('>', start) + 1;
        int end = html.IndexOf("</div>", start, StringComparison.Ordinal);
        string inner = html[start..end];
        var visible = new StringBuilder();
        for (int i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '<')
            {
                i = inner.IndexOf('>', i);
                continue;
            }
            visible.Append(inner[i]);
        }
        return (WebUtility.HtmlDecode(visible.ToString()), Occurrences(inner, "<mark "), Occurrences(inner, "</mark>"));
    }

    [Fact]
    public void Every_span_of_the_incident_is_a_mark_with_its_value_on_hover()
    {
        string html = Render(new ReportDocument("a.txt", ExportSamples.Text, [ExportSamples.Full()]));
        Assert.Equal(1, Occurrences(html, "<article class=\"card\""));
        var (visible, marks, closes) = CardText(html);
        Assert.Equal(ExportSamples.FullHighlights, marks);
        Assert.Equal(marks, closes);
        Assert.Equal(ExportSamples.Text, visible);
        Assert.Contains("<mark class=\"hl hl-count\" title=\"1200 件 · approximately · お客様 · affected (headline)\">約1,200件</mark>", html);
        Assert.Contains("title=\"NOT leaked: card-number\">クレジットカード情報</mark>", html);
        Assert.Contains("title=\"detected · 2024-07-01\">2024年7月1日</mark>", html);
        Assert.Contains("<span class=\"tick ev-reported\" style=\"left:", html);
        Assert.Contains("<tr data-row=\"0\" data-incident=\"true\" data-kinds=\"unauthorized-access web-skimming\">", html);
    }

    [Fact]
    public void Text_from_the_input_is_escaped_everywhere()
    {
        const string text = "<script>alert('x')</script> & \"quoted\" <b>bold</b>\n";
        var incident = new Incident
        {
            Source = new SourceLocation("<evil>.txt", 0, text.Length),
            Title = "<img src=x onerror=alert(1)>",
            Organization = "A&B \"社\"",
            Annotations = [new Annotation("x\"><script>", "k", "v'\"<", "<script>", 0, 8)],
        };
        string html = Render(new ReportDocument("<evil>.txt", text, [incident]));
        Assert.Equal(1, Occurrences(html, "<script>"));
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>bold", html);
        Assert.DoesNotContain("<evil>", html);
        Assert.Contains("&lt;script&gt;</mark>alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;", html);
        Assert.Contains("A&amp;B &quot;社&quot;", html);
        Assert.Contains("title=\"x&quot;&gt;&lt;script&gt;: k = v&#39;&quot;&lt;\"", html);
        Assert.Equal(text, CardText(html).Visible);
    }

    [Fact]
    public void A_span_whose_text_does_not_match_the_input_or_lies_outside_the_notice_is_not_marked()
    {
        var incident = ExportSamples.Full() with
        {
            Source = new SourceLocation("a.txt", 0, 40),
            Counts = [new Count(5, "件", CountQualifier.Exact, null, "5件", 0, 2)],
            Affected = null,
        };
        var highlights = ReportHighlights.Collect(incident, ExportSamples.Text);
        Assert.DoesNotContain(highlights, h => h.Kind == HighlightKind.Count);
        Assert.All(highlights, h => Assert.True(h.End <= 40));
    }

    [Property(MaxTest = 200)]
    public Property Marks_nest_balanced_and_leave_the_text_unchanged_whatever_the_spans()
    {
        const string text = "ab<c>&d\"e'f 株式会社 g\nh";
        var span = from start in Gen.Choose(0, text.Length - 1)
                   from length in Gen.Choose(1, text.Length - start)
                   select (start, length);
        return Prop.ForAll(Arb.From(span.ListOf()), spans =>
        {
            var incident = new Incident
            {
                Source = new SourceLocation("p.txt", 0, text.Length),
                Annotations = spans.Select(s => new Annotation("t", "k", "v", text.Substring(s.start, s.length), s.start, s.start + s.length)).ToList(),
            };
            var (visible, marks, closes) = CardText(Render(new ReportDocument("p.txt", text, [incident])));
            return visible == text && marks == spans.Count && closes == marks;
        });
    }
}
