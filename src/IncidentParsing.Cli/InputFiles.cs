using IncidentParsing.Text;

namespace IncidentParsing.Cli;

/// <summary>Reads one input of <c>parse</c> into text, or says in one line why it cannot.</summary>
internal static class InputFiles
{
    public sealed record Input(string Name, string? Text, string? Error, string? Warning)
    {
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
