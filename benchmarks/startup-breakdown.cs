#:project ../src/IncidentParsing/IncidentParsing.csproj
// Where a process's first notice goes, stage by stage, in one fresh process (a .NET 10 file-based program):
//   dotnet run -c Release benchmarks/startup-breakdown.cs                       # JIT, as the portable tool runs
//   dotnet publish benchmarks/startup-breakdown.cs -o /tmp/sb && /tmp/sb/startup-breakdown   # native (AOT), as the native tool
// Each stage is timed once, cold: the first call pays what a one-notice run of the tool pays (type loading, JIT in
// the portable build, lexicon files read and their tables built). Run it several times and read the medians.
// Publishing it native also proves the library is usable ahead-of-time compiled with no trimming or AOT warning.
using System.Diagnostics;
using System.Text;
using IncidentParsing.Dates;
using IncidentParsing.Input;
using IncidentParsing.Json;
using IncidentParsing.Numbers;
using IncidentParsing.Pipeline;

var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
var clock = Stopwatch.StartNew();
var rows = new List<(string Stage, double Ms)> { ("process start to Main (runtime, assembly loading)", sinceStart.TotalMilliseconds) };

void Stage(string name, Action action)
{
    var started = clock.Elapsed;
    action();
    rows.Add((name, (clock.Elapsed - started).TotalMilliseconds));
}

// Each extractor alone, with what it requires: a builder that uses only it, built once (its lexicons load here).
(string Name, Func<IncidentParserBuilder, IncidentParserBuilder> Use)[] extractors =
[
    ("classification", b => b.UseClassification()),
    ("title-classification", b => b.UseTitleClassification()),
    ("counts", b => b.UseCounts()),
    ("fields", b => b.UseFields()),
    ("kinds", b => b.UseKinds()),
    ("status", b => b.UseStatus()),
    ("organization", b => b.UseOrganization()),
    ("narrative", b => b.UseNarrative()),
    ("timeline", b => b.UseTimeline()),
    ("reportability", b => b.UseReportability()),
];
// What every parser holds, stage by stage: the bytes read (UTF-8 told from Shift_JIS and the rest, code pages
// registered), the date recognizer (its words, the Japanese calendar's eras) and the number reader, then the rest of
// an empty parser (splitter, layout cues).
Stage("input: a UTF-8 notice's bytes read and decoded", () => NoticeReader.Read(Encoding.UTF8.GetBytes("お知らせ\n本文です。\n"), "notice.txt"));
Stage("date recognizer: built, first date read (令和5年4月1日)", () => new JapaneseDateRecognizer().Recognize("令和5年4月1日に判明", null));
Stage("number reader: first number read (1万2千件)", () => JapaneseNumberParser.Default.Find("1万2千件"));
Stage("empty parser (splitter, layout)", () => new IncidentParserBuilder().Build());
foreach (var (name, use) in extractors)
{
    Stage($"  + {name} alone (its lexicons)", () => use(new IncidentParserBuilder()).Build());
}
IncidentParser parser = null!;
Stage("default parser (what is left to build)", () => parser = IncidentParser.CreateDefault());

const string Notice = "個人情報を含む書類の紛失について\n2031年4月2日\n株式会社みなと商会\n\n" +
    "当社において、お客様120名分の氏名と住所が記載された書類を紛失したことが判明しました。\n" +
    "書類は2031年3月28日に本社で最後に確認されています。深くお詫び申し上げます。\n";
ParseResult result = null!;
Stage("first notice parsed", () => result = parser.Parse(Notice, "notice.txt"));
Stage("first JSON written", () => _ = IncidentJson.Serialize(result.Incidents));
Stage("second notice parsed (warm)", () => parser.Parse(Notice, "notice.txt"));

Console.WriteLine($"{(System.Runtime.JitInfo.GetCompiledMethodCount() > 0 ? "JIT" : "native (AOT)")}, {result.Incidents.Count} incident");
foreach (var (stage, ms) in rows)
{
    Console.WriteLine($"{ms,9:0.0} ms  {stage}");
}
Console.WriteLine($"{(sinceStart + clock.Elapsed).TotalMilliseconds,9:0.0} ms  in all");
