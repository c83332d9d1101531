using IncidentParsing.Layout;
using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Notices;

/// <summary>What a notice's first line says. Spans are into the notice's normalized text.</summary>
/// <param name="CasebookId"><c>2024-354</c>, <c>2022</c>, or null without a header.</param>
/// <param name="Title">The title without header and trailing date.</param>
/// <param name="Published">The date at the end of the title line.</param>
/// <param name="PublishedSpan">Where that date stands (empty when there is none).</param>
/// <param name="BodyStart">Where the text after the title line starts.</param>
internal readonly record struct NoticeHeader(string? CasebookId, TextSpan Title, JapaneseDate? Published, TextSpan PublishedSpan, int BodyStart);

/// <summary>A notice found in a document: a range of the document's normalized text and its header.</summary>
/// <param name="Start">First normalized offset.</param>
/// <param name="End">Normalized offset after the notice.</param>
/// <param name="Header">The header, with spans relative to <paramref name="Start"/>.</param>
internal readonly record struct NoticeSpan(int Start, int End, NoticeHeader Header)
{
    private readonly NoticeLayout? _layout;

    /// <summary>
    /// The notice's layout: the role of every line, with spans relative to <see cref="Start"/>. A blog post's is read
    /// when first asked for (<see cref="Pipeline.ExtractionContext.Layout"/>): its header says all the parse needs.
    /// </summary>
    public NoticeLayout Layout { get => _layout ?? NoticeLayout.Empty; init => _layout = value; }

    /// <summary>The kind of document the notice was read from.</summary>
    public DocumentKind Kind { get; init; }

    internal bool HasLayout => _layout is not null;
}
