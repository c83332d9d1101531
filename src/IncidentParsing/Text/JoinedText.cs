namespace IncidentParsing.Text;

/// <summary>
/// The rule for the stray spaces that PDF and web copies put inside Japanese words
/// (<c>ペイメントアプリケーショ ンの改ざん</c>): a run of spaces between two Japanese characters is dropped
/// when phrases are searched (<see cref="PhraseSet.FindAllJoined"/>), so that phrase search finds them.
/// A space is kept where either neighbour is ASCII (<c>Lash Lift</c>, <c>2024 年</c> stays as is).
/// </summary>
/// <remarks>
/// The rule is local to each run, so the search applies it where it stands instead of building a joined copy
/// of the notice (which cost as much memory as the notice itself).
/// </remarks>
internal static class JoinedText
{
    /// <summary>
    /// When a dropped run of spaces starts at <paramref name="at"/> (the character before it is not a space), the
    /// offset after the run; otherwise <paramref name="at"/>.
    /// </summary>
    public static int SkipDroppedRun(string text, int at)
    {
        if (at >= text.Length || text[at] != ' ' || at == 0 || !IsJapanese(text[at - 1]))
        {
            return at;
        }
        int runEnd = RunEnd(text, at);
        return runEnd < text.Length && IsJapanese(text[runEnd]) ? runEnd : at;
    }

    /// <summary>True when the character at <paramref name="at"/> is a space of a dropped run.</summary>
    public static bool IsDropped(string text, int at)
    {
        if (text[at] != ' ')
        {
            return false;
        }
        int runStart = at;
        while (runStart > 0 && text[runStart - 1] == ' ')
        {
            runStart--;
        }
        return SkipDroppedRun(text, runStart) != runStart;
    }

    private static int RunEnd(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        return at;
    }

    private static bool IsJapanese(char c) => c > '\u007F' && !char.IsWhiteSpace(c);
}
