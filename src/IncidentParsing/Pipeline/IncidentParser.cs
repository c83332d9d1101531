using System.Runtime.CompilerServices;
using System.Text;
using IncidentParsing.Model;
using IncidentParsing.Notices;
using IncidentParsing.Text;
using IncidentParsing.Tokenization;

namespace IncidentParsing.Pipeline;

/// <summary>
/// Turns a text (usually a dump of many notices) into one <see cref="Incident"/> per notice.
/// Immutable and safe to share across threads. Bad text never throws: what could not be read is
/// reported as diagnostics; only misuse of the API (a null argument) throws.
/// </summary>
public sealed class IncidentParser
{
    private const int StreamBlockSize = 64 * 1024;
    private const int MaxStreamChunk = 4 * 1024 * 1024;
    // Notices tokenized ahead of extraction with a morphological analyzer: enough to amortize cache
    // refills, few enough that their tokens stay small (MeCab's for the 50 seed notices are under 1.5 MB).
    private const int TokenizeAhead = 64;
    private readonly IIncidentExtractor[] _extractors;
    private readonly NoticeSplitter _splitter = new();
    private readonly Dictionary<IIncidentExtractor, string> _extractorNames = new(ReferenceEqualityComparer.Instance);

    internal IncidentParser(IIncidentExtractor[] extractors, ITokenizer tokenizer)
    {
        _extractors = extractors;
        foreach (var extractor in extractors)
        {
            _extractorNames[extractor] = ExtractorList.NameOf(extractor);
        }
        Tokenizer = tokenizer;
    }

    /// <summary>The extractors, in the order they run.</summary>
    public IReadOnlyList<IIncidentExtractor> Extractors => _extractors;

    /// <summary>The tokenizer the extractors share.</summary>
    public ITokenizer Tokenizer { get; }

    /// <summary>A parser with every built-in extractor and the built-in tokenizer.</summary>
    public static IncidentParser CreateDefault() => new IncidentParserBuilder().UseDefaults().Build();

    /// <summary>Parses <paramref name="text"/>; <paramref name="documentName"/> goes into each incident's <c>source.document</c>.</summary>
    public ParseResult Parse(string text, string? documentName = null, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Say which tokenizer ran: extractor results differ between the built-in one and MeCab.
        var diagnostics = new List<Diagnostic>
        {
            new(DiagnosticCodes.Tokenizer, $"tokenizer: {Tokenizer.Description}", DiagnosticSeverity.Info, 0, 0),
        };
        var incidents = ParseNotices(text, documentName ?? "", options ?? ParseOptions.Default, 0).ToList();
        return new ParseResult(incidents, diagnostics);
    }

    /// <summary>
    /// Parses a notice's bytes (a file's content): decoded in the detected encoding or <paramref name="encoding"/>, an
    /// HTML page read for its text (<see cref="Input.NoticeReader"/>). Offsets are into <see cref="Input.NoticeText.Text"/>,
    /// which <see cref="Input.NoticeReader.Read"/> gives; invalid bytes and a stray NUL are in the result's diagnostics
    /// (<see cref="ParseInput"/>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="encoding"/> names no encoding this library reads.</exception>
    public ParseResult ParseBytes(ReadOnlySpan<byte> bytes, string? documentName = null, ParseOptions? options = null, string? encoding = null) =>
        ParseInput(Input.NoticeReader.Read(bytes, documentName, encoding, options), documentName, options);

    /// <summary>Parses the file <paramref name="file"/> as <see cref="ParseBytes"/> parses its bytes; its name is the document's.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public ParseResult ParseFile(FileInfo file, ParseOptions? options = null, string? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        return ParseBytes(File.ReadAllBytes(file.FullName), file.Name, options, encoding);
    }

    /// <summary>
    /// Reads <paramref name="stream"/> to its end and parses its bytes as <see cref="ParseBytes"/> does. A stream of more
    /// than <see cref="ParseOptions.MaxDocumentBytes"/> is not parsed (a diagnostic says so): a longer text is
    /// parsed as it streams by <see cref="ParseAsync(TextReader, string?, ParseOptions?, CancellationToken)"/>.
    /// </summary>
    public async Task<ParseResult> ParseStreamAsync(Stream stream, string? documentName = null, ParseOptions? options = null,
        string? encoding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long limit = (options ?? ParseOptions.Default).Limits.MaxDocumentBytes;
        using var buffer = new MemoryStream();
        var block = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(block, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return new ParseResult([], [new Diagnostic(DiagnosticCodes.InputLimit,
                    $"the stream holds more than {limit:N0} bytes (MaxDocumentBytes): not read; ParseAsync reads a longer text as it streams",
                    DiagnosticSeverity.Warning, 0, 0)]);
            }
            buffer.Write(block, 0, read);
        }
        return ParseBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), documentName, options, encoding);
    }

    /// <summary>
    /// Parses what <see cref="Input.NoticeReader.Read"/> read: its text, with its diagnostics added to the result's. A
    /// page that is one notice and whose text states no date takes the one its markup gives
    /// (<see cref="Input.NoticeText.Published"/>), which also resolves its relative dates unless
    /// <see cref="ParseOptions.ReferenceDate"/> is given; where its text shows no title (none, or only a sentence) or holds
    /// its markup's heading (<see cref="Input.NoticeText.TitleHint"/>) as a line the layout did not take, that is its title.
    /// </summary>
    public ParseResult ParseInput(Input.NoticeText notice, string? documentName = null, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.Published is { } own && options?.ReferenceDate is null)
        {
            options = (options ?? ParseOptions.Default) with { ReferenceDate = own };
        }
        var result = Parse(notice.Text, documentName, options);
        if (notice.Published is { } published && result.Incidents is [{ Published: null } only])
        {
            result = result with { Incidents = [only with { Published = published }] };
        }
        if (notice.TitleHint is { Length: > 0 } hint && result.Incidents is [{ } single] && TitledFromMarkup(single, notice.Text, hint) is { } titled)
        {
            result = result with { Incidents = [titled] };
        }
        return notice.Diagnostics.Count == 0 ? result : result with { Diagnostics = [.. result.Diagnostics, .. notice.Diagnostics] };
    }

    // The page's heading from its markup (its <h1>, or its <title> without the site's name) is its title where the text
    // shows none its layout can read (none, or only a sentence: a heading drawn as an image), and where the text holds
    // it as a line of its own but the layout took another (a menu of plain <div>s above it). A generic label (お知らせ)
    // is no title. Null where the layout's title stands.
    private static Incident? TitledFromMarkup(Incident incident, string text, string hint)
    {
        if (incident.Title == hint || Layout.LayoutLexicon.Embedded.Has(Layout.LayoutCue.Label, hint.Replace(" ", "", StringComparison.Ordinal)))
        {
            return null;
        }
        int line = LineOf(text, hint);
        bool unreadable = incident.Title.Length == 0 || incident.Title.EndsWith('。');
        if (!unreadable && line < 0)
        {
            return null;
        }
        int at = line >= 0 ? line : text.IndexOf(hint, StringComparison.Ordinal);
        return incident with { Title = hint, TitleSource = at < 0 ? null : new SourceText(hint, at, at + hint.Length) };
    }

    // Where a line of text is the phrase alone (spaces around it aside), or -1.
    private static int LineOf(string text, string phrase)
    {
        for (int at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            if (new TextSpan(at, at + phrase.Length).FillsLine(text))
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>
    /// Parses <paramref name="text"/> lazily: yields each incident, in text order, as soon as it is ready, so a
    /// caller can write one out while later ones are still being parsed (on other threads, when
    /// <see cref="ParseOptions.MaxDegreeOfParallelism"/> allows). The incidents are those of <see cref="Parse(string, string?, ParseOptions?)"/>.
    /// </summary>
    public IEnumerable<Incident> ParseIncidents(string text, string? documentName = null, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseNotices(text, documentName ?? "", options ?? ParseOptions.Default, 0);
    }

    /// <summary>
    /// Reads notices from <paramref name="reader"/> and yields them one by one, holding only the
    /// notices being read in memory. Offsets are into the whole stream, as if it had been read at once.
    /// </summary>
    public async IAsyncEnumerable<Incident> ParseAsync(TextReader reader, string? documentName = null, ParseOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= ParseOptions.Default;
        string name = documentName ?? "";
        var buffer = new char[StreamBlockSize * 2];
        int length = 0;
        var chunker = new StreamChunker(MaxStreamChunk);
        int consumed = 0;
        int read;
        while (true)
        {
            if (buffer.Length - length < StreamBlockSize)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            read = await reader.ReadAsync(buffer.AsMemory(length, StreamBlockSize), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }
            length += read;
            int cut;
            while ((cut = chunker.FindCut(buffer.AsSpan(0, length))) > 0)
            {
                string chunk = new(buffer, 0, cut);
                Array.Copy(buffer, cut, buffer, 0, length - cut);
                length -= cut;
                chunker.Consumed(cut);
                foreach (var incident in ParseNotices(chunk, name, options, consumed))
                {
                    yield return incident;
                }
                consumed += cut;
            }
        }
        if (length > 0)
        {
            foreach (var incident in ParseNotices(new string(buffer, 0, length), name, options, consumed))
            {
                yield return incident;
            }
        }
    }

    /// <summary>Reads notices from a UTF-8 (or BOM-marked UTF-16) stream; see <see cref="ParseAsync(TextReader, string?, ParseOptions?, CancellationToken)"/>.</summary>
    public IAsyncEnumerable<Incident> ParseAsync(Stream stream, string? documentName = null, ParseOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ParseAsync(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), documentName, options, cancellationToken);
    }

    /// <summary>Parses many documents on all cores; results come back in input order.</summary>
    public IReadOnlyList<ParseResult> ParseMany(IEnumerable<(string Text, string? DocumentName)> documents, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.AsParallel().AsOrdered().Select(d => Parse(d.Text, d.DocumentName, options)).ToList();
    }

    private IEnumerable<Incident> ParseNotices(string text, string name, ParseOptions options, int offset)
    {
        if (options.MaxDegreeOfParallelism > 1)
        {
            // Not pooled: an abandoned parallel enumeration may leave workers reading the text after we return.
            var shared = NormalizedText.Create(text);
            return _splitter.Split(shared.Span)
                .AsParallel().AsOrdered().WithDegreeOfParallelism(options.MaxDegreeOfParallelism)
                .Select(notice => ParseNotice(shared, notice, name, options, offset));
        }
        return ParseNoticesInOrder(text, name, options, offset);
    }

    private IEnumerable<Incident> ParseNoticesInOrder(string text, string name, ParseOptions options, int offset)
    {
        var document = NormalizedText.CreatePooled(text);
        try
        {
            // A morphological analyzer (MeCab) walks a dictionary of tens of megabytes. Reading a batch of
            // notices back to back keeps it in cache; taking turns with the extractors on each notice evicts
            // it (about a tenth of a MeCab-on parse). Only once an extractor has asked for a notice's tokens:
            // a pipeline that never does must not pay for tokenizing at all. The built-in tokenizer is cheap
            // and its tokens are rarely asked for: notices go one at a time.
            var batch = new List<(ExtractionContext Context, NoticeSpan Notice)>(TokenizeAhead);
            bool ahead = false;
            foreach (var notice in _splitter.Split(document.Span))
            {
                var context = CreateContext(document, notice, options, offset);
                if (!ahead)
                {
                    var incident = Extract(context, document, notice, name, offset);
                    ahead = Tokenizer.ProvidesPartsOfSpeech && context.HasTokens;
                    yield return incident;
                    continue;
                }
                context.PrepareTokens();
                batch.Add((context, notice));
                if (batch.Count == TokenizeAhead)
                {
                    foreach (var (ready, readyNotice) in batch)
                    {
                        yield return Extract(ready, document, readyNotice, name, offset);
                    }
                    batch.Clear();
                }
            }
            foreach (var (ready, readyNotice) in batch)
            {
                yield return Extract(ready, document, readyNotice, name, offset);
            }
        }
        finally
        {
            document.ReturnBuffer();
        }
    }

    private ExtractionContext CreateContext(NormalizedText document, NoticeSpan notice, ParseOptions options, int offset) =>
        new(document, notice, offset, Tokenizer, options.ReferenceDate, _extractorNames, _splitter);

    private Incident ParseNotice(NormalizedText document, NoticeSpan notice, string name, ParseOptions options, int offset) =>
        Extract(CreateContext(document, notice, options, offset), document, notice, name, offset);

    private Incident Extract(ExtractionContext context, NormalizedText document, NoticeSpan notice, string name, int offset)
    {
        var diagnostics = context.Diagnostics;
        foreach (var extractor in _extractors)
        {
            try
            {
                extractor.Extract(context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // An extractor bug must not cost the caller the notice: keep what the others found.
                context.Report(DiagnosticCodes.ExtractorFailed,
                    $"Extractor '{ExtractorList.NameOf(extractor)}' failed: {ex.GetType().Name}: {ex.Message}", 0, 0, DiagnosticSeverity.Error);
            }
        }
        if (context.Incident.Title.Length == 0)
        {
            context.Report(DiagnosticCodes.NoTitle, "The notice has no line its layout reads as a title.", 0, 0, DiagnosticSeverity.Info);
        }
        context.SealTexts();
        var span = document.ToOriginal(new TextSpan(notice.Start, notice.End));
        // An empty array, not an empty List<Diagnostic>: most notices have none, and each list is an object kept per incident.
        var layout = new Layout.ReadingLayout(notice.Kind, context.SourceSpan(new TextSpan(notice.Header.BodyStart, notice.Header.BodyStart)).Start);
        return context.Incident.Freeze(new SourceLocation(name, span.Start + offset, span.End + offset), layout, context.TitleSource,
            diagnostics.Count == 0 ? Array.Empty<Diagnostic>() : diagnostics.ToArray());
    }
}
