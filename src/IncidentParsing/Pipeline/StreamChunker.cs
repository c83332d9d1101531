namespace IncidentParsing.Pipeline;

/// <summary>
/// Finds where a streamed buffer can be cut so that each piece splits into posts exactly as the
/// whole would. Remembers how far it has looked, so each character is examined once.
/// </summary>
internal sealed class StreamChunker(int maxChunk)
{
    private const string Marker = "【セキュリティ事件簿";

    // Keep this much of the tail unexamined: a header may still be arriving, and the splitter looks a few lines ahead.
    private const int Lookahead = 1024;

    private int _scanned;
    private int _lastHeader;
    private int _lastBlankLine;

    /// <summary>
    /// The offset of the last casebook header that starts a line (not at 0), so everything before it is
    /// complete posts; failing that, when the buffer is over the limit, the last blank line, so memory
    /// stays bounded. 0 when the buffer should keep growing.
    /// </summary>
    public int FindCut(ReadOnlySpan<char> buffer)
    {
        int limit = buffer.Length - Lookahead;
        for (int i = Math.Max(_scanned, 1); i < limit; i++)
        {
            int nl = buffer[(i - 1)..limit].IndexOf('\n');
            if (nl < 0)
            {
                break;
            }
            i += nl;
            if (i >= limit)
            {
                break;
            }
            if (StartsWithMarker(buffer, i))
            {
                _lastHeader = i;
            }
            else if (buffer[i] == '\n')
            {
                _lastBlankLine = i + 1;
            }
        }
        _scanned = Math.Max(_scanned, limit);
        int cut = _lastHeader;
        if (cut == 0 && buffer.Length > maxChunk)
        {
            // No header at all: cut at a blank line, or at a line break, rather than grow without bound.
            cut = _lastBlankLine > 0 ? _lastBlankLine : LastLineBreak(buffer, limit);
        }
        return cut;
    }

    /// <summary>Tells the chunker that the first <paramref name="cut"/> characters were removed.</summary>
    public void Consumed(int cut)
    {
        _scanned = Math.Max(0, _scanned - cut);
        _lastHeader = 0;
        _lastBlankLine = Math.Max(0, _lastBlankLine - cut);
    }

    private static bool StartsWithMarker(ReadOnlySpan<char> buffer, int at)
    {
        var rest = buffer[at..];
        return rest.Length > Marker.Length && rest.StartsWith(Marker, StringComparison.Ordinal) && rest[Marker.Length] is '#' or '＃';
    }

    private static int LastLineBreak(ReadOnlySpan<char> buffer, int limit)
    {
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
