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
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<Type, object> _shared = [];
    private readonly IReadOnlyDictionary<IIncidentExtractor, string> _extractorNames;
    private SectionTree? _sections;
    private IReadOnlyList<Token>? _tokens;

    internal ExtractionContext(NormalizedText document, NoticeSpan notice, int streamOffset, ITokenizer tokenizer,
        JapaneseDate? referenceDate, List<Diagnostic> diagnostics, IReadOnlyDictionary<IIncidentExtractor, string> extractorNames)
    {
        _extractorNames = extractorNames;
        _document = document;
        _offset = notice.Start;
        _streamOffset = streamOffset;
        _tokenizer = tokenizer;
        _diagnostics = diagnostics;
        Text = document.Text.Substring(notice.Start, notice.End - notice.Start);
        Header = notice.Header;
        ReferenceDate = referenceDate ?? notice.Header.Published;
        Incident = new IncidentDraft
        {
            CasebookId = notice.Header.CasebookId,
            Title = notice.Header.Title.Length == 0 ? "" : Source(notice.Header.Title.Start, notice.Header.Title.End).Text.Trim(),
            Published = notice.Header.Published,
        };
    }

    /// <summary>The notice's normalized text; every offset an extractor handles is into this string.</summary>
    public string Text { get; }

    /// <summary>Title, casebook id and date read from the notice's first line.</summary>
    public NoticeHeader Header { get; }

    /// <summary>The date that yearless dates are completed from: the caller's reference date, else the notice's own date.</summary>
    public JapaneseDate? ReferenceDate { get; }

    /// <summary>The notice's outline.</summary>
    public SectionTree Sections => _sections ??= BuildSections();

    /// <summary>The notice's tokens, computed once on first use.</summary>
    public IReadOnlyList<Token> Tokens => _tokens ??= _tokenizer.Tokenize(Text);

    /// <summary>The tokenizer the parser was built with.</summary>
    public ITokenizer Tokenizer => _tokenizer;

    /// <summary>What the extractors found so far.</summary>
    public IncidentDraft Incident { get; }

    /// <summary>Maps <c>Text[start..end)</c> to the exact characters of the input and their offsets there.</summary>
    public SourceText Source(int start, int end)
    {
        var span = _document.ToOriginal(new TextSpan(start + _offset, end + _offset));
        return new SourceText(_document.Original.Substring(span.Start, span.Length), span.Start + _streamOffset, span.End + _streamOffset);
    }

    /// <summary>Maps a span of <see cref="Text"/> to the input.</summary>
    public SourceText Source(TextSpan span) => Source(span.Start, span.End);

    /// <summary>
    /// An analysis shared by several extractors (the date mentions, say), computed by the first
    /// one that asks and reused by the others, so no extractor scans the notice for it again.
    /// </summary>
    public T GetShared<T>(Func<ExtractionContext, T> compute) where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_shared.TryGetValue(typeof(T), out var value))
        {
            return (T)value;
        }
        var created = compute(this);
        _shared[typeof(T)] = created;
        return created;
    }

    /// <summary>Records a diagnostic at <c>Text[start..end)</c>.</summary>
    public void Report(string code, string message, int start, int end, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
    {
        var at = Source(start, end);
        _diagnostics.Add(new Diagnostic(code, message, severity, at.Start, at.End));
    }

    /// <summary>Records a fact outside the contract, shown in <see cref="Model.Incident.Annotations"/>.</summary>
    public void Annotate(IIncidentExtractor extractor, string key, string value, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var at = Source(start, end);
        // The parser's extractors are named once when it is built (reading the attribute allocates each time).
        string name = _extractorNames.TryGetValue(extractor, out var known) ? known : ExtractorList.NameOf(extractor);
        Incident.Annotations.Add(new Annotation(name, key, value, at.Text, at.Start, at.End));
    }

    private SectionTree BuildSections()
    {
        return SectionTree.Build(Text, i => _document.Original[_document.ToOriginalStart(i + _offset)]);
    }
}
