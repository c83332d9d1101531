using System.Reflection;

namespace IncidentParsing.Lexicons;

/// <summary>
/// Reads the commented, tab-separated vocabulary files embedded in the package: one entry per line,
/// <c>#</c> starts a comment, blank lines are ignored, columns are separated by tabs.
/// </summary>
internal static class Lexicon
{
    /// <summary>The rows of the embedded file at <paramref name="path"/> (relative to the package's source folder, e.g. <c>Notices/title-cues.tsv</c>).</summary>
    /// <exception cref="FileNotFoundException">No such resource: a packaging bug, never a property of the input.</exception>
    public static IReadOnlyList<string[]> ReadEmbedded(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var assembly = typeof(Lexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("IncidentParsing." + path)
            ?? throw new FileNotFoundException($"Embedded lexicon '{path}' is missing from the package.", path);
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses lexicon text from <paramref name="reader"/>.</summary>
    public static IReadOnlyList<string[]> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            int hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            rows.Add(line.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }
        return rows;
    }
}
