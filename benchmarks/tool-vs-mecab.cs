#:property PublishAot=false
// The installed tool as a whole process against `mecab` on the same files, in one run, pairs alternated
// (a .NET 10 file-based program; run from the repository root):
//   dotnet run -c Release benchmarks/tool-vs-mecab.cs -- TOOL [--portable "dotnet path/incident-parse.dll"] [--runs 5]
// Files: a one-notice file (a notice written for this benchmark) and the seed corpus ×50 (one 8 MB file). Each round
// runs every command once on each file, the order turned round every other round, output to a file; the table gives
// medians of the wall times and the ratio mecab / tool (above 1: the tool is faster). `--version` and an empty file
// show the start before any notice: the runtime alone, then the runtime and the parser's construction.
using System.Diagnostics;
using System.Globalization;
using System.Text;

string? tool = null, portable = null;
int runs = 5;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--portable": portable = args[++i]; break;
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: tool = args[i]; break;
    }
}
if (tool is null || !Directory.Exists("seeds"))
{
    Console.Error.WriteLine("usage (from the repository root): dotnet run -c Release benchmarks/tool-vs-mecab.cs -- TOOL [--portable \"CMD\"] [--runs N]");
    return 2;
}

string work = Directory.CreateTempSubdirectory("tool-vs-mecab").FullName;
try
{
    string one = Path.Combine(work, "one-notice.txt");
    File.WriteAllText(one, "個人情報を含む書類の紛失について\n2031年4月2日\n株式会社みなと商会\n\n" +
        "当社において、お客様120名分の氏名と住所が記載された書類を紛失したことが判明しました。\n" +
        "書類は2031年3月28日に本社で最後に確認されています。深くお詫び申し上げます。\n");
    string empty = Path.Combine(work, "empty.txt");
    File.WriteAllText(empty, "\n"); // a blank line: a file with nothing in it is reported as an error
    string corpus = string.Concat(Directory.EnumerateFiles("seeds", "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
    string x50 = Path.Combine(work, "seeds-x50.txt");
    File.WriteAllText(x50, new StringBuilder(corpus.Length * 50).Insert(0, corpus, 50).ToString());
    string output = Path.Combine(work, "out");

    var tools = new List<(string Name, string[] Command)> { ("tool", [tool]) };
    if (portable is not null)
    {
        tools.Add(("portable", portable.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }
    // What is timed: (row, command). mecab writes its own output file (-o), as the tool does.
    var cases = new List<(string Row, string[] Command)>();
    foreach (var (name, command) in tools)
    {
        cases.Add(($"{name} --version", [.. command, "--version"]));
        cases.Add(($"{name} parse, empty file", [.. command, "parse", empty, "-o", output]));
    }
    foreach (var (label, file) in new[] { ("one notice", one), ("seeds x50 (8 MB)", x50) })
    {
        cases.Add(($"mecab, {label}", ["mecab", file, "-o", output]));
        foreach (var (name, command) in tools)
        {
            cases.Add(($"{name} parse, {label}", [.. command, "parse", file, "-o", output]));
        }
    }

    var times = cases.ToDictionary(c => c.Row, _ => new List<double>());
    for (int round = 0; round < runs; round++)
    {
        foreach (var (row, command) in round % 2 == 0 ? cases : Enumerable.Reverse(cases))
        {
            times[row].Add(Run(command));
        }
    }

    double Median(string row) => times[row].Order().ElementAt(times[row].Count / 2);
    Console.WriteLine($"{runs} rounds, medians of wall time (ms); ratio = mecab / this row on the same file");
    foreach (var (row, _) in cases)
    {
        string file = row.EndsWith("one notice", StringComparison.Ordinal) ? "one notice" : row.EndsWith("(8 MB)", StringComparison.Ordinal) ? "seeds x50 (8 MB)" : "";
        string ratio = file.Length > 0 && !row.StartsWith("mecab", StringComparison.Ordinal) ? $"{Median($"mecab, {file}") / Median(row),7:0.000}x" : "";
        Console.WriteLine($"{Median(row),10:0.0}  {ratio,8}  {row}");
    }
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}

static double Run(string[] command)
{
    var start = new ProcessStartInfo(command[0], command[1..]) { RedirectStandardOutput = true, RedirectStandardError = true };
    var clock = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    process.StandardOutput.ReadToEnd();
    process.StandardError.ReadToEnd();
    process.WaitForExit();
    double ms = clock.Elapsed.TotalMilliseconds;
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{string.Join(' ', command)} exited with {process.ExitCode}");
    }
    return ms;
}
