using IncidentParsing.Dates;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Timeline;

/// <summary>A date and the statement it dates: the sentence around it, or, in a timetable, the row or bullet it heads.</summary>
/// <param name="Mention">The date.</param>
/// <param name="Statement">The statement's span in the notice text.</param>
/// <param name="FromTable">True when the date heads a timetable row or a list of bullets.</param>
internal sealed record DatedStatement(DateMention Mention, TextSpan Statement, bool FromTable);

/// <summary>
/// The date analysis of one notice, shared through <see cref="ExtractionContext.GetShared{T}"/> so the
/// timeline, reports and exposure period read the notice's dates once: every date mention in the
/// body and the statement each one dates.
/// </summary>
internal sealed class NoticeDates
{
    private const string Bullets = "•・-‐*○●◦◆■□▪>※";

    private NoticeDates(string text, IReadOnlyList<DateMention> mentions, IReadOnlyList<DatedStatement> statements, IReadOnlyList<TextSpan> impossible)
    {
        Text = text;
        Mentions = mentions;
        Statements = statements;
        Impossible = impossible;
    }

    /// <summary>Where the body writes a date no calendar has (2月30日): reported, not read as a value.</summary>
    public IReadOnlyList<TextSpan> Impossible { get; }

    /// <summary>The notice text the spans refer to.</summary>
    public string Text { get; }

    /// <summary>Every date or time mention after the title line, in text order.</summary>
    public IReadOnlyList<DateMention> Mentions { get; }

    /// <summary>Every dated statement, in text order (a date heading several bullets dates each).</summary>
    public IReadOnlyList<DatedStatement> Statements { get; }

    /// <summary>The shared analysis of <paramref name="context"/>'s notice.</summary>
    public static NoticeDates Of(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetShared(static ctx => Analyze(ctx.Text, Math.Min(ctx.Header.BodyStart, ctx.Text.Length),
            ctx.ReferenceDate ?? CasebookYear(ctx.Header.CasebookId), JapaneseDateRecognizer.Default));
    }

    // Without a date of its own, a casebook entry (2024-354) still says which year it was filed in.
    private static Model.JapaneseDate? CasebookYear(string? casebookId)
    {
        if (casebookId is null || casebookId.Length < 4 || !int.TryParse(casebookId.AsSpan(0, 4), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out int year) || year is < 1990 or > 2200)
        {
            return null;
        }
        return new Model.JapaneseDate(year);
    }

    /// <summary>Analyzes <paramref name="text"/> from <paramref name="bodyStart"/> on.</summary>
    internal static NoticeDates Analyze(string text, int bodyStart, Model.JapaneseDate? reference, JapaneseDateRecognizer recognizer)
    {
        // The title line's dates anchor the body's (so the whole text is read) but are not the body's: drop them in place.
        var impossible = new List<TextSpan>();
        var mentions = recognizer.RecognizeList(text, reference, impossible);
        // In text order: the title's come first. (A lambda here would capture bodyStart and allocate on every notice.)
        int inTitle = 0;
        while (inTitle < impossible.Count && impossible[inTitle].Start < bodyStart)
        {
            inTitle++;
        }
        impossible.RemoveRange(0, inTitle);
        int kept = 0;
        for (int k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Span.Start >= bodyStart)
            {
                mentions[kept++] = mentions[k];
            }
        }
        mentions.RemoveRange(kept, mentions.Count - kept);
        return new NoticeDates(text, mentions, BuildStatements(text, mentions), impossible);
    }

    /// <summary>The sentence around <paramref name="at"/>: from the previous 。 or line break to the next.</summary>
    public TextSpan SentenceAt(int at) => Sentence(Text, at, at);

    /// <summary>The date that heads the table row or bullet block containing <paramref name="at"/>, if any.</summary>
    public DateMention? TableDateAt(int at)
    {
        // Statements come in text order: find the last one starting at or before the position.
        int lo = 0, hi = Statements.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Statements[mid].Statement.Start <= at)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        for (int k = found; k >= 0 && found - k < 8; k--)
        {
            var s = Statements[k];
            if (s.FromTable && s.Statement.Start <= at && at < s.Statement.End)
            {
                return s.Mention;
            }
        }
        return null;
    }

    /// <summary>The index of the first mention starting at or after <paramref name="at"/> (<see cref="Mentions"/> is in text order).</summary>
    public int FirstMentionAtOrAfter(int at)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Mentions[mid].Span.Start < at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }
        return i;
    }

    // "2．発生場所", "(3) 原因", "【対応】": a section's number or bracket opens the line.
    private static bool OpensSection(string text, int first, int end)
    {
        if (first >= end)
        {
            return false;
        }
        if (text[first] is '【' or '(' or '（' or '[')
        {
            return text[first] != '(' && text[first] != '（' || (first + 1 < end && IsDigit(text[first + 1]));
        }
        int k = first;
        while (k < end && IsDigit(text[k]))
        {
            k++;
        }
        return k > first && k < end && text[k] is '．' or '.' or '、' or ')' or '）';
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static bool IsBullet(char c) => c is '・' or '•' or '-' or '●' or '○' or '■' or '◆' or '*';

    private static List<DatedStatement> BuildStatements(string text, List<DateMention> mentions)
    {
        var result = new List<DatedStatement>(mentions.Count);
        for (int n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (m.Value is null)
            {
                continue;
            }
            int lineStart = LineStart(text, m.Span.Start);
            int lineEnd = LineEnd(text, m.Span.End);
            // A space (a tab, folded) after a date that leads its line is a table's cell border: the row is the
            // line, whatever its sentences (2月9日 不具合が発生。直ちに…警察へ報告。); running text goes on with 、 or に.
            bool cell = m.Span.End < lineEnd && text[m.Span.End] == ' ' && LeadsLine(text, lineStart, m.Span.Start);
            if (!cell && (!LeadsLine(text, lineStart, m.Span.Start) || HasSentenceBreak(text, m.Span.End, lineEnd)))
            {
                result.Add(new DatedStatement(m, Sentence(text, m.Span.Start, m.Span.End), false));
                continue;
            }
            if (HasWords(text, m.Span.End, lineEnd) && (cell || !HasSentenceBreak(text, m.Span.End, lineEnd)))
            {
                // A timetable row: 2023/6/8(木) 個人情報保護委員会へ報告
                result.Add(new DatedStatement(m, new TextSpan(lineStart, lineEnd), true));
                // …and the bullets continuing it on the lines below (2026年4月14日 ・第二報を公表 / ・委員会へ報告).
                int nextDate = n + 1 < mentions.Count ? mentions[n + 1].Span.Start : text.Length;
                for (int row = lineEnd + 1, lines = 0; row < text.Length && lines < 30; lines++)
                {
                    int end = LineEnd(text, row);
                    int first = SkipSpaces(text, row, end);
                    if (first >= end || !IsBullet(text[first]) || (nextDate < end && LeadsLine(text, row, nextDate)))
                    {
                        break;
                    }
                    result.Add(new DatedStatement(m, new TextSpan(row, end), true));
                    row = end + 1;
                }
                continue;
            }
            // A date on its own line heads the lines below it, up to a blank line, the next date line or the next
            // numbered section (1．発生日時 / 2025年4月11日 / 2．発生場所: a PDF file's sections have no blank lines between).
            bool any = false;
            int next = n + 1 < mentions.Count ? mentions[n + 1].Span.Start : text.Length;
            int i = lineEnd + 1;
            for (int lines = 0; i < text.Length && lines < 30; lines++)
            {
                int end = LineEnd(text, i);
                if (!HasWords(text, i, end) || OpensSection(text, SkipSpaces(text, i, end), end))
                {
                    break;
                }
                if (next < end && LeadsLine(text, i, next))
                {
                    break;
                }
                result.Add(new DatedStatement(m, new TextSpan(i, end), true));
                any = true;
                i = end + 1;
            }
            if (!any)
            {
                result.Add(new DatedStatement(m, new TextSpan(lineStart, lineEnd), false));
            }
        }
        return result;
    }

    // A table row longer than this is cut: text without line breaks must not make every date scan it all.
    private const int MaxReach = 400;

    // The statement a date belongs to ends at a 。 even inside brackets: a definition in parentheses (以下「本事案」と
    // いいます。) closes the clause the date is in, and the words after it, not before, say what happened on that date.
    private static TextSpan Sentence(string text, int start, int end) => Clauses.Sentence(text, start, end, throughBrackets: false);

    private static int LineStart(string text, int at)
    {
        if (at == 0)
        {
            return 0;
        }
        int count = Math.Min(at, MaxReach);
        int i = text.LastIndexOf('\n', at - 1, count);
        return i >= 0 ? i + 1 : at - count;
    }

    private static int LineEnd(string text, int at)
    {
        at = Math.Min(at, text.Length);
        int count = Math.Min(text.Length - at, MaxReach);
        int i = text.IndexOf('\n', at, count);
        return i >= 0 ? i : at + count;
    }

    private static bool LeadsLine(string text, int lineStart, int at)
    {
        for (int i = lineStart; i < at; i++)
        {
            char c = text[i];
            if (c != ' ' && !Bullets.Contains(c) && !char.IsAsciiDigit(c) && c is not ('.' or ')' or '(' or '【' or '】'))
            {
                return false;
            }
        }
        return true;
    }

    // A line with a 。 before its end is running text (a paragraph that opens with a date), not a table row.
    private static bool HasSentenceBreak(string text, int start, int end)
    {
        int i = text.IndexOf('。', start, end - start);
        return i >= 0 && i < end - 1;
    }

    private static bool HasWords(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c != ' ' && !char.IsPunctuation(c) && c is not ('、' or '。'))
            {
                return true;
            }
        }
        return false;
    }
}
