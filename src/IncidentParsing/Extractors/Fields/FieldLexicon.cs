using System.Buffers;
using System.Collections.Frozen;
using IncidentParsing.Lexicons;
using IncidentParsing.Model;

namespace IncidentParsing.Extractors.Fields;

/// <summary>One lexicon match: where it stands in the notice text and what it means (null for a generic head).</summary>
/// <param name="Start">First offset, inclusive.</param>
/// <param name="End">Last offset, exclusive.</param>
/// <param name="Category">The category, or null for a generic head such as 個人情報.</param>
internal readonly record struct FieldMatch(int Start, int End, FieldCategory? Category);

/// <summary>
/// Synonym → category table read from <c>fields.tsv</c> plus the caller's entries. Immutable after
/// construction; matching is a longest-match lookup keyed by the first character, skipping spaces
/// in the text (<c>患者 ID</c>) and folding ASCII case.
/// </summary>
internal sealed class FieldLexicon
{
    private const string GenericMark = "-";
    private readonly FrozenDictionary<char, string[]> _byFirstChar;
    private readonly Dictionary<string, FieldCategory?> _categories;

    public FieldLexicon(IEnumerable<KeyValuePair<string, FieldCategory?>> entries)
    {
        _categories = new Dictionary<string, FieldCategory?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, category) in entries)
        {
            string key = phrase.Replace(" ", "", StringComparison.Ordinal);
            if (key.Length > 0)
            {
                _categories[key] = category; // later entries (the caller's) override the file's
            }
        }
        _byFirstChar = _categories.Keys
            .GroupBy(k => Fold(k[0]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(k => k.Length).ToArray());
        var firsts = _byFirstChar.Keys.Concat(_byFirstChar.Keys.Where(char.IsAsciiLetterUpper).Select(char.ToLowerInvariant));
        FirstChars = SearchValues.Create(firsts.ToArray());
    }

    /// <summary>The characters an entry can start with (both cases for Latin letters), for IndexOfAny skipping.</summary>
    public SearchValues<char> FirstChars { get; }

    /// <summary>Reads the embedded <c>fields.tsv</c>.</summary>
    public static IEnumerable<KeyValuePair<string, FieldCategory?>> ReadEmbedded()
    {
        foreach (var row in Lexicon.ReadEmbedded("Extractors/Fields/fields.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }
            if (row[1] == GenericMark)
            {
                yield return new(row[0], null);
            }
            else if (ContractCode<FieldCategory>.TryParse(row[1], out var category))
            {
                yield return new(row[0], category);
            }
        }
    }

    /// <summary>
    /// The longest entry shorter than <paramref name="shorterThan"/> characters that starts at
    /// <paramref name="at"/> and ends before <paramref name="limit"/>; <paramref name="entryLength"/>
    /// lets the caller ask again for the next shorter one.
    /// </summary>
    public bool TryMatchAt(string text, int at, int limit, int shorterThan, out FieldMatch match, out int entryLength)
    {
        match = default;
        entryLength = 0;
        if (!_byFirstChar.TryGetValue(Fold(text[at]), out var candidates))
        {
            return false;
        }
        foreach (var entry in candidates)
        {
            if (entry.Length >= shorterThan)
            {
                continue;
            }
            int end = MatchEnd(text, at, limit, entry);
            if (end > 0)
            {
                match = new FieldMatch(at, end, _categories[entry]);
                entryLength = entry.Length;
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="phrase"/> as a whole is a generic head (個人情報).</summary>
    public bool IsGeneric(ReadOnlySpan<char> phrase)
    {
        var lookup = _categories.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(phrase, out var category) && category is null;
    }

    // End offset of entry matched at text[at..limit), spaces in the text skipped; 0 when it does not match.
    private static int MatchEnd(string text, int at, int limit, string entry)
    {
        int i = at;
        foreach (char e in entry)
        {
            while (i < limit && text[i] == ' ' && i > at)
            {
                i++;
            }
            if (i >= limit || Fold(text[i]) != Fold(e))
            {
                return 0;
            }
            i++;
        }
        return i;
    }

    private static char Fold(char c) => c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
}
