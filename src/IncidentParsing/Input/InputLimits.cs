namespace IncidentParsing.Input;

/// <summary>The input limits of a parse (<see cref="Pipeline.ParseOptions.MaxDocumentBytes"/> and the three after it).</summary>
internal sealed record InputLimits
{
    /// <summary>The defaults: 256 MiB of HTML or PDF, 500 pages, 256 MiB decoded from a PDF's streams, 1,000 levels of elements.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>
    /// The largest input read whole (bytes; 256 MiB unless set): an HTML page, a PDF file, a stream given to
    /// <c>ParseStreamAsync</c>. Plain text read as it streams (<c>ParseAsync</c>, the CLI's large files) has no such
    /// bound: it takes memory for one notice at a time.
    /// </summary>
    public long MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init => _maxDocumentBytes = Positive(value);
    }

    /// <summary>Pages of a PDF file read at most (500 unless set); the rest are left with a diagnostic.</summary>
    public int MaxPdfPages
    {
        get => _maxPdfPages;
        init => _maxPdfPages = (int)Positive(value);
    }

    /// <summary>
    /// How many bytes a PDF file's compressed streams may decode to in all (256 MiB unless set): a file whose streams
    /// decode to more (an inflate bomb) is not read.
    /// </summary>
    public long MaxPdfDecodedBytes
    {
        get => _maxPdfDecodedBytes;
        init => _maxPdfDecodedBytes = Positive(value);
    }

    /// <summary>
    /// How deep an HTML page's elements may nest before it is read by stripping its tags instead of by the HTML5 parser,
    /// whose tree building grows with the square of the depth (1,000 unless set; no real page nests this deep).
    /// </summary>
    public int MaxHtmlDepth
    {
        get => _maxHtmlDepth;
        init => _maxHtmlDepth = (int)Positive(value);
    }

    private readonly long _maxDocumentBytes = 256L << 20;
    private readonly int _maxPdfPages = 500;
    private readonly long _maxPdfDecodedBytes = 256L << 20;
    private readonly int _maxHtmlDepth = 1_000;

    private static long Positive(long value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        return value;
    }
}
