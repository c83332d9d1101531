namespace IncidentParsing.MeCab;

/// <summary>Where <see cref="MeCabTokenizer"/> finds its dictionary, and how it feeds MeCab.</summary>
public sealed class MeCabOptions
{
    /// <summary>Environment variable naming the dictionary directory (beats <c>mecabrc</c>, loses to <see cref="DictionaryDirectory"/>).</summary>
    public const string DictionaryDirectoryVariable = "INCIDENTPARSING_MECAB_DICDIR";

    /// <summary>Environment variable naming the libmecab file to load instead of searching for <c>libmecab.so.2</c>.</summary>
    public const string LibraryVariable = Native.MeCabNative.LibraryVariable;

    /// <summary>
    /// The dictionary directory (the one holding <c>sys.dic</c>). Null: the
    /// <see cref="DictionaryDirectoryVariable"/> environment variable, then <c>dicdir</c> in the
    /// <c>mecabrc</c> file, then the usual install locations of IPADIC (UTF-8).
    /// </summary>
    public string? DictionaryDirectory { get; init; }

    /// <summary>
    /// The <c>mecabrc</c> file to read. Null: <c>$MECABRC</c>, <c>~/.mecabrc</c>, <c>/etc/mecabrc</c>,
    /// <c>/usr/local/etc/mecabrc</c>, <c>/opt/homebrew/etc/mecabrc</c>, the first that exists.
    /// </summary>
    public string? ResourceFile { get; init; }

    /// <summary>A compiled user dictionary (<c>.dic</c>) to load beside the system dictionary, or null.</summary>
    public string? UserDictionary { get; init; }

    /// <summary>
    /// The longest piece of a line given to MeCab at once, in UTF-16 code units. Longer lines are
    /// cut (preferably after a sentence end or at a space) so memory stays bounded on any input.
    /// </summary>
    public int MaxChunkLength { get; init; } = 8192;
}
