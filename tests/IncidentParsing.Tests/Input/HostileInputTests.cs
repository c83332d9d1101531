using System.IO.Compression;
using System.Text;
using IncidentParsing.Input;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Input;

/// <summary>
/// Files made to hurt a reader get bounded time and memory and a diagnostic naming the limit, never an exception:
/// a PDF whose stream inflates to hundreds of megabytes, one claiming a million pages, one nesting arrays without end,
/// an encrypted one; an HTML page over the size limit or nested deeper than the depth limit. The files are made here.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    // A minimal PDF: a catalog, a page tree claiming pageCount pages, one page with the given content stream (its
    // dictionary and data), and an optional extra entry in the page's dictionary and in the trailer.
    internal static byte[] Pdf(string streamDictionary, byte[] streamData, int pageCount = 1, string pageExtra = "", string trailerExtra = "")
    {
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.Latin1.GetBytes(s));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }
        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object($"<< /Type /Pages /Kids [3 0 R] /Count {pageCount} >>");
        Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R {pageExtra}>>");
        offsets.Add(pdf.Position);
        Write($"4 0 obj\n{streamDictionary}\nstream\n");
        pdf.Write(streamData);
        Write("\nendstream\nendobj\n");
        long xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (long offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Zeros(long megabytes)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var block = new byte[1 << 20];
            for (long i = 0; i < megabytes; i++)
            {
                zlib.Write(block);
            }
        }
        return compressed.ToArray();
    }

    private static Diagnostic PdfProblem(ParseResult result) => Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PdfNotRead);

    [Fact]
    public void A_pdf_whose_streams_inflate_past_the_limit_is_not_read()
    {
        byte[] data = Zeros(300); // 300 MiB of zeros in a few hundred kilobytes
        byte[] bomb = Pdf($"<< /Length {data.Length} /Filter /FlateDecode >>", data);
        Assert.True(bomb.Length < 1 << 20);
        var result = Parser.ParseBytes(bomb, "bomb.pdf"); // the default limit: 256 MiB decoded
        Assert.Contains("MaxPdfDecodedBytes", PdfProblem(result).Message, StringComparison.Ordinal);
        Assert.Empty(result.Incidents);

        var tighter = new ParseOptions { MaxPdfDecodedBytes = 1 << 20 };
        byte[] small = Zeros(2);
        var smallBomb = Parser.ParseBytes(Pdf($"<< /Length {small.Length} /Filter /FlateDecode >>", small), "small.pdf", tighter);
        Assert.Contains("MaxPdfDecodedBytes", PdfProblem(smallBomb).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_whose_streams_stay_under_the_limit_is_read_as_usual()
    {
        Assert.Equal(2L << 20, PdfStreamsSize(Zeros(2)));
        Assert.Equal(0, PdfStreamsSize("not zlib at all"u8.ToArray())); // a broken stream counts what it gave
    }

    private static long PdfStreamsSize(byte[] data) => PdfStreams.DecodedSize(Pdf($"<< /Length {data.Length} /Filter /FlateDecode >>", data), 1L << 30);

    [Fact]
    public void A_pdf_claiming_a_million_pages_is_read_for_the_pages_it_has_and_a_long_one_up_to_the_page_limit()
    {
        // The page tree's count is a claim; the pages read are those its kids hold.
        byte[] claim = Pdf("<< /Length 0 >>", [], pageCount: 1_000_000);
        var result = Parser.ParseBytes(claim, "million.pdf");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PdfNotRead);

        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        for (int i = 0; i < 5; i++)
        {
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        }
        var options = new ParseOptions { MaxPdfPages = 3 };
        var limited = Parser.ParseBytes(builder.Build(), "long.pdf", options);
        Assert.Contains(limited.Diagnostics, d => d.Code == DiagnosticCodes.PdfNotRead && d.Message.Contains("the first 3 were read (MaxPdfPages)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("<< /A ", " >>")]
    public void A_pdf_nesting_objects_without_end_gives_a_diagnostic(string open, string close)
    {
        const int depth = 100_000;
        string nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        byte[] pdf = Pdf("<< /Length 0 >>", [], pageExtra: $"/Nested {nested} ");
        var result = Parser.ParseBytes(pdf, "nested.pdf");
        Assert.DoesNotContain(result.Incidents, i => i.IsIncident);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PdfNotRead);
    }

    [Fact]
    public void An_encrypted_pdf_gives_a_diagnostic()
    {
        byte[] pdf = Pdf("<< /Length 0 >>", [],
            trailerExtra: "/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >> /ID [<01> <01>] ");
        var result = Parser.ParseBytes(pdf, "locked.pdf");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.PdfNotRead);
    }

    [Fact]
    public void An_html_page_over_the_size_limit_is_not_read_and_one_nested_too_deep_is_stripped()
    {
        var page = new StringBuilder("<html><body><p>個人情報の流出について</p><p>");
        page.Append('あ', 1 << 20);
        page.Append("</p></body></html>");
        var options = new ParseOptions { MaxDocumentBytes = 1 << 20 };
        var over = Parser.ParseBytes(Encoding.UTF8.GetBytes(page.ToString()), "big.html", options);
        Assert.Empty(over.Incidents);
        Assert.Contains(over.Diagnostics, d => d.Code == DiagnosticCodes.InputLimit && d.Message.Contains("MaxDocumentBytes", StringComparison.Ordinal));

        string deep = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 2_000)) + "<p>個人情報の流出について</p></body></html>";
        var read = NoticeReader.Read(Encoding.UTF8.GetBytes(deep), "deep.html");
        Assert.Contains("個人情報の流出について", read.Text, StringComparison.Ordinal);
        Assert.Contains(read.Diagnostics, d => d.Code == DiagnosticCodes.InputLimit && d.Message.Contains("MaxHtmlDepth", StringComparison.Ordinal));
        var shallow = NoticeReader.Read(Encoding.UTF8.GetBytes(deep), "deep.html", options: new ParseOptions { MaxHtmlDepth = 5_000 });
        Assert.DoesNotContain(shallow.Diagnostics, d => d.Code == DiagnosticCodes.InputLimit);
    }

    [Fact]
    public void An_html_page_with_a_huge_attribute_reads_its_text()
    {
        string page = "<html><body><p data-x=\"" + new string('x', 20 << 20) + "\">個人情報の流出について</p></body></html>";
        Assert.Contains("個人情報の流出について", HtmlText.Extract(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_over_the_size_limit_is_not_read_whole()
    {
        var options = new ParseOptions { MaxDocumentBytes = 1 << 16 };
        using var stream = new MemoryStream(new byte[1 << 17]);
        var result = await Parser.ParseStreamAsync(stream, "big.bin", options);
        Assert.Empty(result.Incidents);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InputLimit);
    }

    [Fact]
    public void Limits_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParseOptions { MaxPdfPages = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParseOptions { MaxDocumentBytes = -1 });
    }
}
