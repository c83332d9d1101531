namespace IncidentParsing.MeCab;

/// <summary>A dictionary directory to try, and why it was chosen.</summary>
/// <param name="Directory">The directory holding <c>sys.dic</c>.</param>
/// <param name="Origin">Where the path came from (for messages): <c>option</c>, the variable's name, the mecabrc path, <c>default</c>.</param>
/// <param name="ResourceFile">The mecabrc to hand MeCab (for its other settings), or null to use the dictionary's own <c>dicrc</c>.</param>
/// <param name="IsExplicit">True when the caller named it: a failure is then reported, not skipped.</param>
internal sealed record DictionaryCandidate(string Directory, string Origin, string? ResourceFile, bool IsExplicit);

/// <summary>
/// Finds the dictionary the way the <c>mecab</c> command does, with two overrides in front:
/// <see cref="MeCabOptions.DictionaryDirectory"/>, then <see cref="MeCabOptions.DictionaryDirectoryVariable"/>,
/// then <c>dicdir</c> in <c>mecabrc</c>, then the usual IPADIC (UTF-8) install locations.
/// </summary>
internal static class MeCabDictionaryLocator
{
    /// <summary>Where distributions put a UTF-8 IPADIC (Debian/Ubuntu, source installs, Homebrew, Fedora).</summary>
    private static readonly string[] WellKnownDirectories =
    [
        "/var/lib/mecab/dic/ipadic-utf8",
        "/usr/lib/x86_64-linux-gnu/mecab/dic/ipadic-utf8",
        "/usr/lib/aarch64-linux-gnu/mecab/dic/ipadic-utf8",
        "/usr/lib/mecab/dic/ipadic-utf8",
        "/usr/local/lib/mecab/dic/ipadic",
        "/opt/homebrew/lib/mecab/dic/ipadic",
        "/usr/lib64/mecab/dic/ipadic",
        "/usr/share/mecab/dic/ipadic",
    ];

    public static IReadOnlyList<DictionaryCandidate> Candidates(MeCabOptions options)
    {
        string? resourceFile = FindResourceFile(options);
        if (options.DictionaryDirectory is { Length: > 0 } fromOption)
        {
            return [new(fromOption, "MeCabOptions.DictionaryDirectory", resourceFile, true)];
        }
        if (Environment.GetEnvironmentVariable(MeCabOptions.DictionaryDirectoryVariable) is { Length: > 0 } fromVariable)
        {
            return [new(fromVariable, MeCabOptions.DictionaryDirectoryVariable, resourceFile, true)];
        }
        var candidates = new List<DictionaryCandidate>();
        if (resourceFile is not null && ReadDictionaryDirectory(resourceFile) is { } fromResource)
        {
            candidates.Add(new(fromResource, resourceFile, resourceFile, false));
        }
        foreach (var directory in WellKnownDirectories)
        {
            // mecabrc's userdic and other settings still apply when its dicdir is not usable.
            candidates.Add(new(directory, "default location", resourceFile, false));
        }
        return candidates;
    }

    /// <summary>The mecabrc file, searched as libmecab searches it (plus the option and Homebrew's prefix).</summary>
    public static string? FindResourceFile(MeCabOptions options)
    {
        if (options.ResourceFile is { Length: > 0 } explicitFile)
        {
            return explicitFile;
        }
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string?[] places =
        [
            Environment.GetEnvironmentVariable("MECABRC"),
            home.Length > 0 ? Path.Combine(home, ".mecabrc") : null,
            "/etc/mecabrc",
            "/usr/local/etc/mecabrc",
            "/opt/homebrew/etc/mecabrc",
        ];
        foreach (var place in places)
        {
            if (place is { Length: > 0 } && File.Exists(place))
            {
                return place;
            }
        }
        return null;
    }

    /// <summary>The <c>dicdir</c> setting of a mecabrc (<c>key = value</c> lines, <c>;</c> comments), with <c>$(rcpath)</c> expanded.</summary>
    public static string? ReadDictionaryDirectory(string resourceFile)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadAllLines(resourceFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        foreach (var line in lines)
        {
            var trimmed = line.AsSpan().Trim();
            int equals = trimmed.IndexOf('=');
            if (trimmed.IsEmpty || trimmed[0] is ';' or '#' || equals < 0 || !trimmed[..equals].Trim().SequenceEqual("dicdir"))
            {
                continue;
            }
            string value = trimmed[(equals + 1)..].Trim().ToString();
            string rcDirectory = Path.GetDirectoryName(Path.GetFullPath(resourceFile)) ?? ".";
            return value.Replace("$(rcpath)", rcDirectory, StringComparison.Ordinal);
        }
        return null;
    }
}
