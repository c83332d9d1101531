using System.Buffers;
using IncidentParsing.Dates;
using IncidentParsing.Layout;
using IncidentParsing.Lexicons;

namespace IncidentParsing.Notices;

/// <summary>
/// Cuts a document into notices and reads each one's layout. A blog dump is cut into posts: a post starts at a
/// <c>【セキュリティ事件簿#…】</c> header or at a bare title line (a line standing alone between a blank line and
/// at least two blank or U+00A0-only lines, that reads like a title rather than a sentence, a heading, a list entry,
/// a date, an addressee or an issuer). Any other document (an organization's notice, a news article, a web page)
/// is one notice, cut only at a clear post boundary: two blank lines, then a title with its own date or body.
/// Page chrome before the first notice and after the last is dropped.
/// </summary>
/// <remarks>
/// Each decision looks only at the line itself, the line before (blank or not) and a few lines ahead, never at
/// the post before, so a post splits the same alone or inside a dump.
/// </remarks>
internal sealed class NoticeSplitter
{
    private const int MinBareTitleLength = 8;
    private const int MaxBareTitleLength = 200;
    // A text of at most this many lines, this long, is a flattened PDF.
    private const int FlattenedMaxLines = 3;
    private const int FlattenedMinLength = 400;
    // A clear boundary inside a single document needs this much of a notice before it.
    private const int MinNoticeBeforeBoundary = 300;
    private readonly string[] _titleCues;
    private readonly JapaneseDateRecognizer _dates = JapaneseDateRecognizer.Default;
    private readonly NoticeLayoutReader _reader;

    /// <summary>Creates a splitter with the embedded vocabularies.</summary>
    public NoticeSplitter()
    {
        _titleCues = Lexicon.ReadEmbedded("Notices/title-cues.tsv").Select(r => r[0]).ToArray();
        _reader = new NoticeLayoutReader(new LineClassifier(LayoutLexicon.Embedded, _dates), _dates);
    }

    private LineClassifier Classifier => _reader.Classifier;

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
        int breaks = text.Count('\n');
        if (breaks < FlattenedMaxLines && text.Length >= FlattenedMinLength)
        {
            return Split(text, FlattenedLines(text));
        }
        var rented = ArrayPool<TextLine>.Shared.Rent(breaks + 1);
        try
        {
            return Split(text, rented.AsSpan(0, FillLines(text, rented)));
        }
        finally
        {
            ArrayPool<TextLine>.Shared.Return(rented);
        }
    }

    private List<NoticeSpan> Split(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines)
    {
        var starts = new List<int>();
        bool casebook = false;
        for (int i = 0; i < lines.Length; i++)
        {
            if (Trimmed(text, lines[i]).StartsWith(TitleLine.CasebookMarker, StringComparison.Ordinal))
            {
                starts.Add(i);
                casebook = true;
            }
            else if (IsBareTitle(text, lines, i, Trimmed(text, lines[i])) && !RepeatsStart(text, lines, starts, i))
            {
                starts.Add(i);
            }
        }
        // One bare title inside a document is a notice's title set apart by blank lines, not a blog's post header;
        // a document that opens with one is a post of a dump, cut out of it, and reads as it did there.
        bool dump = casebook || starts.Count >= 2
            || (starts.Count == 1 && FirstContentLine(text, lines, starts[0]) < 0);
        if (!dump)
        {
            starts.Clear();
        }
        int firstContent = FirstContentLine(text, lines, starts.Count > 0 ? starts[0] : lines.Length);
        if (firstContent >= 0)
        {
            // Text before the first title that is not page chrome is still a post: never drop text silently.
            starts.Insert(0, firstContent);
        }
        if (!dump && starts.Count > 0)
        {
            AddClearBoundaries(text, lines, starts);
        }
        var notices = new List<NoticeSpan>(starts.Count);
        for (int k = 0; k < starts.Count; k++)
        {
            int first = starts[k];
            int last = (k + 1 < starts.Count ? starts[k + 1] : lines.Length) - 1;
            while (last > first && (IsBlank(text, lines[last]) || (k + 1 == starts.Count && IsChrome(text, lines[last]))))
            {
                last--;
            }
            bool postHeader = dump && (k > 0 || firstContent < 0);
            // Text before a dump's first post header reads as it would alone: as a notice.
            var kind = postHeader ? DocumentKind.BlogPost : DocumentKind.Notice;
            if (postHeader)
            {
                var postHeaderLine = TitleLine.Parse(text, lines[first].Start, lines[first].End, lines[first].Start);
                notices.Add(new NoticeSpan(lines[first].Start, lines[last].End, postHeaderLine) { Kind = kind });
                continue;
            }
            var (header, layout) = _reader.Read(text, lines[first..(last + 1)], postHeader, kind);
            notices.Add(new NoticeSpan(lines[first].Start, lines[last].End, header) { Layout = layout, Kind = layout.Kind });
        }
        return notices;
    }

    /// <summary>The layout of a blog post (its text alone, its first line the post's header), read on demand.</summary>
    internal NoticeLayout ReadPostLayout(string post)
    {
        var lines = new List<TextLine>();
        int start = 0;
        while (start <= post.Length)
        {
            int nl = post.IndexOf('\n', start);
            int end = nl < 0 ? post.Length : nl;
            lines.Add(new TextLine(start, end, end > start && post.AsSpan(start, end - start).Trim(' ').IsEmpty));
            start = end + 1;
        }
        return _reader.Read(post, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lines), postHeader: true, DocumentKind.BlogPost).Layout;
    }

    // A title printed twice (the page's title, then the heading) starts one post, not two.
    private static bool RepeatsStart(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, List<int> starts, int i)
    {
        if (starts.Count == 0 || i - starts[^1] > 12)
        {
            return false;
        }
        var previous = Trimmed(text, lines[starts[^1]]);
        var line = Trimmed(text, lines[i]);
        return previous.SequenceEqual(line) || previous.StartsWith(line) || line.StartsWith(previous);
    }

    // Two blank lines, then a title followed by its own date line or by a blank line and a statement: a notice
    // that a document holds after another (a follow-up report under the first).
    private void AddClearBoundaries(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, List<int> starts)
    {
        int noticeStart = lines[starts[0]].Start;
        for (int i = starts[0] + 3; i + 2 < lines.Length; i++)
        {
            if (!IsBlank(text, lines[i - 1]) || !IsBlank(text, lines[i - 2]) || IsBlank(text, lines[i])
                || lines[i].Start - noticeStart < MinNoticeBeforeBoundary)
            {
                continue;
            }
            var line = Trimmed(text, lines[i]);
            if (line.Length is < 10 or > 120)
            {
                continue;
            }
            var facts = Classifier.Classify(text, lines[i].Start, lines[i].End);
            if (facts.Role != LineRole.Body || !facts.TitleLike || facts.Has(LineShape.Sentence) || facts.Has(LineShape.Numbered))
            {
                continue;
            }
            var next = Classifier.Classify(text, lines[i + 1].Start, lines[i + 1].End);
            bool dated = next.Role == LineRole.Date;
            bool opens = next.Role == LineRole.Blank && !IsBlank(text, lines[i + 2])
                && Classifier.Classify(text, lines[i + 2].Start, lines[i + 2].End).Has(LineShape.Sentence);
            if (dated || opens)
            {
                starts.Add(i);
                noticeStart = lines[i].Start;
            }
        }
    }

    private int FirstContentLine(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, int before)
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

    private bool IsBareTitle(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, int i, ReadOnlySpan<char> line)
    {
        if (line.Length < MinBareTitleLength || line.Length > MaxBareTitleLength
            || line.StartsWith(TitleLine.CasebookMarker, StringComparison.Ordinal))
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
        // The layout's look at the line comes last: it is the costly check, and few lines get this far.
        if (!blankBefore || blanksAfter < 2 || endOfText || IsChrome(text, lines[i]))
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
        if (score < 2)
        {
            return false;
        }
        // Lines that stand apart like titles but are a notice's date, addressee, issuer or label.
        var facts = Classifier.Classify(text, lines[i].Start, lines[i].End);
        return facts.Role == LineRole.Body && !(facts.Has(LineShape.IssuerLike) && !facts.TitleLike);
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

    private bool IsChrome(ReadOnlySpan<char> text, TextLine line) => Classifier.Classify(text, line.Start, line.End).Role == LineRole.Chrome;

    private static ReadOnlySpan<char> Trimmed(ReadOnlySpan<char> text, TextLine line) => text[line.Start..line.End].Trim(' ');

    private static bool IsBlank(ReadOnlySpan<char> text, TextLine line) => Trimmed(text, line).IsEmpty;

    // A PDF whose text came out as one line: the spaces stand where its lines broke, so its layout is read from
    // the pieces between them (the text itself, and every offset, stay as they are).
    private static TextLine[] FlattenedLines(ReadOnlySpan<char> text)
    {
        var lines = new List<TextLine>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not (' ' or '\n'))
            {
                continue;
            }
            if (i > start)
            {
                lines.Add(new TextLine(start, i, false));
            }
            if (i < text.Length && text[i] == '\n')
            {
                lines.Add(new TextLine(i, i, true)); // keep a real break as a blank line
            }
            start = i + 1;
        }
        if (lines.Count == 0)
        {
            lines.Add(new TextLine(0, text.Length, false));
        }
        return lines.ToArray();
    }

    private static int FillLines(ReadOnlySpan<char> text, TextLine[] lines)
    {
        int count = 0;
        int start = 0;
        while (start <= text.Length)
        {
            int nl = text[start..].IndexOf('\n');
            int end = nl < 0 ? text.Length : start + nl;
            bool spaces = end > start && text[start..end].Trim(' ').IsEmpty;
            lines[count++] = new TextLine(start, end, spaces);
            start = end + 1;
        }
        return count;
    }

}
