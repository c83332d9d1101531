using System.Diagnostics;
using System.Text;
using System.Text.Json;
using IncidentParsing.Cli;

namespace IncidentParsing.Tests.Cli;

/// <summary><c>incident-parse parse A B C</c>: a bad file costs one line on stderr, never the other files.</summary>
public sealed class BadFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("incident-parse-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Good(string name = "good.txt") => Write(name, Encoding.UTF8.GetBytes("【セキュリティ事件簿#2024-001】A社 不正アクセスについて 2024/8/9\n\n本文。\n"));

    public static TheoryData<string> BadKinds => ["missing", "directory", "empty", "binary", "unreadable"];

    private string Bad(string kind) => kind switch
    {
        "missing" => Path.Combine(_dir, "missing.txt"),
        "directory" => Directory.CreateDirectory(Path.Combine(_dir, "folder")).FullName,
        "empty" => Write("empty.txt", []),
        "binary" => Write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]),
        _ => Unreadable(),
    };

    // As root every file is readable, so use one the kernel refuses to read.
    private string Unreadable()
    {
        if (Environment.UserName == "root" || OperatingSystem.IsWindows())
        {
            return "/proc/self/mem";
        }
        string path = Good("secret.txt");
        File.SetUnixFileMode(path, UnixFileMode.None);
        return path;
    }

    [Theory]
    [MemberData(nameof(BadKinds))]
    public async Task A_bad_file_gives_one_line_naming_it_and_the_others_are_still_parsed(string kind)
    {
        string bad = Bad(kind);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = await CliApp.RunAsync(["parse", Good("a.txt"), bad, Good("c.txt")], TextReader.Null, stdout, stderr);

        Assert.Equal(CliApp.SomeFilesFailed, exit);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(bad, line);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(["a.txt", "c.txt"], json.RootElement.EnumerateArray().Select(i => i.GetProperty("source").GetProperty("document").GetString()));
    }

    [Fact]
    public async Task All_good_is_exit_zero_and_usage_errors_are_two()
    {
        Assert.Equal(CliApp.Ok, await CliApp.RunAsync(["parse", Good()], TextReader.Null, new StringWriter(), new StringWriter()));
        Assert.Equal(CliApp.UsageError, await CliApp.RunAsync(["parse", "--format", "pdf", Good()], TextReader.Null, new StringWriter(), new StringWriter()));
        Assert.Equal(CliApp.UsageError, await CliApp.RunAsync(["parse", "--bogus"], TextReader.Null, new StringWriter(), new StringWriter()));
        Assert.Equal(CliApp.UsageError, await CliApp.RunAsync(["frobnicate"], TextReader.Null, new StringWriter(), new StringWriter()));
        Assert.Equal(CliApp.UsageError, await CliApp.RunAsync(["parse", "--threads", "0", Good()], TextReader.Null, new StringWriter(), new StringWriter()));
        Assert.Equal(CliApp.UsageError, await CliApp.RunAsync(["parse", "--threads", "two", Good()], TextReader.Null, new StringWriter(), new StringWriter()));
    }

    [Fact]
    public async Task Any_thread_count_writes_the_same_output()
    {
        string dump = string.Concat(Enumerable.Repeat(string.Concat(SeedCorpus.SeedFiles.Select(File.ReadAllText)), 2));
        string path = Write("dump.txt", Encoding.UTF8.GetBytes(dump));
        var outputs = new List<string>();
        foreach (string threads in new[] { "1", "2", "8" })
        {
            var stdout = new StringWriter();
            Assert.Equal(CliApp.Ok, await CliApp.RunAsync(["parse", path, "--format", "jsonl", "--threads", threads], TextReader.Null, stdout, new StringWriter()));
            outputs.Add(stdout.ToString());
        }
        Assert.True(outputs[0].Length > dump.Length / 4);
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }

    [Fact]
    public async Task Output_is_written_whole_through_a_temporary_file()
    {
        string output = Path.Combine(_dir, "out.json");
        int exit = await CliApp.RunAsync(["parse", Good(), "--output", output], TextReader.Null, new StringWriter(), new StringWriter());
        Assert.Equal(CliApp.Ok, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(["out.json"], Directory.GetFiles(_dir, "*out.json*").Select(Path.GetFileName));
    }

    [Fact]
    public void The_real_executable_reports_a_missing_file_and_still_parses_the_rest()
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "incident-parse.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "parse", Good(), Path.Combine(_dir, "nope.txt"), "--format", "jsonl" })
        {
            psi.ArgumentList.Add(a);
        }
        using var process = Process.Start(psi)!;
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("nope.txt: no such file", stderr);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
