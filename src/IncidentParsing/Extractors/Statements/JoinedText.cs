using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Statements;

/// <summary>
/// The notice text with the stray spaces that PDF and web copies put inside Japanese words removed
/// (<c>ペイメントアプリケーショ ンの改ざん</c>), so that phrase search finds them; every offset maps back
/// to the notice text. A space is kept where either neighbour is ASCII (<c>Lash Lift</c>, <c>2024 年</c> stays as is).
/// </summary>
internal sealed class JoinedText
{
    // Joined offset j maps to notice offset j + _removed[k], where _breaks[k] is the last break at or before j;
    // a break is the joined offset of the character right after a dropped run of spaces.
    private readonly int[] _breaks;
    private readonly int[] _removed;
    private readonly int _noticeLength;

    private JoinedText(string text, int[] breaks, int[] removed, int noticeLength)
    {
        Text = text;
        _breaks = breaks;
        _removed = removed;
        _noticeLength = noticeLength;
    }

    /// <summary>The joined text (the notice text itself when nothing was dropped).</summary>
    public string Text { get; }

    /// <summary>The joined view of the notice in <paramref name="context"/>, computed once and shared.</summary>
    public static JoinedText Of(ExtractionContext context) => context.GetShared(c => Build(c.Text));

    /// <summary>Builds the joined view of <paramref name="text"/>.</summary>
    public static JoinedText Build(string text)
    {
        var breaks = new List<int>();
        var removed = new List<int>();
        System.Text.StringBuilder? joined = null;
        int copiedUpTo = 0;
        int dropped = 0;
        int i = text.IndexOf(' ');
        while (i >= 0 && i < text.Length)
        {
            // A run of spaces is dropped or kept as a whole: dropped between two Japanese characters.
            int runEnd = i;
            while (runEnd < text.Length && text[runEnd] == ' ')
            {
                runEnd++;
            }
            bool stray = i > 0 && runEnd < text.Length && IsJapanese(text[i - 1]) && IsJapanese(text[runEnd]);
            if (stray)
            {
                joined ??= new System.Text.StringBuilder(text.Length);
                joined.Append(text, copiedUpTo, i - copiedUpTo);
                copiedUpTo = runEnd;
                dropped += runEnd - i;
                breaks.Add(runEnd - dropped);
                removed.Add(dropped);
            }
            int next = runEnd < text.Length ? text.IndexOf(' ', runEnd) : -1;
            i = next;
        }
        if (joined is null)
        {
            return new JoinedText(text, [], [], text.Length);
        }
        joined.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return new JoinedText(joined.ToString(), breaks.ToArray(), removed.ToArray(), text.Length);
    }

    /// <summary>The notice offset of joined offset <paramref name="index"/> (a start).</summary>
    public int StartInNotice(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        return index == Text.Length ? _noticeLength : index + RemovedBefore(index);
    }

    /// <summary>The notice offset after joined offset <paramref name="end"/>-1 (an exclusive end).</summary>
    public int EndInNotice(int end) => end <= 0 ? 0 : StartInNotice(Math.Min(end, Text.Length) - 1) + 1;

    /// <summary>The joined offset of notice offset <paramref name="offset"/> (the first joined character at or after it).</summary>
    public int FromNotice(int offset)
    {
        // Walk the breaks: an offset inside a dropped run maps to the character after it.
        int lo = 0, hi = Text.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (StartInNotice(mid) < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private int RemovedBefore(int index)
    {
        if (_breaks.Length == 0)
        {
            return 0;
        }
        int k = Array.BinarySearch(_breaks, index);
        k = k >= 0 ? k : ~k - 1;
        return k < 0 ? 0 : _removed[k];
    }

    private static bool IsJapanese(char c) => c > '\u007F' && !char.IsWhiteSpace(c);
}
