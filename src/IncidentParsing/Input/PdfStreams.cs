using System.IO.Compression;

namespace IncidentParsing.Input;

/// <summary>
/// How much a PDF file's Flate-compressed streams decode to, counted before PdfPig reads the file: PdfPig inflates a
/// stream whole, so a few megabytes that inflate to gigabytes (an inflate bomb) would exhaust memory. Each stream is
/// inflated here into one small buffer and thrown away, and counting stops at the bound.
/// </summary>
internal static class PdfStreams
{
    private static ReadOnlySpan<byte> StreamKeyword => "stream"u8;
    private static ReadOnlySpan<byte> EndStream => "endstream"u8;
    private static ReadOnlySpan<byte> Flate => "/FlateDecode"u8;
    private static ReadOnlySpan<byte> FlateShort => "/Fl"u8;
    // How far back from "stream" the stream's dictionary is looked for.
    private const int DictionaryWindow = 1024;

    /// <summary>
    /// The bytes the Flate streams of <paramref name="pdf"/> decode to, or <paramref name="bound"/> + 1 once they exceed
    /// it. A stream that cannot be inflated counts what it gave before its error (PdfPig reports the error itself).
    /// </summary>
    public static long DecodedSize(byte[] pdf, long bound)
    {
        long total = 0;
        var scratch = new byte[1 << 16];
        int at = 0;
        while (at < pdf.Length)
        {
            int found = pdf.AsSpan(at).IndexOf(StreamKeyword);
            if (found < 0)
            {
                break;
            }
            int keyword = at + found;
            at = keyword + StreamKeyword.Length;
            // "endstream" contains "stream"; a stream's data starts after its end of line.
            if (keyword >= 3 && pdf.AsSpan(keyword - 3, 3).SequenceEqual("end"u8))
            {
                continue;
            }
            int data = at;
            if (data < pdf.Length && pdf[data] == '\r')
            {
                data++;
            }
            if (data < pdf.Length && pdf[data] == '\n')
            {
                data++;
            }
            if (data == at)
            {
                continue; // "stream" inside another word
            }
            int end = pdf.AsSpan(data).IndexOf(EndStream);
            int stop = end < 0 ? pdf.Length : data + end;
            if (IsFlate(pdf, keyword))
            {
                total += Inflate(pdf, data, stop - data, scratch, bound - total + 1);
                if (total > bound)
                {
                    return bound + 1;
                }
            }
            at = stop;
        }
        return total;
    }

    private static bool IsFlate(byte[] pdf, int keyword)
    {
        int from = Math.Max(0, keyword - DictionaryWindow);
        var before = pdf.AsSpan(from, keyword - from);
        int open = before.LastIndexOf("<<"u8);
        if (open < 0)
        {
            return false;
        }
        var dictionary = before[open..];
        return dictionary.IndexOf(Flate) >= 0 || dictionary.IndexOf(FlateShort) >= 0;
    }

    // Inflates pdf[start..start+length) into scratch, counting at most limit bytes.
    private static long Inflate(byte[] pdf, int start, int length, byte[] scratch, long limit)
    {
        long count = 0;
        try
        {
            using var source = new MemoryStream(pdf, start, length, writable: false);
            using var inflater = new ZLibStream(source, CompressionMode.Decompress);
            int read;
            while (count < limit && (read = inflater.Read(scratch, 0, scratch.Length)) > 0)
            {
                count += read;
            }
        }
        catch (InvalidDataException)
        {
            // A broken stream: what it gave so far counts.
        }
        return count;
    }
}
