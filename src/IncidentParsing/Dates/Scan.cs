using System.Collections.Immutable;

namespace IncidentParsing.Dates;

/// <summary>Small character helpers shared by the date scanners.</summary>
internal static class Scan
{
    /// <summary>True when <paramref name="s"/> stands at <paramref name="i"/>.</summary>
    public static bool At(ReadOnlySpan<char> t, int i, string s) =>
        // The first character decides most calls without a call into the span comparison.
        i >= 0 && i <= t.Length && (s.Length == 0 || (i < t.Length && t[i] == s[0] && t[i..].StartsWith(s, StringComparison.Ordinal)));

    /// <summary>Skips spaces (the text is normalized, so every blank is U+0020).</summary>
    public static int SkipSpaces(ReadOnlySpan<char> t, int i)
    {
        while (i < t.Length && t[i] == ' ')
        {
            i++;
        }
        return i;
    }

    /// <summary>Skips spaces and at most one line break: notices break lines inside dates (<c>27\n日</c>).</summary>
    public static int SkipBlank(ReadOnlySpan<char> t, int i)
    {
        i = SkipSpaces(t, i);
        if (i < t.Length && t[i] == '\n')
        {
            i = SkipSpaces(t, i + 1);
        }
        return i;
    }

    /// <summary>True for a CJK unified ideograph.</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or '々';

    /// <summary>The first of <paramref name="words"/> at <paramref name="i"/>, or null.</summary>
    public static string? Match(ReadOnlySpan<char> t, int i, string[] words) => Match(t, i, words.AsSpan());

    /// <summary>The first of <paramref name="words"/> at <paramref name="i"/>, or null (the date word lists are longest first).</summary>
    public static string? Match(ReadOnlySpan<char> t, int i, ImmutableArray<string> words) => Match(t, i, words.AsSpan());

    private static string? Match(ReadOnlySpan<char> t, int i, ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (At(t, i, w))
            {
                return w;
            }
        }
        return null;
    }
}
