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
    }

    public static async Task<Input> ReadAsync(string path, TextReader stdin, DetectedEncoding? encoding)
    {
        if (path == "-")
        {
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
            if (new FileInfo(path).Length > StreamAbove)
            {
                return OpenLarge(path, name, encoding);
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
        var detected = encoding ?? EncodingDetector.Detect(bytes);
        if (LooksBinary(bytes, detected))
        {
            return new Input(name, null, $"{path}: is a binary file, not text", null);
        }
        var decoded = EncodingDetector.Decode(bytes, detected);
        string? warning = decoded.InvalidByteOffset >= 0
            ? $"{path}: byte {decoded.InvalidByteOffset} is not valid {detected.Name}; invalid bytes were replaced by U+FFFD"
            : null;
        return new Input(name, decoded.Text, null, warning) { Bytes = bytes.Length };
    }

    // A large file is decoded as it is read; its encoding is detected from the first 64 KiB.
    private static Input OpenLarge(string path, string name, DetectedEncoding? encoding)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var head = new byte[1 << 16];
        int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var detected = encoding ?? EncodingDetector.Detect(head.AsSpan(0, n));
        if (LooksBinary(head[..n], detected))
        {
            stream.Dispose();
            return new Input(name, null, $"{path}: is a binary file, not text", null);
        }
        stream.Position = detected.PreambleLength;
        var reader = new StreamReader(stream, detected.Encoding, detectEncodingFromByteOrderMarks: false, 1 << 16);
        return new Input(name, null, null, null) { Reader = reader, Bytes = stream.Length };
    }

    // NUL bytes (NUL code units in UTF-16) mean a binary file (an image, an archive), not text in some other encoding.
    private static bool LooksBinary(byte[] bytes, DetectedEncoding encoding)
    {
        int n = Math.Min(bytes.Length, 8192);
        if (!encoding.Name.StartsWith("utf-16", StringComparison.Ordinal))
        {
            return Array.IndexOf(bytes, (byte)0, 0, n) >= 0;
        }
        for (int i = encoding.PreambleLength; i + 1 < n; i += 2)
        {
            if (bytes[i] == 0 && bytes[i + 1] == 0)
            {
                return true;
            }
        }
        return false;
    }
}
