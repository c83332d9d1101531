namespace IncidentParsing.Text;

/// <summary>
/// The one definition of a sentence in a normalized notice. Japanese notices end sentences with <c>。</c> and often end
/// list items and headings with a line break, so both close a sentence; inside brackets neither does, where the bracket
/// closes nearby (<c>(以下「本事案」といいます。)</c>, a name wrapped onto the next line: <c>「名前(よみが</c> / <c>な)」</c>).
/// A bracket that never closes nearby is a stray one and is ignored.
/// </summary>
internal static class Clauses
{
    private const int MaxBracketLookahead = 80;

    /// <summary>
    /// How far a sentence is followed from the offset asked about: text without 。 or line breaks (a table
    /// flattened into one line, garbage) must not make every lookup scan the whole notice.
    /// </summary>
    public const int MaxSentenceReach = 512;

    /// <summary>
    /// The offset where the sentence holding <paramref name="at"/> starts. With <paramref name="throughBrackets"/> false,
    /// a 。 or a line break ends a sentence even inside brackets: the statement nearest a word, as the timeline reads it.
    /// </summary>
    public static int SentenceStart(string text, int at, int floor = 0, bool throughBrackets = true)
    {
        floor = Math.Max(floor, at - MaxSentenceReach);
        int depth = 0;
        int i = Math.Min(at, text.Length) - 1;
        for (; i >= floor; i--)
        {
            char c = text[i];
            if (c is ')' or '」' or '』')
            {
                depth++;
            }
            else if (c is '(' or '「' or '『')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c is ('。' or '\n') && (depth == 0 || !throughBrackets || !OpensWithin(text, i, floor)))
            {
                break;
            }
        }
        return i + 1;
    }

    /// <summary>The offset after the sentence holding <paramref name="at"/> (its <c>。</c> included); see <see cref="SentenceStart"/>.</summary>
    public static int SentenceEnd(string text, int at, int ceiling = int.MaxValue, bool throughBrackets = true)
    {
        int limit = (int)Math.Min(text.Length, Math.Min((long)ceiling, (long)at + MaxSentenceReach));
        int depth = 0;
        for (int i = at; i < limit; i++)
        {
            char c = text[i];
            if (c is '(' or '「' or '『')
            {
                depth++;
            }
            else if (c is ')' or '」' or '』')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c is ('。' or '\n') && (depth == 0 || !throughBrackets || !ClosesWithin(text, i, limit)))
            {
                return c == '。' ? i + 1 : i;
            }
        }
        return limit;
    }

    /// <summary>Where the words of the sentence holding <paramref name="at"/> end: its end, before its <c>。</c>.</summary>
    public static int SentenceWordsEnd(string text, int at)
    {
        int end = SentenceEnd(text, at);
        return end > at && text[end - 1] == '。' ? end - 1 : end;
    }

    /// <summary>The sentences around <c>[start, end)</c>: from the start of the one holding <paramref name="start"/> to the end of the one holding <paramref name="end"/>.</summary>
    public static TextSpan Sentence(string text, int start, int end, bool throughBrackets = true) =>
        new(SentenceStart(text, start, 0, throughBrackets), SentenceEnd(text, end, int.MaxValue, throughBrackets));

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

    // A 。 or a line break inside brackets ends the sentence only when the bracket never closes nearby (a stray one).
    private static bool ClosesWithin(string text, int at, int limit)
    {
        int end = Math.Min(limit, at + MaxBracketLookahead);
        return text.AsSpan(at, end - at).IndexOfAny(')', '」', '』') >= 0;
    }

    // The same looking back: inside a bracket only when it opened nearby.
    private static bool OpensWithin(string text, int at, int floor)
    {
        int start = Math.Max(floor, at - MaxBracketLookahead);
        return text.AsSpan(start, at - start).IndexOfAny('(', '「', '『') >= 0;
    }
}
