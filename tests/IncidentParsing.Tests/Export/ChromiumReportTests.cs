using System.Diagnostics;
using IncidentParsing.Export;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Export;

/// <summary>Renders the HTML report in headless Chromium (Debian's <c>chromium</c>, installed by .ci/run) and reads the DOM after its script ran.</summary>
public sealed class ChromiumReportTests
{
    private static readonly string? Chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    private static string DumpDom(string html, string fragment = "")
    {
        string dir = Directory.CreateTempSubdirectory("incident-report-").FullName;
        try
        {
            string page = Path.Combine(dir, "report.html");
            File.WriteAllText(page, html);
            var start = new ProcessStartInfo(Chromium!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", $"--user-data-dir={Path.Combine(dir, "profile")}",
                "--dump-dom", new Uri(page).AbsoluteUri + fragment })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string dom = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish");
            }
            Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {stderr.Result}");
            return dom;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SkippableFact]
    public void The_browser_shows_one_card_per_incident_and_every_highlight()
    {
        Skip.If(Chromium is null, "Debian's chromium is not installed (.ci/run installs it)");
        var plain = new Incident { Source = new SourceLocation("a.txt", 0, 20), Title = "二件目" };
        string html = HtmlReportTests.Render(new ReportDocument("a.txt", ExportSamples.Text, [ExportSamples.Full(), plain]));
        string dom = DumpDom(html);
        Assert.Equal(2, HtmlReportTests.Occurrences(dom, "<article class=\"card\""));
        Assert.Equal(ExportSamples.FullHighlights, HtmlReportTests.Occurrences(dom, "<mark class=\"hl "));
        // The script ran: it counted the rows.
        Assert.Contains("<span id=\"shown\">2 of 2 shown</span>", dom);
    }

    [SkippableFact]
    public void The_filter_from_the_page_fragment_hides_rows_and_cards_that_do_not_match()
    {
        Skip.If(Chromium is null, "Debian's chromium is not installed (.ci/run installs it)");
        var other = ExportSamples.Full() with { Organization = "別の団体", Title = "別件" };
        string html = HtmlReportTests.Render(new ReportDocument("a.txt", ExportSamples.Text, [ExportSamples.Full(), other]));
        string dom = DumpDom(html, "#q=" + Uri.EscapeDataString("別の団体"));
        Assert.Contains("<span id=\"shown\">1 of 2 shown</span>", dom);
        Assert.Contains("<article class=\"card\" id=\"card-0\" data-row=\"0\" hidden=\"\">", dom);
        Assert.Contains("<article class=\"card\" id=\"card-1\" data-row=\"1\">", dom);
    }

    // Draws two different kanji in the report's own font on a canvas and says whether they came out as the same
    // pixels (a missing font draws every character as the same box) and whether anything was drawn at all.
    private const string GlyphProbe = """
        <script>
        (function () {
          const canvas = document.createElement('canvas'); canvas.width = 64; canvas.height = 64;
          const pen = canvas.getContext('2d');
          const font = getComputedStyle(document.querySelector('.card') || document.body).fontFamily;
          function pixels(ch) {
            pen.clearRect(0, 0, 64, 64); pen.font = '48px ' + font; pen.fillStyle = '#000'; pen.fillText(ch, 4, 52);
            return pen.getImageData(0, 0, 64, 64).data;
          }
          const a = pixels('個'), b = pixels('報');
          let ink = 0, same = true;
          for (let i = 3; i < a.length; i += 4) { ink += a[i] > 0 ? 1 : 0; if (a[i] !== b[i]) same = false; }
          document.body.setAttribute('data-glyphs', same ? 'boxes' : 'distinct');
          document.body.setAttribute('data-ink', String(ink));
        })();
        </script>
        """;

    [SkippableFact]
    public void Japanese_is_drawn_in_glyphs_not_in_boxes()
    {
        Skip.If(Chromium is null, "Debian's chromium is not installed (.ci/run installs it)");
        string html = HtmlReportTests.Render(new ReportDocument("a.txt", ExportSamples.Text, [ExportSamples.Full()]));
        string dom = DumpDom(html.Replace("</body>", GlyphProbe + "</body>", StringComparison.Ordinal));
        Assert.Contains("data-glyphs=\"distinct\"", dom); // boxes: no Japanese font in the report's stack is installed
        Assert.DoesNotContain("data-ink=\"0\"", dom);
    }

    [SkippableFact]
    public void The_seed_corpus_report_renders_every_notice()
    {
        Skip.If(Chromium is null, "Debian's chromium is not installed (.ci/run installs it)");
        var parser = IncidentParser.CreateDefault();
        var documents = SeedCorpus.SeedFiles.Select(f =>
        {
            string text = File.ReadAllText(f);
            return new ReportDocument(Path.GetFileName(f), text, parser.Parse(text, Path.GetFileName(f)).Incidents);
        }).ToList();
        int expectedMarks = documents.Sum(d => d.Incidents.Sum(i => ReportHighlights.Collect(i, d.Text).Count));
        string dom = DumpDom(HtmlReportTests.Render([.. documents]));
        Assert.Equal(documents.Sum(d => d.Incidents.Count), HtmlReportTests.Occurrences(dom, "<article class=\"card\""));
        Assert.Equal(expectedMarks, HtmlReportTests.Occurrences(dom, "<mark class=\"hl "));
    }
}
