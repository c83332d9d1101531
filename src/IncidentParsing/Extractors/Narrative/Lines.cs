using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Narrative;

/// <summary>Line and paragraph spans of a normalized notice, trimmed of spaces.</summary>
internal static class Lines
{
    /// <summary>Each non-blank line in <c>text[start..end)</c>, trimmed.</summary>
    public static LineSpans Of(string text, int start, int end) => new(text, start, end);

    /// <summary>
    /// The non-blank lines of a window, trimmed, found as a <c>foreach</c> asks for them; a struct that is its
    /// own enumerator, so reading lines allocates nothing.
    /// </summary>
    internal struct LineSpans(string text, int start, int end)
    {
        private int _next = start;

        /// <summary>The line found by the last <see cref="MoveNext"/>.</summary>
        public TextSpan Current { get; private set; }

        /// <summary>The enumerator (this struct itself).</summary>
        public readonly LineSpans GetEnumerator() => this;

        /// <summary>Finds the next non-blank line.</summary>
        public bool MoveNext()
        {
            while (_next < end)
            {
                int lineEnd = text.IndexOf('\n', _next, end - _next);
                lineEnd = lineEnd < 0 ? end : lineEnd;
                var line = Trim(text, new TextSpan(_next, lineEnd));
                _next = lineEnd + 1;
                if (!line.IsEmpty)
                {
                    Current = line;
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>The first paragraph at or after <paramref name="start"/>: consecutive non-blank lines, trimmed.</summary>
    public static TextSpan? Paragraph(string text, int start, int end)
    {
        int first = -1;
        int last = -1;
        int lineStart = start;
        while (lineStart < end)
        {
            int lineEnd = text.IndexOf('\n', lineStart, end - lineStart);
            lineEnd = lineEnd < 0 ? end : lineEnd;
            var line = Trim(text, new TextSpan(lineStart, lineEnd));
            if (line.IsEmpty && first >= 0)
            {
                break;
            }
            if (!line.IsEmpty)
            {
                first = first < 0 ? line.Start : first;
                last = line.End;
            }
            lineStart = lineEnd + 1;
        }
        return first < 0 ? null : new TextSpan(first, last);
    }

    /// <summary><paramref name="span"/> without leading and trailing white space.</summary>
    public static TextSpan Trim(string text, TextSpan span)
        => span.TrimWhiteSpace(text);
}
