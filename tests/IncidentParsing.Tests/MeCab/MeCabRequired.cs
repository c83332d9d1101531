using IncidentParsing.MeCab;

namespace IncidentParsing.Tests.MeCab;

/// <summary>
/// The shared MeCab tokenizer, or a SKIPPED test (with the reason: what is missing and which
/// packages to install) on a machine without libmecab and a UTF-8 IPADIC. Never a silent pass.
/// </summary>
internal static class MeCabRequired
{
    public static MeCabTokenizer Tokenizer()
    {
        Skip.IfNot(MeCabTokenizer.IsAvailable(out string reason), "MeCab is not installed here: " + reason);
        return MeCabTokenizer.Shared;
    }

    /// <summary>Asserts the invariants every tokenizer output must keep on <paramref name="text"/>.</summary>
    public static void AssertSpansAreSound(string text, IReadOnlyList<Tokenization.Token> tokens)
    {
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Span.Start >= previousEnd, $"token {token.Span} overlaps or precedes the one before (ended at {previousEnd})");
            Assert.True(token.Span.Length > 0 && token.Span.End <= text.Length, $"token {token.Span} is empty or outside the text ({text.Length})");
            Assert.False(char.IsLowSurrogate(text[token.Span.Start]) && token.Span.Start > 0 && char.IsHighSurrogate(text[token.Span.Start - 1]),
                $"token {token.Span} starts inside a surrogate pair");
            Assert.False(token.Span.End < text.Length && char.IsLowSurrogate(text[token.Span.End]) && char.IsHighSurrogate(text[token.Span.End - 1]),
                $"token {token.Span} ends inside a surrogate pair");
            Assert.True(text.AsSpan(previousEnd, token.Span.Start - previousEnd).IndexOfAnyExcept(" \t\n\r\0") < 0,
                $"text before {token.Span} is skipped but is not white space: '{text[previousEnd..token.Span.Start]}'");
            previousEnd = token.Span.End;
        }
        Assert.True(text.AsSpan(previousEnd).IndexOfAnyExcept(" \t\n\r\0") < 0, "text after the last token is skipped but is not white space");
    }
}
