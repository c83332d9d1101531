namespace IncidentParsing.Text;

/// <summary>How a section heading is marked in the text.</summary>
internal enum HeadingStyle
{
    /// <summary>The text before the first heading.</summary>
    None,
    /// <summary><c>1.</c> or <c>1 </c>.</summary>
    Number,
    /// <summary><c>(1)</c>.</summary>
    ParenNumber,
    /// <summary><c>①</c>.</summary>
    Circled,
    /// <summary><c>【…】</c>.</summary>
    LenticularBracket,
    /// <summary><c>&lt;…&gt;</c> or <c>〈…〉</c>.</summary>
    AngleBracket,
    /// <summary><c>■</c>, <c>●</c>, <c>◆</c>, <c>□</c>.</summary>
    Symbol,
}

/// <summary>A heading and the text under it, with its sub-sections. Spans are in the notice's normalized text.</summary>
internal sealed class Section
{
    private readonly List<Section> _children = [];

    internal Section(string heading, TextSpan headingSpan, int bodyStart, HeadingStyle style, Section? parent)
    {
        Heading = heading;
        HeadingSpan = headingSpan;
        Body = new TextSpan(bodyStart, bodyStart);
        Style = style;
        Parent = parent;
    }

    /// <summary>The heading's words, without its number or brackets.</summary>
    public string Heading { get; }

    /// <summary>Where the heading line stands.</summary>
    public TextSpan HeadingSpan { get; }

    /// <summary>Everything under the heading, sub-sections included.</summary>
    public TextSpan Body { get; internal set; }

    /// <summary>How the heading is marked.</summary>
    public HeadingStyle Style { get; }

    /// <summary>The enclosing section, or null for a top-level one.</summary>
    public Section? Parent { get; }

    /// <summary>Sections nested under this one.</summary>
    public IReadOnlyList<Section> Children => _children;

    /// <summary>Nesting depth: 1 for a top-level section.</summary>
    public int Level => Parent is null ? 1 : Parent.Level + 1;

    internal void Add(Section child) => _children.Add(child);

    /// <inheritdoc />
    public override string ToString() => $"{new string(' ', Level * 2)}{Style}: {Heading} {Body}";
}
