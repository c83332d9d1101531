using System.Diagnostics;

namespace IncidentParsing.Tests.MeCab;

/// <summary>Runs the <c>mecab</c> command for comparison with the adapter.</summary>
internal static class MeCabCommand
{
    public static string? Path { get; } = Find();

    /// <summary>Surface and the first two POS columns of each morpheme of <paramref name="file"/>, as the command sees them.</summary>
    public static List<string> Run(string file, string dictionaryDirectory)
    {
        var start = new ProcessStartInfo(Path!)
        {
            RedirectStandardOutput = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in new[] { "-d", dictionaryDirectory, "-F", "%m\\t%f[0],%f[1]\\n", "-E", "", file })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var lines = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.Length > 0 && line != "EOS")
            {
                lines.Add(line.Replace(",*", ",", StringComparison.Ordinal));
            }
        }
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return lines;
    }

    private static string? Find()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator))
        {
            string candidate = System.IO.Path.Combine(directory, "mecab");
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
