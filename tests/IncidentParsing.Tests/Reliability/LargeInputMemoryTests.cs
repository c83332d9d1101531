using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace IncidentParsing.Tests.Reliability;

/// <summary>
/// A 200 MB dump goes through the real CLI (streamed: the file is decoded as read and incidents are written as
/// parsed) with a peak working set under 300 MB. <c>INCIDENTPARSING_LARGE_MB</c> changes the size.
/// </summary>
public sealed class LargeInputMemoryTests
{
    private static readonly int Megabytes =
        int.TryParse(Environment.GetEnvironmentVariable("INCIDENTPARSING_LARGE_MB"), out int mb) && mb > 0 ? mb : 200;

    [Fact]
    public async Task A_200_MB_dump_is_parsed_in_bounded_memory()
    {
        string path = Path.Combine(Path.GetTempPath(), $"incident-parse-large-{Environment.ProcessId}.txt");
        try
        {
            long bytes = WriteDump(path, Megabytes * 1_000_000L, out int posts);
            string cli = Path.Combine(AppContext.BaseDirectory, "incident-parse.dll");
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { cli, "parse", path, "--format", "jsonl", "--stats" })
            {
                psi.ArgumentList.Add(a);
            }
            using var process = Process.Start(psi)!;
            var stderrTask = process.StandardError.ReadToEndAsync();
            long lines = 0;
            while (await process.StandardOutput.ReadLineAsync() is not null)
            {
                lines++;
            }
            string stderr = await stderrTask;
            await process.WaitForExitAsync();

            Assert.Equal(0, process.ExitCode);
            Assert.Equal(posts, lines);
            var peak = Regex.Match(stderr, @"peak working set (\d+) MiB");
            Assert.True(peak.Success, stderr);
            long peakMiB = long.Parse(peak.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(peakMiB * 1.048576 < 300, $"peak working set {peakMiB} MiB for {bytes / 1_000_000} MB of input");
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The seed posts, renumbered so each has its own header, repeated up to the size.
    private static long WriteDump(string path, long target, out int posts)
    {
        var seedText = string.Concat(SeedCorpus.SeedFiles.Select(File.ReadAllText));
        int perCopy = IncidentParsing.Pipeline.IncidentParser.CreateDefault().Parse(seedText).Incidents.Count;
        byte[] copy = Encoding.UTF8.GetBytes(seedText + "\n\n");
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        long written = 0;
        posts = 0;
        while (written < target)
        {
            stream.Write(copy);
            written += copy.Length;
            posts += perCopy;
        }
        return written;
    }
}
