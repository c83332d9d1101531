using IncidentParsing.Input;
using IncidentParsing.Text;

namespace IncidentParsing.Cli;

/// <summary>Reads one input of <c>parse</c> into text, or says in one line why it cannot.</summary>
internal static class InputFiles
{
    /// <summary>Files larger than this are streamed, not read whole.</summary>
    public const long StreamAbove = 64L << 20;

    public sealed record Input(string Name, string? Text, string? Error, string? Warning)
    {
        /// <summary>For a file too large to read whole: a reader in its detected encoding (Text is null).</summary>
        public TextReader? Reader { get; init; }

        /// <summary>How many bytes were read, for progress.</summary>
        public long Bytes { get; init; }

        /// <summary>What the input layer read, where it gives more than the text (a page's own date).</summary>
        public NoticeText? Notice { get; init; }
    }

    public static async Task<Input> ReadAsync(string path, TextReader stdin, DetectedEncoding? encoding, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        if (path == "-")
        {
            // Standard input is bytes like a file (iconv -t cp932 … | incident-parse parse -): read them as a file is read,
            // with --encoding or detection; a reader that holds text already (a test's StringReader) is taken as text.
            if (stdin is StreamReader { BaseStream: { CanRead: true } stream })
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer);
                return buffer.Length == 0 ? new Input("-", "", null, null) : FromBytes("-", "-", buffer.ToArray(), encoding, limits);
            }
            string text = await stdin.ReadToEndAsync();
            return new Input("-", text, null, null) { Bytes = System.Text.Encoding.UTF8.GetByteCount(text) };
        }
        string name = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            return new Input(name, null, $"{path}: is a directory", null);
        }
        if (!File.Exists(path))
        {
            return new Input(name, null, $"{path}: no such file", null);
        }
        byte[] bytes;
        try
        {
            long length = new FileInfo(path).Length;
            if (length > StreamAbove && await OpenLargeAsync(path, name, encoding, limits, length) is { } large)
            {
                return large;
            }
            bytes = await File.ReadAllBytesAsync(path);
        }
        catch (UnauthorizedAccessException)
        {
            return new Input(name, null, $"{path}: permission denied", null);
        }
        catch (IOException ex)
        {
            return new Input(name, null, $"{path}: cannot be read ({ex.Message})", null);
        }
        if (bytes.Length == 0)
        {
            return new Input(name, null, $"{path}: is empty", null);
        }
        return FromBytes(path, name, bytes, encoding, limits);
    }

    private static Input FromBytes(string path, string name, byte[] bytes, DetectedEncoding? encoding, InputLimits limits)
    {
        bool pdf = PdfText.LooksLikePdf(bytes);
        var detected = pdf ? null : encoding ?? EncodingDetector.Detect(bytes);
        if (detected is not null && NoticeReader.LooksBinary(bytes, detected))
        {
            return new Input(name, null, $"{path}: is a binary file, not text", null);
        }
        var notice = NoticeReader.ReadAs(bytes, path, detected, limits);
        if (notice.Format != NoticeFormat.Text && notice.Text.Trim().Length == 0)
        {
            return new Input(name, null, $"{path}: {string.Join("; ", notice.Diagnostics.Select(d => d.Message))}", null);
        }
        string? warning = notice.Diagnostics.Count == 0 ? null : $"{path}: {string.Join("; ", notice.Diagnostics.Select(d => d.Message))}";
        return new Input(name, notice.Text, null, warning) { Bytes = bytes.Length, Notice = notice.Published is null && notice.TitleHint is null ? null : notice };
    }

    // A large text file is decoded as it is read; its encoding is detected from the first 64 KiB. A large PDF file or HTML
    // page is read whole (null: the caller reads it) up to the limit, and named over it.
    private static async Task<Input?> OpenLargeAsync(string path, string name, DetectedEncoding? encoding, InputLimits limits, long length)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var head = new byte[1 << 16];
        int n = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        var detected = encoding ?? EncodingDetector.Detect(head.AsSpan(0, n));
        string? kind = PdfText.LooksLikePdf(head.AsSpan(0, n)) ? "a PDF file"
            : NoticeReader.IsHtmlName(path) || HtmlText.LooksLikeHtml(EncodingDetector.Decode(head.AsSpan(0, n), detected).Text) ? "an HTML page"
            : null;
        if (kind is not null)
        {
            await stream.DisposeAsync();
            return length <= limits.MaxDocumentBytes ? null
                : new Input(name, null, $"{path}: is {kind} of {length >> 20:N0} MiB, over the limit of {limits.MaxDocumentBytes >> 20:N0} MiB (--max-mb): not read", null);
        }
        if (NoticeReader.LooksBinary(head.AsSpan(0, n), detected))
        {
            stream.Dispose();
            return new Input(name, null, $"{path}: is a binary file, not text", null);
        }
        stream.Position = detected.PreambleLength;
        var reader = new StreamReader(stream, detected.Encoding, detectEncodingFromByteOrderMarks: false, 1 << 16);
        return new Input(name, null, null, null) { Reader = reader, Bytes = stream.Length };
    }
}
