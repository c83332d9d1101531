namespace IncidentParsing.Tests;

/// <summary>Finds the repository's seed corpus and gold files from the test's working directory.</summary>
internal static class SeedCorpus
{
    public static string Root { get; } = FindRoot();

    public static string SeedsDir => Path.Combine(Root, "seeds");

    public static string GoldDir => Path.Combine(Root, "seeds", "gold");

    public static IEnumerable<string> SeedFiles => Directory.EnumerateFiles(SeedsDir, "*.txt").Order(StringComparer.Ordinal);

    public static IEnumerable<object[]> SeedNames => SeedFiles.Select(f => new object[] { Path.GetFileName(f) });

    public static string Read(string name) => File.ReadAllText(Path.Combine(SeedsDir, name));

    /// <summary>The corpora beside the repository (<c>../shared</c>: real notices, their gold, the reference scorer), or null where absent.</summary>
    public static string? SharedDir => Directory.Exists(Path.Combine(Root, "..", "shared")) ? Path.GetFullPath(Path.Combine(Root, "..", "shared")) : null;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IncidentParsing.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("IncidentParsing.sln not found above " + AppContext.BaseDirectory);
    }
}
