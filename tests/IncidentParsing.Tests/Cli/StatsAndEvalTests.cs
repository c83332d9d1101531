using System.Text.RegularExpressions;
using IncidentParsing.Cli;

namespace IncidentParsing.Tests.Cli;

/// <summary>What the tool reports about a run (--stats) and how it scores a parse against gold files (eval).</summary>
public sealed partial class StatsAndEvalTests
{
    private const string Notices = "【セキュリティ事件簿#2031-001】不正アクセスについて 2031/2/3\n\n当社サーバーが不正アクセスを受けました。\n\n"
        + "【セキュリティ事件簿#2031-002】年末年始の営業について\n休業日のお知らせです。\n";

    [Fact]
    public async Task Stats_gives_files_bytes_notices_incidents_time_and_throughput()
    {
        string path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, Notices);
            var stderr = new StringWriter();
            int exit = await CliApp.RunAsync(["parse", path, "--stats"], TextReader.Null, new StringWriter(), stderr);
            Assert.Equal(CliApp.Ok, exit);
            var m = StatsLine().Match(stderr.ToString());
            Assert.True(m.Success, stderr.ToString());
            Assert.Equal("1", m.Groups["files"].Value);
            Assert.Equal(new System.Text.UTF8Encoding(false).GetByteCount(Notices).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), m.Groups["bytes"].Value);
            var parsed = IncidentParsing.Pipeline.IncidentParser.CreateDefault().Parse(Notices).Incidents;
            Assert.Equal("2", m.Groups["notices"].Value);
            Assert.Equal(parsed.Count(i => i.IsIncident).ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups["incidents"].Value);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Eval_prints_the_figures_of_a_parse_against_gold_files()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            string notice = Path.Combine(dir, "a.txt");
            await File.WriteAllTextAsync(notice, Notices);
            string parsed = Path.Combine(dir, "parsed.json");
            Assert.Equal(CliApp.Ok, await CliApp.RunAsync(["parse", notice, "-o", parsed], TextReader.Null, new StringWriter(), new StringWriter()));
            string gold = Directory.CreateDirectory(Path.Combine(dir, "gold")).FullName;
            await File.WriteAllTextAsync(Path.Combine(gold, "a.json"), """
                {"document": "a.txt", "notices": [
                  {"casebookId": "2031-001", "titleStartsWith": "不正アクセスについて", "isIncident": true, "kinds": ["unauthorized-access"]},
                  {"casebookId": "2031-002", "titleStartsWith": "年末年始の営業", "isIncident": false}]}
                """);
            var stdout = new StringWriter();
            Assert.Equal(CliApp.Ok, await CliApp.RunAsync(["eval", parsed, gold], TextReader.Null, stdout, new StringWriter()));
            string text = stdout.ToString();
            Assert.Contains("documents scored: 1", text, StringComparison.Ordinal);
            Assert.Matches(@"segmentation\s+P=1\.000 R=1\.000 F1=1\.000", text);
            Assert.Matches(@"kinds\s+P=1\.000 R=1\.000 F1=1\.000", text);
            Assert.Matches(@"overall=\d\.\d{3}", text);

            Assert.Equal(CliApp.UsageError, await CliApp.RunAsync(["eval", parsed], TextReader.Null, new StringWriter(), new StringWriter()));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [GeneratedRegex(@"incident-parse: (?<files>\d+) files, (?<bytes>[\d,]+) bytes, (?<notices>\d+) notices, (?<incidents>\d+) incidents in \d+\.\d\d s \(\d+\.\d MB/s\)")]
    private static partial Regex StatsLine();
}
