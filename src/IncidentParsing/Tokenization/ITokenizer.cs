namespace IncidentParsing.Tokenization;

/// <summary>
/// Splits text into morphemes. Implementations must be thread-safe: one instance is shared by a
/// parser that may be used from many threads.
/// </summary>
public interface ITokenizer
{
    /// <summary>A short name for diagnostics (<c>builtin</c>, <c>mecab</c>).</summary>
    string Name { get; }

    /// <summary>Tokenizes <paramref name="text"/>; each token's span is an offset range into it.</summary>
    IReadOnlyList<Token> Tokenize(string text);
}
