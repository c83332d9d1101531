namespace IncidentParsing.Text;

/// <summary>
/// Sentence and clause boundaries in a normalized notice. Japanese notices end sentences with <c>。</c>
/// and often end list items and headings with a line break, so both close a sentence; a <c>。</c> inside
/// brackets (<c>(以下「本事案」といいます。)</c>) does not.
/// </summary>
internal static class Clauses
{
    private const int MaxBracketLookahead = 80;

    /// <summary>
    /// How far a sentence is followed from the offset asked about: text without 。 or line breaks (a table
    /// flattened into one line, garbage) must not make every lookup scan the whole notice.
    /// </summary>
    public const int MaxSentenceReach = 512;

    /// <summary>The offset where the sentence holding <paramref name="at"/> starts.</summary>
    public static int SentenceStart(string text, int at, int floor = 0)
    {
        floor = Math.Max(floor, at - MaxSentenceReach);
        int i = Math.Min(at, text.Length) - 1;
        while (i >= floor && text[i] != '。' && text[i] != '\n')
        {
            i--;
        }
        return i + 1;
    }

    /// <summary>The offset after the sentence holding <paramref name="at"/> (its <c>。</c> included).</summary>
    public static int SentenceEnd(string text, int at, int ceiling = int.MaxValue)
    {
        int limit = (int)Math.Min(text.Length, Math.Min((long)ceiling, (long)at + MaxSentenceReach));
        int depth = 0;
        for (int i = at; i < limit; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                return i;
            }
            if (c is '(' or '「' or '『')
            {
                depth++;
            }
            else if (c is ')' or '」' or '』')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '。' && (depth == 0 || !ClosesWithin(text, i, limit)))
            {
                return i + 1;
            }
        }
        return limit;
    }

    /// <summary>
    /// The offset where the clause starting at <paramref name="at"/> ends: the next <c>、</c>, <c>。</c>
    /// or line break, or <paramref name="maxLength"/> characters on.
    /// </summary>
    public static int ClauseEnd(string text, int at, int maxLength)
    {
        int limit = Math.Min(text.Length, at + maxLength);
        int i = text.AsSpan(at, Math.Max(0, limit - at)).IndexOfAny('、', '。', '\n');
        return i < 0 ? limit : at + i;
    }

    /// <summary>The offset where the sentence from <paramref name="at"/> ends, but at most <paramref name="maxLength"/> on.</summary>
    public static int WindowEnd(string text, int at, int maxLength) => SentenceEnd(text, at, at + maxLength);

    // A 。 inside brackets ends the sentence only when the bracket never closes nearby (a stray bracket).
    private static bool ClosesWithin(string text, int at, int limit)
    {
        int end = Math.Min(limit, at + MaxBracketLookahead);
        return text.AsSpan(at, end - at).IndexOfAny(')', '」', '』') >= 0;
    }
}
