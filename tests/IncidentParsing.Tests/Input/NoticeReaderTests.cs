using System.Text;
using IncidentParsing.Input;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Input;

/// <summary>Bytes in, incidents out, through the library's one input layer: the encoding, the format, the bad bytes.</summary>
public sealed class NoticeReaderTests
{
    private const string Notice = "不正アクセスに関するお知らせ\n\n当社のサーバーが不正アクセスを受け、お客様の氏名が流出した可能性があります。\n\nみなと商事株式会社\n";

    static NoticeReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_page_in_a_legacy_encoding_parses_like_its_text()
    {
        string html = "<html><body><nav>ホーム</nav>" + string.Concat(Notice.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => $"<p>{l}</p>")) + "</body></html>";
        byte[] bytes = Encoding.GetEncoding("euc-jp").GetBytes(html);
        var read = NoticeReader.Read(bytes, "notice.html");
        Assert.Equal(NoticeFormat.Html, read.Format);
        Assert.Equal("euc-jp", read.Encoding);
        Assert.Empty(read.Diagnostics);
        var parser = IncidentParser.CreateDefault();
        var fromBytes = Assert.Single(parser.ParseBytes(bytes, "notice.html").Incidents);
        var fromText = Assert.Single(parser.Parse(Notice).Incidents);
        Assert.Equal(fromText.Title, fromBytes.Title);
        Assert.Equal(fromText.Organization, fromBytes.Organization);
        Assert.Equal(read.Text[fromBytes.OrganizationSource!.Start..fromBytes.OrganizationSource.End], fromBytes.Organization);
    }

    [Fact]
    public void Bad_bytes_and_a_stray_nul_are_diagnostics_with_their_offset_never_a_lost_notice()
    {
        byte[] text = Encoding.UTF8.GetBytes(Notice);
        int at = Encoding.UTF8.GetByteCount("不正アクセスに関するお知らせ\n\n");
        var parser = IncidentParser.CreateDefault();

        var invalid = parser.ParseBytes([.. text[..at], 0xE3, 0x81, .. text[at..]], "notice.txt", encoding: "utf-8");
        var bad = Assert.Single(invalid.Diagnostics, d => d.Code == DiagnosticCodes.InvalidBytes);
        Assert.Contains($"byte {at} ", bad.Message);
        Assert.Equal("みなと商事株式会社", Assert.Single(invalid.Incidents).Organization);

        var nul = parser.ParseBytes([.. text[..at], 0, .. text[at..]], "notice.txt");
        Assert.Contains($"byte {at} ", Assert.Single(nul.Diagnostics, d => d.Code == DiagnosticCodes.NulCharacter).Message);
        Assert.Equal("みなと商事株式会社", Assert.Single(nul.Incidents).Organization);
        Assert.Equal(NoticeFormat.Text, NoticeReader.Read(text).Format);
    }

    [Fact]
    public async Task A_file_and_a_stream_parse_as_their_bytes_do()
    {
        var parser = IncidentParser.CreateDefault();
        byte[] bytes = Encoding.GetEncoding("shift_jis").GetBytes(Notice);
        string expected = IncidentParsing.Json.IncidentJson.Serialize(parser.ParseBytes(bytes, "notice.txt").Incidents);
        string dir = Directory.CreateTempSubdirectory("incident-parse-file-").FullName;
        try
        {
            string path = Path.Combine(dir, "notice.txt");
            await File.WriteAllBytesAsync(path, bytes);
            Assert.Equal(expected, IncidentParsing.Json.IncidentJson.Serialize(parser.ParseFile(new FileInfo(path)).Incidents));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        using var stream = new MemoryStream(bytes);
        Assert.Equal(expected, IncidentParsing.Json.IncidentJson.Serialize((await parser.ParseStreamAsync(stream, "notice.txt")).Incidents));
        Assert.Equal("みなと商事株式会社", Assert.Single(parser.ParseBytes(bytes, "notice.txt").Incidents).Organization);
    }
}
