using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Statements;

/// <summary>
/// The notice text with the stray spaces that PDF and web copies put inside Japanese words removed
/// (<c>ペイメントアプリケーショ ンの改ざん</c>), so that phrase search finds them; every offset maps back
/// to the notice text. A space is kept where either neighbour is ASCII (<c>Lash Lift</c>, <c>2024 年</c> stays as is).
/// </summary>
internal sealed class JoinedText
{
    // _toNotice[i] is the notice offset of joined character i; the extra last entry is the notice's length.
    private readonly int[] _toNotice;

    private JoinedText(string text, int[] toNotice)
    {
        Text = text;
        _toNotice = toNotice;
    }

    /// <summary>The joined text.</summary>
    public string Text { get; }

    /// <summary>The joined view of the notice in <paramref name="context"/>, computed once and shared.</summary>
    public static JoinedText Of(ExtractionContext context) => context.GetShared(c => Build(c.Text));

    /// <summary>Builds the joined view of <paramref name="text"/>.</summary>
    public static JoinedText Build(string text)
    {
        var chars = new char[text.Length];
        var map = new int[text.Length + 1];
        int n = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                // A run of spaces is dropped or kept as a whole: dropped between two Japanese characters.
                int runEnd = i;
                while (runEnd < text.Length && text[runEnd] == ' ')
                {
                    runEnd++;
                }
                bool stray = i > 0 && runEnd < text.Length && IsJapanese(text[i - 1]) && IsJapanese(text[runEnd]);
                for (; i < runEnd; i++)
                {
                    if (!stray)
                    {
                        chars[n] = ' ';
                        map[n++] = i;
                    }
                }
                continue;
            }
            chars[n] = text[i];
            map[n++] = i;
            i++;
        }
        map[n] = text.Length;
        return new JoinedText(new string(chars, 0, n), map[..(n + 1)]);
    }

    /// <summary>The notice offset of joined offset <paramref name="index"/> (a start).</summary>
    public int StartInNotice(int index) => _toNotice[Math.Clamp(index, 0, _toNotice.Length - 1)];

    /// <summary>The notice offset after joined offset <paramref name="end"/>-1 (an exclusive end).</summary>
    public int EndInNotice(int end) => end <= 0 ? 0 : _toNotice[Math.Min(end - 1, _toNotice.Length - 2)] + 1;

    /// <summary>The joined offset of notice offset <paramref name="offset"/> (the first joined character at or after it).</summary>
    public int FromNotice(int offset)
    {
        int i = Array.BinarySearch(_toNotice, offset);
        return i >= 0 ? i : ~i;
    }

    private static bool IsJapanese(char c) => c > '\u007F' && !char.IsWhiteSpace(c);
}
