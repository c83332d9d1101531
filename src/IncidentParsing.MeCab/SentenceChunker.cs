using System.Buffers;

namespace IncidentParsing.MeCab;

/// <summary>
/// Cuts text into the pieces given to MeCab one at a time: lines (MeCab analyses a sentence at a
/// time and stops at NUL), and lines longer than a bound into chunks, cut preferably after a
/// sentence end, else at white space, else after a comma, and never inside a surrogate pair.
/// </summary>
internal static class SentenceChunker
{
    /// <summary>Characters MeCab must not see: line ends (it works a line at a time) and NUL (C strings end there).</summary>
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n\r\0");

    /// <summary>Cut points by preference: after a sentence end, at white space, after a comma.</summary>
    private static readonly SearchValues<char>[] CutPreferences =
    [
        SearchValues.Create("。．.！？!?」』）)"),
        SearchValues.Create(" \t\u3000"),
        SearchValues.Create("、，,・；;：:"),
    ];

    /// <summary>
    /// Finds the next non-empty piece at or after <paramref name="position"/>; advances it past the piece.
    /// </summary>
    public static bool Next(ReadOnlySpan<char> text, ref int position, int maxLength, out int start, out int end)
    {
        while (position < text.Length)
        {
            int lineStart = position;
            int breakAt = text[lineStart..].IndexOfAny(Breaks);
            int lineEnd = breakAt < 0 ? text.Length : lineStart + breakAt;
            if (lineEnd == lineStart)
            {
                position = lineStart + 1;
                continue;
            }
            start = lineStart;
            end = lineEnd - lineStart <= maxLength ? lineEnd : CutPoint(text, lineStart, maxLength);
            position = end;
            return true;
        }
        start = end = position;
        return false;
    }

    /// <summary>Where to end a chunk that starts at <paramref name="start"/> in a line longer than <paramref name="maxLength"/>.</summary>
    private static int CutPoint(ReadOnlySpan<char> text, int start, int maxLength)
    {
        var window = text.Slice(start, maxLength);
        int earliest = maxLength / 2;
        foreach (var preference in CutPreferences)
        {
            int at = window[earliest..].LastIndexOfAny(preference);
            if (at >= 0)
            {
                return start + earliest + at + 1;
            }
        }
        int cut = start + maxLength;
        return char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }
}
