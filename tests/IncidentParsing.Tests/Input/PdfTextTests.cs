using IncidentParsing.Input;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace IncidentParsing.Tests.Input;

/// <summary>
/// A PDF file of a notice reads as the notice's plain text does. The files are made here, with PdfPig's writer and a
/// Japanese TrueType font (Debian's fonts-ipafont-gothic, which CI installs), the way organizations lay notices out:
/// a letterhead and a page number on every page, paragraphs wrapped at the right margin, a list of items.
/// </summary>
public sealed class PdfTextTests
{
    private static readonly string[] Fonts =
    [
        "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
        "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    ];

    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    private const string Text = "個人情報を含む書類の紛失について\n\n2031年2月3日\n\nみどり市\n\n" +
        "令和13年1月28日、市民課において、窓口で受け付けた住民票の写しの交付請求書12件を紛失したことが判明しました。\n\n" +
        "紛失した書類に記載されている情報\n氏名\n住所\n生年月日\n\n" +
        "現時点で、個人情報が不正に利用された事実は確認されておりません。\n";

    internal static byte[] Font()
    {
        string? path = Fonts.FirstOrDefault(File.Exists);
        Skip.If(path is null, "no Japanese TrueType font (apt-get install fonts-ipafont-gothic)");
        return File.ReadAllBytes(path!);
    }

    // The notice laid out on A4 pages: each paragraph wrapped at 30 characters, a letterhead and "n / N" on each page.
    internal static byte[] Pdf(string text, byte[] font, int linesPerPage = 9)
    {
        var lines = new List<string?>();
        foreach (var paragraph in text.Split("\n\n"))
        {
            foreach (var line in paragraph.Split('\n'))
            {
                for (int at = 0; at < line.Length; at += 30)
                {
                    lines.Add(line.Substring(at, Math.Min(30, line.Length - at)));
                }
            }
            lines.Add(null); // the paragraph's gap
        }
        var builder = new PdfDocumentBuilder();
        var added = builder.AddTrueTypeFont(font);
        var pages = lines.Chunk(linesPerPage).ToList();
        for (int p = 0; p < pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("みどり市 市民課 お知らせ", 8, new PdfPoint(40, 810), added);
            double y = 760;
            foreach (var line in pages[p])
            {
                if (line is not null)
                {
                    page.AddText(line, 10.5, new PdfPoint(60, y), added);
                }
                y -= line is null ? 30 : 16;
            }
            page.AddText($"{p + 1} / {pages.Count}", 8, new PdfPoint(290, 30), added);
        }
        return builder.Build();
    }

    private static string Facets(Incident i) => string.Join("\n",
        $"title: {i.Title}", $"organization: {i.Organization}", $"published: {i.Published}", $"incident: {i.IsIncident}",
        $"kinds: {string.Join(",", i.Kinds)}", $"status: {i.LeakStatus}", $"counts: {string.Join(",", i.Counts.Select(c => c.Value))}",
        $"fields: {string.Join(",", i.Fields.Select(f => f.Category))}", $"timeline: {string.Join(",", i.Timeline.Select(t => $"{t.Date}:{t.Event}"))}");

    [SkippableFact]
    public void A_pdf_of_a_notice_reads_as_its_plain_text()
    {
        byte[] pdf = Pdf(Text, Font());
        var read = NoticeReader.Read(pdf, "notice.pdf");
        Assert.Equal(NoticeFormat.Pdf, read.Format);
        Assert.Empty(read.Diagnostics);
        Assert.DoesNotContain("お知らせ\n", read.Text.Split('\n').Skip(1).Select(l => l + "\n")); // the letterhead went
        Assert.DoesNotContain(" / ", read.Text);                                                   // the page numbers too
        Assert.Contains("窓口で受け付けた住民票の写しの交付請求書12件を紛失した", read.Text);        // a wrapped line joined, no spaces
        Assert.Contains("\n氏名\n住所\n生年月日\n", read.Text);                                       // a list stays a list
        var fromPdf = Assert.Single(Parser.ParseBytes(pdf, "notice.pdf").Incidents);
        var fromText = Assert.Single(Parser.Parse(Text).Incidents);
        Assert.Equal(Facets(fromText), Facets(fromPdf));
    }

    [SkippableTheory]
    [InlineData("- 1 -", false)]
    [InlineData("1 / 2", false)]
    [InlineData("3", false)]
    [InlineData("2031/2/3", true)]
    [InlineData("2031.2.3", true)]
    [InlineData("以上", true)]
    public void A_page_number_on_the_last_line_goes_and_a_date_there_stays(string last, bool kept)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(Font());
        var page = builder.AddPage(PageSize.A4);
        page.AddText("個人情報の流出について", 10, new PdfPoint(50, 700), font);
        page.AddText(last, 10, new PdfPoint(290, 40), font);
        Assert.Equal(kept, PdfText.Extract(builder.Build()).Text.Contains(last, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Latin_words_keep_their_spaces_and_japanese_gets_none()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(Font());
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Web Server 2031 の脆弱性", 10, new PdfPoint(50, 700), font);
        Assert.Equal("Web Server 2031 の脆弱性\n", PdfText.Extract(builder.Build()).Text);
    }

    [Fact]
    public void A_scan_a_broken_file_and_a_file_named_pdf_that_is_none_give_a_diagnostic_not_an_exception()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 200, 100); // a page with no text layer, as a scan has
        byte[] scan = builder.Build();
        Assert.Contains(PdfText.Extract(scan).Problems, p => p.Contains("no text layer", StringComparison.Ordinal));

        byte[] truncated = scan[..(scan.Length / 2)];
        var broken = Parser.ParseBytes(truncated, "broken.pdf");
        Assert.Contains(broken.Diagnostics, d => d.Code == DiagnosticCodes.PdfNotRead);

        var notPdf = NoticeReader.Read("個人情報の流出について\n"u8.ToArray(), "notice.pdf");
        Assert.Equal(NoticeFormat.Text, notPdf.Format); // by content, not by name
    }
}
