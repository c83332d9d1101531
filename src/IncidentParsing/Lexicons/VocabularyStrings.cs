using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace IncidentParsing.Lexicons;

/// <summary>
/// One shared instance of every short word in the package's vocabularies (<c>氏名</c>, <c>件</c>,
/// <c>不正アクセス</c>, <c>個人情報保護委員会</c>). Most texts an incident keeps are such words:
/// taking the shared instance instead of copying the characters again means a corpus's results
/// hold each word once, not once per mention, which is what a data team holding thousands of
/// incidents pays for in memory and in garbage-collection time.
/// </summary>
internal sealed class VocabularyStrings
{
    // Longer cells are phrases and patterns that never come back as a whole value.
    private const int MaxLength = 24;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private VocabularyStrings(IEnumerable<string> words)
    {
        _lookup = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words of every vocabulary embedded in the package, read once.</summary>
    public static VocabularyStrings Embedded { get; } = new(ReadEmbeddedWords());

    /// <summary>The shared instance of <paramref name="chars"/> when it is a vocabulary word; otherwise a new string.</summary>
    public string Get(ReadOnlySpan<char> chars) => TryGet(chars, out var word) ? word : new string(chars);

    /// <summary>Finds the shared instance of <paramref name="chars"/> when it is a vocabulary word.</summary>
    public bool TryGet(ReadOnlySpan<char> chars, [NotNullWhen(true)] out string? word)
    {
        word = null;
        return chars.Length <= MaxLength && _lookup.TryGetValue(chars, out word);
    }

    private static IEnumerable<string> ReadEmbeddedWords()
    {
        var assembly = typeof(VocabularyStrings).Assembly;
        const string prefix = "IncidentParsing.";
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.EndsWith(".tsv", StringComparison.Ordinal) || !name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var row in Lexicon.ReadEmbedded(name[prefix.Length..]))
            {
                foreach (var cell in row)
                {
                    if (cell.Length <= MaxLength)
                    {
                        yield return cell;
                    }
                }
            }
        }
    }
}
