namespace IncidentParsing.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 offsets.</summary>
/// <param name="Start">First offset, inclusive.</param>
/// <param name="End">Last offset, exclusive.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers nothing.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one offset.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The span moved by <paramref name="delta"/>.</summary>
    public TextSpan Shift(int delta) => new(Start + delta, End + delta);

    /// <summary>This span of <paramref name="text"/> without its leading and trailing white space (clamped to the text).</summary>
    public TextSpan TrimWhiteSpace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = Math.Max(Start, 0);
        int end = Math.Min(End, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return new TextSpan(start, Math.Max(start, end));
    }

    /// <summary>True when this span of <paramref name="text"/>, spaces and tabs around it aside, is a whole line of it.</summary>
    internal bool FillsLine(string text)
    {
        int before = Start;
        while (before > 0 && text[before - 1] is ' ' or '\t')
        {
            before--;
        }
        int after = End;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }
        return (before == 0 || text[before - 1] is '\n' or '\r') && (after == text.Length || text[after] is '\n' or '\r');
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
