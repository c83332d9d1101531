using System.Diagnostics;
using System.Text;
using IncidentParsing.Cli;
using Mono.Unix;

namespace IncidentParsing.Tests.Cli;

/// <summary>
/// <c>--output</c> never harms what it writes to: a regular file is replaced whole, a symlink's target is written and the
/// link kept, a FIFO is written into (its reader gets the output), a directory is refused.
/// </summary>
public sealed class OutputTargetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("incident-parse-out-").FullName;
    private readonly string _notice;

    public OutputTargetTests()
    {
        _notice = Path.Combine(_dir, "notice.txt");
        File.WriteAllText(_notice, "不正アクセスに関するお知らせ\n\n当社のサーバーが不正アクセスを受け、お客様の氏名が流出した可能性があります。\n\nみなと商事株式会社\n", Encoding.UTF8);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<(int Exit, string Stderr)> Parse(string output, string format)
    {
        var stderr = new StringWriter();
        int exit = await CliApp.RunAsync(["parse", _notice, "--format", format, "--output", output], TextReader.Null, new StringWriter(), stderr);
        return (exit, stderr.ToString());
    }

    public static TheoryData<string> Formats => ["json", "jsonl", "csv"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_symlink_is_followed_its_target_written_and_the_link_kept(string format)
    {
        string target = Path.Combine(_dir, "target.out");
        File.WriteAllText(target, "old");
        string link = Path.Combine(_dir, "link.out");
        File.CreateSymbolicLink(link, target);
        Assert.Equal(CliApp.Ok, (await Parse(link, format)).Exit);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Contains("みなと商事株式会社", File.ReadAllText(target));
        Assert.DoesNotContain(Directory.GetFiles(_dir), f => f.EndsWith(".tmp", StringComparison.Ordinal));

        // A link to a file not there yet makes that file.
        string dangling = Path.Combine(_dir, "dangling.out");
        File.CreateSymbolicLink(dangling, Path.Combine(_dir, "new.out"));
        Assert.Equal(CliApp.Ok, (await Parse(dangling, format)).Exit);
        Assert.Contains("みなと商事株式会社", File.ReadAllText(Path.Combine(_dir, "new.out")));
        Assert.NotNull(new FileInfo(dangling).LinkTarget);
    }

    [SkippableTheory]
    [MemberData(nameof(Formats))]
    public async Task A_fifo_is_written_into_and_stays_a_fifo(string format)
    {
        Skip.If(OperatingSystem.IsWindows(), "FIFOs are a Unix file type");
        string fifo = Path.Combine(_dir, "pipe");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        // Opening a FIFO for reading waits for its writer: the reader runs beside the parse.
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var (exit, stderr) = await Parse(fifo, format);
        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal("", stderr);
        Assert.Contains("みなと商事株式会社", await reader.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(FileTypes.Fifo, UnixFileSystemInfo.GetFileSystemEntry(fifo).FileType);
    }

    [Fact]
    public async Task A_directory_is_refused_and_left_as_it_was()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_dir, "folder")).FullName;
        File.WriteAllText(Path.Combine(folder, "kept.txt"), "kept");
        foreach (var format in new[] { "json", "csv" })
        {
            var (exit, stderr) = await Parse(folder, format);
            Assert.Equal(CliApp.UsageError, exit);
            Assert.Contains("is a directory", stderr);
        }
        Assert.Equal(["kept.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.True(Directory.Exists(folder));
    }
}
