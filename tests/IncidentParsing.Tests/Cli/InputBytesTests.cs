using System.Text;
using System.Text.Json;
using IncidentParsing.Cli;

namespace IncidentParsing.Tests.Cli;

/// <summary>What the CLI reads is bytes, from a file or standard input alike: in a legacy encoding, with a stray NUL.</summary>
public sealed class InputBytesTests : IDisposable
{
    private const string Notice = "不正アクセスによる個人情報漏えいに関するお知らせ\n\n" +
        "このたび、当社のサーバーが第三者による不正アクセスを受け、お客様の氏名と住所が流出した可能性があることが判明しました。\n\n" +
        "みなと商事株式会社\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("incident-parse-").FullName;

    static InputBytesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Exit, JsonElement First, string Stderr)> Run(string[] args, TextReader stdin)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = await CliApp.RunAsync(["parse", .. args], stdin, stdout, stderr);
        using var json = JsonDocument.Parse(stdout.ToString());
        return (exit, json.RootElement[0].Clone(), stderr.ToString());
    }

    [Theory]
    [InlineData("shift_jis", true)]
    [InlineData("shift_jis", false)]
    [InlineData("euc-jp", true)]
    [InlineData("euc-jp", false)]
    public async Task Standard_input_is_read_in_the_encoding_given_or_detected(string encoding, bool named)
    {
        byte[] bytes = Encoding.GetEncoding(encoding).GetBytes(Notice);
        using var stdin = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        var (exit, incident, stderr) = await Run(named ? ["-", "--encoding", encoding] : ["-"], stdin);
        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal("", stderr);
        Assert.Equal("不正アクセスによる個人情報漏えいに関するお知らせ", incident.GetProperty("title").GetString());
        Assert.Equal("みなと商事株式会社", incident.GetProperty("organization").GetString());
    }

    [Fact]
    public async Task A_stray_nul_in_text_is_text_with_a_warning_naming_its_byte()
    {
        var body = new StringBuilder(Notice);
        while (body.Length < 12_000)
        {
            body.Append("なお、現時点で情報の不正利用は確認されておりません。\n");
        }
        byte[] utf8 = Encoding.UTF8.GetBytes(body.ToString());
        int at = Encoding.UTF8.GetByteCount(Notice);
        byte[] bytes = [.. utf8[..at], 0, .. utf8[at..]];
        string path = Path.Combine(_dir, "notice.txt");
        await File.WriteAllBytesAsync(path, bytes);
        var (exit, incident, stderr) = await Run([path], TextReader.Null);
        Assert.Equal(CliApp.SomeFilesFailed, exit); // a diagnostic, and the notice all the same
        Assert.Contains($"byte {at} is a NUL character", stderr);
        Assert.Equal("みなと商事株式会社", incident.GetProperty("organization").GetString());
    }

    [Theory]
    [InlineData("notice.html")]
    [InlineData("notice.txt")] // an HTML document by its first tag, whatever its name
    public async Task An_html_page_is_read_for_its_text(string name)
    {
        string html = "<!DOCTYPE html><html><head><title>お知らせ | みなと商事</title></head><body><nav><a href='/'>ホーム</a></nav>" +
            string.Concat(Notice.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((line, i) => i == 0 ? $"<h1>{line}</h1>" : $"<p>{line}</p>")) +
            "<footer>Copyright みなと商事</footer></body></html>";
        string path = Path.Combine(_dir, name);
        await File.WriteAllTextAsync(path, html, Encoding.GetEncoding("shift_jis"));
        string emitted = Path.Combine(_dir, "text");
        var (exit, incident, stderr) = await Run([path, "--emit-text", emitted], TextReader.Null);
        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal("", stderr);
        Assert.Equal("不正アクセスによる個人情報漏えいに関するお知らせ", incident.GetProperty("title").GetString());
        Assert.Equal("みなと商事株式会社", incident.GetProperty("organization").GetString());
        // The offsets refer to the text the page was read as, which --emit-text writes.
        string text = File.ReadAllText(Path.Combine(emitted, name + ".txt"));
        var source = incident.GetProperty("organizationSource");
        Assert.Equal("みなと商事株式会社", text[source.GetProperty("start").GetInt32()..source.GetProperty("end").GetInt32()]);
    }

    [SkippableFact]
    public async Task A_pdf_file_is_read_for_its_text_and_a_scan_is_one_line_naming_it()
    {
        string path = Path.Combine(_dir, "notice.pdf");
        await File.WriteAllBytesAsync(path, IncidentParsing.Tests.Input.PdfTextTests.Pdf(Notice, IncidentParsing.Tests.Input.PdfTextTests.Font()));
        var (exit, incident, stderr) = await Run([path], TextReader.Null);
        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal("", stderr);
        Assert.Equal("みなと商事株式会社", incident.GetProperty("organization").GetString());

        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 200, 100);
        string scan = Path.Combine(_dir, "scan.pdf");
        await File.WriteAllBytesAsync(scan, builder.Build());
        var stderrScan = new StringWriter();
        Assert.Equal(CliApp.SomeFilesFailed, await CliApp.RunAsync(["parse", scan], TextReader.Null, new StringWriter(), stderrScan));
        Assert.Contains("scan.pdf: the PDF file has no text layer", stderrScan.ToString());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task A_page_dated_in_its_markup_is_published_that_day(string format)
    {
        string html = "<html><head><meta property=\"article:published_time\" content=\"2031-05-12T09:00:00+09:00\"></head><body>" +
            string.Concat(Notice.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => $"<p>{l}</p>")) + "</body></html>";
        string path = Path.Combine(_dir, "page.html");
        await File.WriteAllTextAsync(path, html);
        var stdout = new StringWriter();
        Assert.Equal(CliApp.Ok, await CliApp.RunAsync(["parse", path, "--format", format], TextReader.Null, stdout, new StringWriter()));
        Assert.Contains("2031-05-12", stdout.ToString());
    }

    [Fact]
    public async Task A_file_over_a_limit_is_named_with_the_limit_and_the_others_are_parsed()
    {
        // Over 64 MiB a text file streams; a page that large is read whole only under --max-mb.
        string big = Path.Combine(_dir, "big.html");
        await using (var file = File.Create(big))
        {
            await file.WriteAsync("<html><body><p>個人情報の流出について</p><!-- "u8.ToArray());
            var block = new byte[1 << 20];
            block.AsSpan().Fill((byte)' ');
            for (int i = 0; i < 65; i++)
            {
                await file.WriteAsync(block);
            }
            await file.WriteAsync(" --></body></html>"u8.ToArray());
        }
        string notice = Path.Combine(_dir, "notice.txt");
        await File.WriteAllTextAsync(notice, Notice);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(CliApp.SomeFilesFailed, await CliApp.RunAsync(["parse", big, notice, "--max-mb", "64"], TextReader.Null, stdout, stderr));
        Assert.Contains("big.html: is an HTML page of 65 MiB, over the limit of 64 MiB (--max-mb): not read", stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("みなと商事株式会社", Assert.Single(json.RootElement.EnumerateArray()).GetProperty("organization").GetString());

        var usage = new StringWriter();
        Assert.Equal(CliApp.UsageError, await CliApp.RunAsync(["parse", notice, "--max-pages", "0"], TextReader.Null, new StringWriter(), usage));
        Assert.Contains("--max-pages must be a whole number of at least 1", usage.ToString());
    }

    [Fact]
    public async Task A_page_nested_past_the_depth_limit_is_read_with_a_warning_naming_it()
    {
        string path = Path.Combine(_dir, "deep.html");
        await File.WriteAllTextAsync(path, "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5_000)) +
            string.Concat(Notice.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => $"<p>{l}</p>")) + "</body></html>");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(CliApp.SomeFilesFailed, await CliApp.RunAsync(["parse", path], TextReader.Null, stdout, stderr));
        Assert.Contains("deep.html: elements nest deeper than 1,000 (MaxHtmlDepth)", stderr.ToString());
        Assert.Contains("みなと商事株式会社", stdout.ToString());
    }
}
