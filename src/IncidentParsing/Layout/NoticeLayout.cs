using IncidentParsing.Text;

namespace IncidentParsing.Layout;

/// <summary>One line of a notice and its role. Offsets are into the notice's normalized text.</summary>
/// <param name="Start">First offset of the line.</param>
/// <param name="End">Offset of its line break (or of the notice's end).</param>
/// <param name="Role">What the line is.</param>
internal readonly record struct LayoutLine(int Start, int End, LineRole Role)
{
    /// <summary>The line as a span.</summary>
    public TextSpan Span => new(Start, End);
}

/// <summary>
/// The layout of one notice: every line with its role, the kind of document it came from, and where its title and
/// body are. Extractors read it through <see cref="Pipeline.ExtractionContext.Layout"/> to ask for "the lines before the
/// title", "the signature block" or "the contact block" instead of re-reading the page. Immutable.
/// </summary>
internal sealed class NoticeLayout
{
    private readonly LayoutLine[] _lines;

    internal NoticeLayout(DocumentKind kind, LayoutLine[] lines, int titleLine, int bodyStart)
    {
        Kind = kind;
        _lines = lines;
        TitleLine = titleLine;
        BodyStart = bodyStart;
    }

    /// <summary>An empty layout, for a notice with no text.</summary>
    internal static NoticeLayout Empty { get; } = new(DocumentKind.Notice, [], -1, 0);

    /// <summary>The kind of document the notice was read from.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Every line of the notice, in order.</summary>
    public IReadOnlyList<LayoutLine> Lines => _lines;

    /// <summary>The index in <see cref="Lines"/> of the (first) title line, or -1 where the notice has no title line.</summary>
    public int TitleLine { get; }

    /// <summary>Where the body starts: the first statement after the title and the lines that go with it.</summary>
    public int BodyStart { get; }

    /// <summary>The role of the line holding <paramref name="offset"/> (<see cref="LineRole.Body"/> outside every line).</summary>
    public LineRole RoleAt(int offset)
    {
        int i = LineIndexAt(offset);
        return i < 0 ? LineRole.Body : _lines[i].Role;
    }

    /// <summary>True where <paramref name="offset"/> stands on page furniture, a caption, a credit or a related link.</summary>
    public bool IsChrome(int offset) => RoleAt(offset) is LineRole.Chrome or LineRole.Caption or LineRole.Credit or LineRole.Related;

    /// <summary>The non-blank lines before the title (all of them where there is no title line).</summary>
    public IEnumerable<LayoutLine> LinesBeforeTitle()
    {
        int end = TitleLine < 0 ? 0 : TitleLine;
        for (int i = 0; i < end; i++)
        {
            if (_lines[i].Role != LineRole.Blank)
            {
                yield return _lines[i];
            }
        }
    }

    /// <summary>Every line with <paramref name="role"/>, in order.</summary>
    public IEnumerable<LayoutLine> LinesOf(LineRole role)
    {
        foreach (var line in _lines)
        {
            if (line.Role == role)
            {
                yield return line;
            }
        }
    }

    /// <summary>
    /// The first block of lines with <paramref name="role"/> (blank lines inside it included), from the start of its
    /// first line to the end of its last; null where there is none. <c>Block(LineRole.Signature)</c>,
    /// <c>Block(LineRole.Contact)</c>.
    /// </summary>
    public TextSpan? Block(LineRole role)
    {
        int first = Array.FindIndex(_lines, l => l.Role == role);
        if (first < 0)
        {
            return null;
        }
        int last = first;
        for (int i = first + 1; i < _lines.Length && _lines[i].Role is var r && (r == role || r == LineRole.Blank); i++)
        {
            if (r == role)
            {
                last = i;
            }
        }
        return new TextSpan(_lines[first].Start, _lines[last].End);
    }

    private int LineIndexAt(int offset)
    {
        int lo = 0;
        int hi = _lines.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < _lines[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset > _lines[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }
}
