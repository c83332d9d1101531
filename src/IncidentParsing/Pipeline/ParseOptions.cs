using IncidentParsing.Model;

namespace IncidentParsing.Pipeline;

/// <summary>Per-call settings of a parse.</summary>
public sealed record ParseOptions
{
    /// <summary>The default settings.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>
    /// The date that yearless dates are completed from when a notice has no date of its own.
    /// Never the clock: without it and without a notice date, such dates are left as written and reported.
    /// </summary>
    public JapaneseDate? ReferenceDate { get; init; }

    /// <summary>
    /// How many threads may parse the notices of one text at once (1, the default: the calling thread only).
    /// Notices are independent, so results are identical and in the same order whatever the value;
    /// <see cref="Environment.ProcessorCount"/> suits one large dump on an otherwise idle machine.
    /// </summary>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDegreeOfParallelism = value;
        }
    }

    private readonly int _maxDegreeOfParallelism = 1;

    // What one input may cost before it is read no further: HTML pages and PDF files are new attack surface (a stream
    // that inflates to gigabytes, a file claiming a million pages, elements nested a million deep), so each has a bound
    // with a default no real notice comes near. Reaching one gives a diagnostic naming the limit, never an exception.
    private readonly Input.InputLimits _limits = Input.InputLimits.Default;

    /// <summary>
    /// The largest input read whole (bytes; 256 MiB unless set): an HTML page, a PDF file, a stream given to
    /// <see cref="IncidentParser.ParseStreamAsync"/>. Plain text read as it streams (<c>ParseAsync</c>) has no such
    /// bound: it takes memory for one notice at a time.
    /// </summary>
    public long MaxDocumentBytes
    {
        get => _limits.MaxDocumentBytes;
        init => _limits = _limits with { MaxDocumentBytes = value };
    }

    /// <summary>Pages of a PDF file read at most (500 unless set); the rest are left with a diagnostic.</summary>
    public int MaxPdfPages
    {
        get => _limits.MaxPdfPages;
        init => _limits = _limits with { MaxPdfPages = value };
    }

    /// <summary>
    /// How many bytes a PDF file's compressed streams may decode to in all (256 MiB unless set): a file whose streams
    /// decode to more (an inflate bomb) is not read.
    /// </summary>
    public long MaxPdfDecodedBytes
    {
        get => _limits.MaxPdfDecodedBytes;
        init => _limits = _limits with { MaxPdfDecodedBytes = value };
    }

    /// <summary>
    /// How deep an HTML page's elements may nest before it is read by stripping its tags instead of by the HTML5 parser,
    /// whose tree building grows with the square of the depth (1,000 unless set; no real page nests this deep).
    /// </summary>
    public int MaxHtmlDepth
    {
        get => _limits.MaxHtmlDepth;
        init => _limits = _limits with { MaxHtmlDepth = value };
    }

    /// <summary>The four limits above, as the input layer reads them.</summary>
    internal Input.InputLimits Limits => _limits;
}

/// <summary>The incidents found in a text, in input order, and what the parser noticed about the text as a whole.</summary>
/// <param name="Incidents">One per post.</param>
/// <param name="Diagnostics">Diagnostics not tied to one incident.</param>
public sealed record ParseResult(IReadOnlyList<Incident> Incidents, IReadOnlyList<Diagnostic> Diagnostics);
