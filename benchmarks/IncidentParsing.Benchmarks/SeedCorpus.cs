namespace IncidentParsing.Benchmarks;

/// <summary>The seed corpus, found by walking up from the benchmark's folder to the solution.</summary>
internal static class SeedCorpus
{
    public static string Text { get; } = Load();

    private static string Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IncidentParsing.sln")))
        {
            dir = dir.Parent;
        }
        if (dir is null)
        {
            throw new InvalidOperationException("Run the benchmarks from inside the repository.");
        }
        return string.Concat(Directory.EnumerateFiles(Path.Combine(dir.FullName, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
    }
}
