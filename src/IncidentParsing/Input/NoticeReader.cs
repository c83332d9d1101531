using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Input;

/// <summary>What a notice's bytes were read as.</summary>
public enum NoticeFormat
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>An HTML page, read for its text (<see cref="HtmlText"/>).</summary>
    Html,

    /// <summary>A PDF file, read for its text (<see cref="PdfText"/>).</summary>
    Pdf,
}

/// <summary>The text of a notice's bytes, how it was read, and what could not be read cleanly.</summary>
/// <param name="Text">The text the parser reads; every offset of its incidents is into this string.</param>
/// <param name="Format">Plain text or an HTML page.</param>
/// <param name="Encoding">The name of the encoding the bytes were decoded with (<c>utf-8</c>, <c>shift_jis</c>, <c>euc-jp</c>,
/// <c>iso-2022-jp</c>, <c>utf-16le</c>, <c>utf-16be</c>); null for a PDF file (its text is in its fonts).</param>
/// <param name="Diagnostics">Invalid bytes, a stray NUL (each with its byte offset in the message), a PDF file's problems.</param>
public sealed record NoticeText(string Text, NoticeFormat Format, string? Encoding, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The date the file gives itself apart from its text (an HTML page's <c>article:published_time</c>), or null.</summary>
    public JapaneseDate? Published { get; init; }

    /// <summary>The title the file gives itself apart from its text's layout (an HTML page's <c>&lt;h1&gt;</c> or <c>&lt;title&gt;</c>), or null.</summary>
    public string? TitleHint { get; init; }
}

/// <summary>
/// Bytes in, text out: the one input layer of the library and the CLI. A PDF file (by its content) is read for its
/// text; otherwise the encoding is detected (<see cref="EncodingDetector"/>) or given, and an HTML page, by its name
/// or its first tag, is read for its text.
/// Bad bytes never throw: they become U+FFFD and a diagnostic.
/// </summary>
public static class NoticeReader
{
    /// <summary>
    /// Reads <paramref name="bytes"/>; <paramref name="name"/> (a file name) may say the format (<c>.html</c>). The encoding
    /// is detected unless <paramref name="encoding"/> names it (<c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>,
    /// <c>shift_jis</c>, <c>cp932</c>, <c>euc-jp</c>, <c>iso-2022-jp</c>). An HTML page or a PDF file is read within the
    /// limits of <paramref name="options"/> (<see cref="Pipeline.ParseOptions.MaxDocumentBytes"/> and after).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="encoding"/> names no encoding this library reads.</exception>
    public static NoticeText Read(ReadOnlySpan<byte> bytes, string? name = null, string? encoding = null, Pipeline.ParseOptions? options = null) =>
        ReadAs(bytes, name, encoding is null ? null : EncodingDetector.FromName(encoding), options?.Limits);

    /// <summary>As <see cref="Read"/>, with the encoding already looked up (or detected when null).</summary>
    internal static NoticeText ReadAs(ReadOnlySpan<byte> bytes, string? name, DetectedEncoding? encoding, InputLimits? limits)
    {
        limits ??= InputLimits.Default;
        if (PdfText.LooksLikePdf(bytes))
        {
            var pdf = bytes.Length > limits.MaxDocumentBytes ? PdfText.TooLarge(bytes.Length, limits) : PdfText.Extract(bytes.ToArray(), limits);
            return new NoticeText(pdf.Text, NoticeFormat.Pdf, null,
                pdf.Problems.Select(p => new Diagnostic(DiagnosticCodes.PdfNotRead, p, DiagnosticSeverity.Warning, 0, 0)).ToArray());
        }
        var detected = encoding ?? EncodingDetector.Detect(bytes);
        var decoded = EncodingDetector.Decode(bytes, detected);
        var diagnostics = new List<Diagnostic>();
        if (decoded.InvalidByteOffset >= 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidBytes,
                $"byte {decoded.InvalidByteOffset} is not valid {detected.Name}; invalid bytes were replaced by U+FFFD", DiagnosticSeverity.Warning, 0, 0));
        }
        else if (FirstNul(bytes, detected) is int nul and >= 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NulCharacter, $"byte {nul} is a NUL character; read as text all the same",
                DiagnosticSeverity.Warning, 0, 0));
        }
        if (IsHtmlName(name) || HtmlText.LooksLikeHtml(decoded.Text))
        {
            if (bytes.Length > limits.MaxDocumentBytes)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InputLimit,
                    $"the page is {bytes.Length:N0} bytes, over the limit of {limits.MaxDocumentBytes:N0} (MaxDocumentBytes): not read",
                    DiagnosticSeverity.Warning, 0, 0));
                return new NoticeText("", NoticeFormat.Html, detected.Name, diagnostics);
            }
            var page = HtmlText.Read(decoded.Text, limits);
            if (page.TagsStripped)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InputLimit,
                    $"elements nest deeper than {limits.MaxHtmlDepth:N0} (MaxHtmlDepth): the page was read by stripping its tags",
                    DiagnosticSeverity.Warning, 0, 0));
            }
            return new NoticeText(page.Text, NoticeFormat.Html, detected.Name, diagnostics) { Published = page.Published, TitleHint = page.Title };
        }
        return new NoticeText(decoded.Text, NoticeFormat.Text, detected.Name, diagnostics);
    }

    /// <summary>True when <paramref name="name"/> ends in <c>.html</c> or <c>.htm</c>.</summary>
    public static bool IsHtmlName(string? name) =>
        name is not null && (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True when the first 8 KiB of <paramref name="bytes"/> hold NUL characters (NUL code units in UTF-16) in number (more
    /// than 2, and than one in 256 bytes): a binary file, an image or an archive, not text. A stray NUL in text (a copy
    /// and paste, a broken export) is read as text with a diagnostic.
    /// </summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes, DetectedEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        var sample = bytes[..Math.Min(bytes.Length, BinarySample)];
        int nuls = 0;
        for (int at = NextNul(sample, encoding, 0); at >= 0; at = NextNul(sample, encoding, at + 1))
        {
            nuls++;
        }
        return nuls > Math.Max(MaxStrayNuls, sample.Length / 256);
    }

    private const int BinarySample = 8192;
    private const int MaxStrayNuls = 2;

    /// <summary>The offset of the first NUL character (a NUL code unit in UTF-16), or -1.</summary>
    internal static int FirstNul(ReadOnlySpan<byte> bytes, DetectedEncoding encoding) => NextNul(bytes, encoding, 0);

    // The offset of the next NUL character at or after from: a byte in an 8-bit encoding, an aligned pair in UTF-16.
    private static int NextNul(ReadOnlySpan<byte> bytes, DetectedEncoding encoding, int from)
    {
        if (!encoding.Name.StartsWith("utf-16", StringComparison.Ordinal))
        {
            int found = from < bytes.Length ? bytes[from..].IndexOf((byte)0) : -1;
            return found < 0 ? -1 : from + found;
        }
        int first = Math.Max(from, encoding.PreambleLength);
        first += (first - encoding.PreambleLength) & 1; // code units start on the preamble's parity
        for (int i = first; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0 && bytes[i + 1] == 0)
            {
                return i;
            }
        }
        return -1;
    }
}
