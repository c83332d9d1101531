using System.Buffers;
using IncidentParsing.Lexicons;

namespace IncidentParsing.Notices;

/// <summary>
/// Cuts a dump of a blog into posts. A post starts at a <c>【セキュリティ事件簿#…】</c> header or at a
/// bare title line: a line standing alone between a blank line and at least two blank (or
/// U+00A0-only) lines, that reads like a title rather than a sentence, a heading or a list entry.
/// Page chrome outside posts is dropped; what follows a title up to the next one (including
/// <c>出典:</c> and <c>リリース文アーカイブ</c> lines) belongs to it.
/// </summary>
/// <remarks>
/// Each decision looks only at the line itself, the line before (blank or not) and a few lines ahead, never at
/// the post before, so a post splits the same alone or inside a dump.
/// </remarks>
public sealed class NoticeSplitter
{
    private const int MinBareTitleLength = 8;
    private const int MaxBareTitleLength = 200;
    private readonly string[] _titleCues;
    private readonly string[] _chrome;

    /// <summary>Creates a splitter with the embedded vocabularies.</summary>
    public NoticeSplitter()
    {
        _titleCues = Lexicon.ReadEmbedded("Notices/title-cues.tsv").Select(r => r[0]).ToArray();
        _chrome = Lexicon.ReadEmbedded("Notices/page-chrome.tsv").Select(r => r[0]).ToArray();
    }

    /// <summary>Finds the posts in normalized text.</summary>
    public IReadOnlyList<NoticeSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text.AsSpan());
    }

    /// <summary>Finds the posts in normalized text.</summary>
    internal IReadOnlyList<NoticeSpan> Split(ReadOnlySpan<char> text)
    {
        // One entry per line of a document-sized text: rented, so a big dump does not add a large-object array per parse.
        var rented = ArrayPool<Line>.Shared.Rent(text.Count('\n') + 1);
        try
        {
            return Split(text, rented.AsSpan(0, FillLines(text, rented)));
        }
        finally
        {
            ArrayPool<Line>.Shared.Return(rented);
        }
    }

    private List<NoticeSpan> Split(ReadOnlySpan<char> text, ReadOnlySpan<Line> lines)
    {
        var starts = new List<int>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (IsTitle(text, lines, i))
            {
                starts.Add(i);
            }
        }
        var notices = new List<NoticeSpan>(starts.Count + 1);
        int firstContent = FirstContentLine(text, lines, starts.Count > 0 ? starts[0] : lines.Length);
        if (firstContent >= 0)
        {
            // Text before the first title that is not page chrome is still a post: never drop text silently.
            starts.Insert(0, firstContent);
        }
        for (int k = 0; k < starts.Count; k++)
        {
            int first = starts[k];
            int last = (k + 1 < starts.Count ? starts[k + 1] : lines.Length) - 1;
            while (last > first && (IsBlank(text, lines[last]) || (k + 1 == starts.Count && IsChrome(text, lines[last]))))
            {
                last--;
            }
            int start = lines[first].Start;
            int end = lines[last].End;
            var header = TitleLine.Parse(text, lines[first].Start, lines[first].End, start);
            notices.Add(new NoticeSpan(start, end, header));
        }
        return notices;
    }

    private int FirstContentLine(ReadOnlySpan<char> text, ReadOnlySpan<Line> lines, int before)
    {
        for (int i = 0; i < before; i++)
        {
            if (!IsBlank(text, lines[i]) && !IsChrome(text, lines[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private bool IsTitle(ReadOnlySpan<char> text, ReadOnlySpan<Line> lines, int i)
    {
        var line = Trimmed(text, lines[i]);
        if (line.StartsWith(TitleLine.CasebookMarker, StringComparison.Ordinal))
        {
            return true;
        }
        return IsBareTitle(text, lines, i, line);
    }

    private bool IsBareTitle(ReadOnlySpan<char> text, ReadOnlySpan<Line> lines, int i, ReadOnlySpan<char> line)
    {
        if (line.Length < MinBareTitleLength || line.Length > MaxBareTitleLength || IsChrome(text, lines[i]))
        {
            return false;
        }
        if (line[^1] is '。' or ':' or '、' or ',' || line[0] is '【' or '<' or '〈' or '(' or '・' or '※' or '-' or '*'
            || (char.IsAsciiDigit(line[0]) && line.Length > 1 && line[1] is '.' or ' ' or ')'))
        {
            return false;
        }
        bool blankBefore = i == 0 || IsBlank(text, lines[i - 1]);
        int blanksAfter = 0;
        bool nbspAfter = false;
        for (int j = i + 1; j < lines.Length && j <= i + 3 && IsBlank(text, lines[j]); j++)
        {
            blanksAfter++;
            nbspAfter |= lines[j].HadSpaces;
        }
        bool endOfText = i + 1 + blanksAfter >= lines.Length;
        if (!blankBefore || blanksAfter < 2 || endOfText)
        {
            return false;
        }
        int score = 0;
        if (nbspAfter)
        {
            score += 2;
        }
        if (TitleLine.TryTrailingDate(text, lines[i].Start, lines[i].End, out _, out _))
        {
            score += 2;
        }
        if (line.Length >= 15)
        {
            score++;
        }
        foreach (var cue in _titleCues)
        {
            if (line.Contains(cue, StringComparison.Ordinal))
            {
                score++;
                break;
            }
        }
        if (IsLabelValue(line))
        {
            score -= 2;
        }
        if (i + 1 + blanksAfter < lines.Length && IsDateOnly(Trimmed(text, lines[i + 1 + blanksAfter])))
        {
            // A title followed by nothing but its date is an entry in a list of releases inside a post.
            score -= 2;
        }
        return score >= 2;
    }

    // "ランサムウェアギャング:LockBit": a short label, a colon, a value with no spaces: a list entry.
    private static bool IsLabelValue(ReadOnlySpan<char> line)
    {
        int colon = line.IndexOf(':');
        return colon is >= 2 and <= 12 && colon + 1 < line.Length && line[(colon + 1)..].IndexOf(' ') < 0;
    }

    private static bool IsDateOnly(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > 30 || !char.IsAsciiDigit(line[^1]) && line[^1] is not (')' or '日'))
        {
            return false;
        }
        foreach (char c in line)
        {
            if (!char.IsAsciiDigit(c) && "年月日令和平成昭元()曜火水木金土/.- ".IndexOf(c) < 0)
            {
                return false;
            }
        }
        return true;
    }

    private bool IsChrome(ReadOnlySpan<char> text, Line line)
    {
        var s = text[line.Start..line.End];
        foreach (var c in _chrome)
        {
            if (s.Contains(c, StringComparison.Ordinal) && s.Trim().Length <= c.Length + 40)
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> Trimmed(ReadOnlySpan<char> text, Line line) => text[line.Start..line.End].Trim(' ');

    private static bool IsBlank(ReadOnlySpan<char> text, Line line) => Trimmed(text, line).IsEmpty;

    private static int FillLines(ReadOnlySpan<char> text, Line[] lines)
    {
        int count = 0;
        int start = 0;
        while (start <= text.Length)
        {
            int nl = text[start..].IndexOf('\n');
            int end = nl < 0 ? text.Length : start + nl;
            bool spaces = end > start && text[start..end].Trim(' ').IsEmpty;
            lines[count++] = new Line(start, end, spaces);
            start = end + 1;
        }
        return count;
    }

    private readonly record struct Line(int Start, int End, bool HadSpaces);
}
