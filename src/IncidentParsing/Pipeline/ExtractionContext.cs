using IncidentParsing.Layout;
using IncidentParsing.Lexicons;
using IncidentParsing.Model;
using IncidentParsing.Notices;
using IncidentParsing.Text;
using IncidentParsing.Tokenization;

namespace IncidentParsing.Pipeline;

/// <summary>
/// One notice as the extractors see it: its normalized text, header, outline and tokens, the
/// incident draft they write to, and analyses shared between them. Created per notice, used by one thread.
/// </summary>
public sealed class ExtractionContext
{
    private readonly NormalizedText _document;
    private readonly int _offset;
    private readonly int _streamOffset;
    private readonly ITokenizer _tokenizer;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly NoticeSplitter _splitter;
    private NoticeLayout? _layout;
    private NoticeTextPool? _texts; // made on the first value's text: many posts have none
    // A handful of shared analyses per notice: a short list searched by reference beats a hash table here.
    private readonly List<KeyValuePair<Type, object>> _shared = new(8);
    private readonly IReadOnlyDictionary<IIncidentExtractor, string> _extractorNames;
    private SectionTree? _sections;
    private IReadOnlyList<Token>? _tokens;

    internal ExtractionContext(NormalizedText document, NoticeSpan notice, int streamOffset, ITokenizer tokenizer,
        JapaneseDate? referenceDate, IReadOnlyDictionary<IIncidentExtractor, string> extractorNames, NoticeSplitter splitter)
    {
        _splitter = splitter;
        _extractorNames = extractorNames;
        _document = document;
        _offset = notice.Start;
        _streamOffset = streamOffset;
        _tokenizer = tokenizer;
        Text = notice.HasLayout ? MaskedText(document.Span[notice.Start..notice.End], notice.Layout) : new string(document.Span[notice.Start..notice.End]);
        Header = notice.Header;
        _layout = notice.HasLayout ? notice.Layout : null;
        DocumentKind = notice.Kind;
        ReferenceDate = referenceDate ?? notice.Header.Published;
        TitleSource = notice.Header.Title.IsEmpty ? null : Source(notice.Header.Title);
        Incident = new IncidentDraft
        {
            CasebookId = notice.Header.CasebookId,
            Title = TitleSource is null ? "" : TitleText(TitleSource.Text),
            Published = notice.Header.Published,
        };
    }

    /// <summary>The notice's normalized text; every offset an extractor handles is into this string.</summary>
    public string Text { get; }

    /// <summary>The title's characters in the input, or null for a notice without a title line.</summary>
    internal SourceText? TitleSource { get; }

    /// <summary>Title, casebook id and date read from the notice's first line.</summary>
    internal NoticeHeader Header { get; }

    /// <summary>Where the notice's title stands in <see cref="Text"/> (empty for a notice without one).</summary>
    public TextSpan TitleSpan => Header.Title;

    /// <summary>Where the notice's body starts in <see cref="Text"/>: after the title and what stands above it.</summary>
    public int BodyStart => Header.BodyStart;

    /// <summary>The notice's layout: the role of every line (chrome, date line, addressee, issuer, title, lead, contact, signature…).</summary>
    internal NoticeLayout Layout => _layout ??= _splitter.ReadPostLayout(Text);

    /// <summary>The kind of document the notice was read from (without reading a blog post's layout).</summary>
    public DocumentKind DocumentKind { get; }

    /// <summary>The date that yearless dates are completed from: the caller's reference date, else the notice's own date.</summary>
    public JapaneseDate? ReferenceDate { get; }

    /// <summary>The notice's outline.</summary>
    internal SectionTree Sections => _sections ??= BuildSections();

    /// <summary>The notice's tokens, computed once on first use.</summary>
    public IReadOnlyList<Token> Tokens => _tokens ??= _tokenizer.Tokenize(Text);

    /// <summary>
    /// Tokenizes the notice now rather than on first use. A tokenizer that fails here fails again
    /// for the extractor that asks, which reports it as that extractor's failure, as without this call.
    /// </summary>
    internal void PrepareTokens()
    {
        try
        {
            _tokens ??= _tokenizer.Tokenize(Text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Left for the extractor that asks (see above).
        }
    }

    /// <summary>True once the notice has been tokenized.</summary>
    internal bool HasTokens => _tokens is not null;

    /// <summary>The diagnostics recorded so far, in the order they were reported.</summary>
    internal List<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The tokenizer the parser was built with.</summary>
    public ITokenizer Tokenizer => _tokenizer;

    /// <summary>What the extractors found so far.</summary>
    public IncidentDraft Incident { get; }

    /// <summary>Maps <c>Text[start..end)</c> to the exact characters of the input and their offsets there.</summary>
    public SourceText Source(int start, int end)
    {
        var (text, from, to) = SourceString(start, end);
        return new SourceText(text, from, to);
    }

    /// <summary><see cref="Source(int, int)"/> without the <see cref="SourceText"/> around it.</summary>
    internal (string Text, int Start, int End) SourceString(int start, int end)
    {
        var span = ToDocument(start, end);
        string text = VocabularyStrings.Embedded.Get(_document.Original.AsSpan(span.Start, span.Length));
        return (text, span.Start + _streamOffset, span.End + _streamOffset);
    }

    /// <summary>
    /// The input characters and offsets of <c>Text[start..end)</c> for a value's <c>Text</c>: a shared vocabulary
    /// word, or a slice of the notice's one text buffer, so the value costs no string of its own.
    /// </summary>
    internal (SourceChars Text, int Start, int End) SourceValue(int start, int end)
    {
        var span = ToDocument(start, end);
        var chars = _document.Original.AsSpan(span.Start, span.Length);
        var text = VocabularyStrings.Embedded.TryGet(chars, out var word) ? new SourceChars(word) : (_texts ??= new()).Add(chars);
        return (text, span.Start + _streamOffset, span.End + _streamOffset);
    }

    /// <summary>Fixes the notice's text buffer once extraction is over; the values made from it stay readable.</summary>
    internal void SealTexts() => _texts?.Seal();

    /// <summary>
    /// The exact input characters behind <c>Text[start..end)</c>, without copying them: for checks on how
    /// something was written (<c>①</c> rather than <c>1</c>) that need no string.
    /// </summary>
    public ReadOnlySpan<char> OriginalChars(int start, int end)
    {
        var span = ToDocument(start, end);
        return _document.Original.AsSpan(span.Start, span.Length);
    }

    /// <summary>Maps a span of <see cref="Text"/> to the input.</summary>
    public SourceText Source(TextSpan span) => Source(span.Start, span.End);

    /// <summary>The input offsets of a span of <see cref="Text"/> (as <see cref="Source(TextSpan)"/> gives them), without copying its text.</summary>
    public TextSpan SourceSpan(TextSpan span)
    {
        var at = ToDocument(span.Start, span.End);
        return new TextSpan(at.Start + _streamOffset, at.End + _streamOffset);
    }

    // Text[start..end) as offsets into the document's original text (before the stream offset is added).
    private TextSpan ToDocument(int start, int end) => _document.ToOriginal(new TextSpan(start + _offset, end + _offset));

    /// <summary>
    /// An analysis shared by several extractors (the date mentions, say), computed by the first
    /// one that asks and reused by the others, so no extractor scans the notice for it again.
    /// </summary>
    public T GetShared<T>(Func<ExtractionContext, T> compute) where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        foreach (var (type, value) in _shared)
        {
            if (type == typeof(T))
            {
                return (T)value;
            }
        }
        var created = compute(this);
        _shared.Add(new(typeof(T), created));
        return created;
    }

    /// <summary>Records a diagnostic at <c>Text[start..end)</c>.</summary>
    public void Report(string code, string message, int start, int end, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
    {
        var at = SourceSpan(new TextSpan(start, end));
        _diagnostics.Add(new Diagnostic(code, message, severity, at.Start, at.End));
    }

    /// <summary>Records a fact outside the contract, shown in <see cref="Model.Incident.Annotations"/>.</summary>
    public void Annotate(IIncidentExtractor extractor, string key, string value, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var at = SourceValue(start, end);
        // The parser's extractors are named once when it is built (reading the attribute allocates each time).
        string name = _extractorNames.TryGetValue(extractor, out var known) ? known : ExtractorList.NameOf(extractor);
        Incident.Annotations.Add(new Annotation(name, key, value, at.Text, at.Start, at.End));
    }

    // Page furniture, news credits and (outside a blog) links to other articles are blanked out of the text the
    // extractors read, offsets unchanged, so no count, date, name or statement is taken from them.
    private static string MaskedText(ReadOnlySpan<char> notice, NoticeLayout layout)
    {
        bool blog = layout.Kind == DocumentKind.BlogPost;
        bool any = false;
        foreach (var line in layout.Lines)
        {
            any |= Masked(line.Role, blog) && line.End > line.Start;
        }
        if (!any)
        {
            return new string(notice);
        }
        var chars = notice.ToArray();
        foreach (var line in layout.Lines)
        {
            if (Masked(line.Role, blog) && line.End <= chars.Length)
            {
                chars.AsSpan(line.Start, line.End - line.Start).Fill(' ');
            }
        }
        return new string(chars);
    }

    private static bool Masked(LineRole role, bool blog) => role is LineRole.Chrome or LineRole.Credit || (role == LineRole.Related && !blog);

    // A title wrapped onto two lines reads as one line.
    private static string TitleText(string source)
    {
        string title = source.Trim();
        return title.Contains('\n') ? string.Join("", title.Split('\n', StringSplitOptions.TrimEntries)) : title;
    }

    private SectionTree BuildSections()
    {
        return SectionTree.Build(Text, i => _document.Original[_document.ToOriginalStart(i + _offset)]);
    }
}
