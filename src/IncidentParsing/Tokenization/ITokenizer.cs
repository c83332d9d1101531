namespace IncidentParsing.Tokenization;

/// <summary>
/// Splits text into morphemes. Implementations must be thread-safe: one instance is shared by a
/// parser that may be used from many threads.
/// </summary>
public interface ITokenizer
{
    /// <summary>A short name for diagnostics (<c>builtin</c>, <c>mecab</c>).</summary>
    string Name { get; }

    /// <summary>What ran, for people: the name and, for a dictionary tokenizer, which dictionary (<c>mecab (ipadic at /var/lib/mecab/dic/ipadic-utf8)</c>).</summary>
    string Description => Name;

    /// <summary>
    /// True when tokens carry parts of speech, base forms and readings (a dictionary tokenizer);
    /// false when <see cref="Token.Pos"/> is always <see cref="PartOfSpeech.Unknown"/>. Test this
    /// rather than the tokenizer's type.
    /// </summary>
    bool ProvidesPartsOfSpeech => false;

    /// <summary>Tokenizes <paramref name="text"/>; each token's span is an offset range into it.</summary>
    IReadOnlyList<Token> Tokenize(string text);

    /// <summary>
    /// The built-in tokenizer (<c>builtin</c>): runs of one script (kanji, hiragana, katakana, Latin, digits) are tokens,
    /// each symbol its own. Needs no dictionary; every parser uses it unless given another. Shared (it holds no state).
    /// </summary>
    static ITokenizer Default => ScriptTokenizer.Instance;
}
