using System.Text;

namespace IncidentParsing.Pipeline;

/// <summary>Finds where a streamed buffer can be cut so that each piece splits into posts exactly as the whole would.</summary>
internal static class StreamChunker
{
    private const string Marker = "【セキュリティ事件簿";

    /// <summary>
    /// The offset of the last casebook header that starts a line (not at 0), so everything before it
    /// is complete posts; failing that, when the buffer is over <paramref name="maxChunk"/>, the last
    /// blank line, so memory stays bounded. 0 when the buffer should keep growing.
    /// </summary>
    public static int FindCut(StringBuilder buffer, int maxChunk)
    {
        // Keep the tail: a header may still be arriving, and the splitter looks a few lines ahead.
        int limit = buffer.Length - 512;
        int cut = 0;
        int lineStart = 0;
        for (int i = 0; i < limit; i++)
        {
            if (buffer[i] != '\n')
            {
                continue;
            }
            lineStart = i + 1;
            if (lineStart < limit && StartsWithMarker(buffer, lineStart))
            {
                cut = lineStart;
            }
        }
        if (cut == 0 && buffer.Length > maxChunk)
        {
            cut = LastBlankLine(buffer, limit);
        }
        return cut;
    }

    private static bool StartsWithMarker(StringBuilder buffer, int at)
    {
        if (at + Marker.Length + 1 > buffer.Length)
        {
            return false;
        }
        for (int k = 0; k < Marker.Length; k++)
        {
            if (buffer[at + k] != Marker[k])
            {
                return false;
            }
        }
        return buffer[at + Marker.Length] is '#' or '＃';
    }

    private static int LastBlankLine(StringBuilder buffer, int limit)
    {
        for (int i = limit - 1; i > 0; i--)
        {
            if (buffer[i] == '\n' && buffer[i - 1] == '\n')
            {
                return i + 1;
            }
        }
        // No blank line at all: cut at the last line break, or anywhere, rather than grow without bound.
        for (int i = limit - 1; i > 0; i--)
        {
            if (buffer[i] == '\n')
            {
                return i + 1;
            }
        }
        return Math.Max(limit, 1);
    }
}
