using System.Text;

namespace IncidentParsing.Benchmarks;

/// <summary>The seed corpus, found by walking up from the benchmark's folder to the solution.</summary>
internal static class SeedCorpus
{
    public static string Root { get; } = FindRoot();

    /// <summary>The five seed files concatenated, in name order.</summary>
    public static string Text { get; } = string.Concat(Files.Select(File.ReadAllText));

    public static IReadOnlyList<string> Files => Directory.EnumerateFiles(Path.Combine(Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>The corpus repeated <paramref name="times"/> times.</summary>
    public static string Repeated(int times) => new StringBuilder(Text.Length * times).Insert(0, Text, times).ToString();

    public static long Utf8Bytes(int times) => (long)Encoding.UTF8.GetByteCount(Text) * times;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IncidentParsing.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
