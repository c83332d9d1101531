using System.Buffers;
using System.Globalization;
using System.Text;

namespace IncidentParsing.Text;

/// <summary>
/// A normalized view of an original text: NFKC, <c>\r\n</c> and <c>\r</c> folded to <c>\n</c>,
/// tabs, U+00A0 and U+3000 folded to a plain space, with an offset map back to the original so
/// that matching runs on <see cref="Text"/> and every span is reported in the original.
/// </summary>
/// <remarks>
/// Normalization is local to each character (plus its combining marks), so a slice of a
/// document normalizes exactly as the same characters do inside the whole document.
/// </remarks>
internal sealed class NormalizedText
{
    // The map from normalized to original offsets is piecewise linear: original = normalized + delta,
    // where delta changes only at the few characters NFKC or line-break folding changes in length.
    // _breaks[k] is the normalized offset from which _deltas[k] holds; _breaks[0] is 0.
    private readonly int[] _breaks;
    private readonly int[] _deltas;
    private readonly int _length;

    // Inside a parse the whole document is only ever read through Span (each notice copies its own slice),
    // so its characters stay in a pooled buffer instead of becoming a second document-sized string.
    private char[]? _pooled;
    private string? _text;

    private NormalizedText(string original, string? text, char[]? pooled, int length, int[] breaks, int[] deltas)
    {
        Original = original;
        _text = text;
        _pooled = pooled;
        _length = length;
        _breaks = breaks;
        _deltas = deltas;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The normalized text that recognizers match on.</summary>
    public string Text => _text ??= new string(Span);

    /// <summary>The normalized characters, without materializing <see cref="Text"/>.</summary>
    internal ReadOnlySpan<char> Span =>
        _text is not null ? _text.AsSpan()
        : _pooled is not null ? _pooled.AsSpan(0, _length)
        : throw new ObjectDisposedException(nameof(NormalizedText));

    /// <summary>The length of the normalized text.</summary>
    public int Length => _length;

    /// <summary>Normalizes the whole of <paramref name="original"/>.</summary>
    public static NormalizedText Create(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return Create(original, 0, original.Length);
    }

    /// <summary>Normalizes <c>original[start..end)</c>; offsets still refer to <paramref name="original"/>.</summary>
    public static NormalizedText Create(string original, int start, int end) => Create(original, start, end, pooled: false);

    /// <summary>
    /// Normalizes <paramref name="original"/> into a rented buffer read through <see cref="Span"/>; the caller
    /// gives it back with <see cref="ReturnBuffer"/> when the parse is over and must not read it afterwards.
    /// </summary>
    internal static NormalizedText CreatePooled(string original) => Create(original, 0, original.Length, pooled: true);

    /// <summary>Gives a pooled buffer back (see <see cref="CreatePooled"/>); the offset map stays usable.</summary>
    internal void ReturnBuffer()
    {
        if (_pooled is { } buffer)
        {
            _pooled = null;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static NormalizedText Create(string original, int start, int end, bool pooled)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, original.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var output = new Builder(end - start);
        int i = start;
        while (i < end)
        {
            // Most of a notice (kana, kanji, ASCII) is already normal: copy such runs whole.
            int run = IdentityRunLength(original.AsSpan(i, end - i));
            if (run > 0)
            {
                output.AddRun(original.AsSpan(i, run), i);
                i += run;
                continue;
            }
            char c = original[i];
            if (TryFold(c, out char folded))
            {
                output.Add(folded, i);
                i += c == '\r' && i + 1 < end && original[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            int groupEnd = GroupEnd(original, i, end);
            AppendNormalized(original, i, groupEnd, ref output);
            i = groupEnd;
        }
        return output.Finish(original, end, pooled);
    }

    /// <summary>The original offset where normalized offset <paramref name="index"/> starts.</summary>
    public int ToOriginalStart(int index) => Map(Math.Clamp(index, 0, _length));

    private int Map(int index)
    {
        if (_breaks.Length == 1)
        {
            return index + _deltas[0];
        }
        int k = Array.BinarySearch(_breaks, index);
        return index + _deltas[k >= 0 ? k : ~k - 1];
    }

    /// <summary>The original offset that ends a span ending at normalized offset <paramref name="index"/>.</summary>
    public int ToOriginalEnd(int index)
    {
        index = Math.Clamp(index, 0, _length);
        if (index == 0)
        {
            return Map(0);
        }
        // Inside a group that one original character expanded into (㍻ → 平成): round up to its end.
        int groupStart = Map(index - 1);
        while (index < _length && Map(index) == groupStart)
        {
            index++;
        }
        return Map(index);
    }

    /// <summary>Maps a span of <see cref="Text"/> to the original text.</summary>
    public TextSpan ToOriginal(TextSpan span)
    {
        int start = ToOriginalStart(span.Start);
        int end = ToOriginalEnd(span.End);
        return new TextSpan(start, Math.Max(start, end));
    }

    /// <summary>The first normalized offset whose original offset is at or after <paramref name="originalOffset"/>.</summary>
    public int FromOriginal(int originalOffset)
    {
        int lo = 0, hi = _length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Map(mid) < originalOffset)
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

    private static int IdentityRunLength(ReadOnlySpan<char> s)
    {
        int n = 0;
        while (n < s.Length && IsIdentityBit(s[n]))
        {
            n++;
        }
        return n;
    }

    // IsIdentity for every UTF-16 code unit, one bit each (8 KB): the run scan tests a bit instead of a chain of ranges.
    private static readonly ulong[] IdentityBits = BuildIdentityBits();

    private static ulong[] BuildIdentityBits()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (IsIdentity((char)c))
            {
                bits[c >> 6] |= 1UL << (c & 63);
            }
        }
        return bits;
    }

    private static bool IsIdentityBit(char c) => (IdentityBits[c >> 6] & (1UL << (c & 63))) != 0;

    // Characters whose NFKC form is themselves: ASCII but for \r and \t, kana and CJK unified ideographs (except
    // the combining sound marks), and common Japanese punctuation.
    private static bool IsIdentity(char c) =>
        c < 0x80 ? c is not ('\r' or '\t')
        : (c >= '\u3041' && c <= '\u3096') || (c >= '\u30A1' && c <= '\u30FA') || (c >= '\u4E00' && c <= '\u9FFF')
            || c is '\u3001' or '\u3002' or '\u300C' or '\u300D' or '\u300E' or '\u300F' or '\u3010' or '\u3011'
                or '\u3008' or '\u3009' or '\u301C' or '\u30FB' or '\u30FC' or '\u3005';

    // Characters whose NFKC form is themselves or a fixed one-character fold: the fast path.
    private static bool TryFold(char c, out char folded)
    {
        folded = c;
        if (IsIdentity(c))
        {
            return true;
        }
        switch (c)
        {
            case '\r': folded = '\n'; return true;
            case '\t' or '\u00A0' or '\u3000': folded = ' '; return true;
            case >= '\uFF01' and <= '\uFF5E': folded = (char)(c - 0xFEE0); return true;
            default: return false;
        }
    }

    private static int GroupEnd(string s, int i, int end)
    {
        int j = i + (char.IsHighSurrogate(s[i]) && i + 1 < end && char.IsLowSurrogate(s[i + 1]) ? 2 : 1);
        while (j < end && IsCombining(s[j]))
        {
            j++;
        }
        return j;
    }

    private static bool IsCombining(char c) =>
        c is '\u3099' or '\u309A' or '\uFF9E' or '\uFF9F'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static void AppendNormalized(string s, int start, int end, ref Builder output)
    {
        string group = s.Substring(start, end - start);
        string normalized;
        try
        {
            normalized = group.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalized: keep a replacement character in its place.
            normalized = "\uFFFD";
        }
        foreach (char n in normalized)
        {
            output.Add(n is '\u00A0' or '\u3000' ? ' ' : n, start);
        }
    }

    // Output characters in a pooled buffer, and the offset map as breakpoints where the delta changes.
    private struct Builder(int capacity)
    {
        private char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        private readonly List<int> _breaks = [0];
        private readonly List<int> _deltas = [int.MinValue];
        private int _length;

        public void Add(char c, int originalOffset)
        {
            EnsureRoom(1);
            Map(_length, originalOffset);
            _chars[_length++] = c;
        }

        public void AddRun(ReadOnlySpan<char> chars, int originalOffset)
        {
            EnsureRoom(chars.Length);
            // Within a run original and normalized offsets advance together: one breakpoint at most.
            Map(_length, originalOffset);
            chars.CopyTo(_chars.AsSpan(_length));
            _length += chars.Length;
        }

        private void EnsureRoom(int count)
        {
            if (_length + count > _chars.Length)
            {
                var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + count));
                _chars.AsSpan(0, _length).CopyTo(bigger);
                ArrayPool<char>.Shared.Return(_chars);
                _chars = bigger;
            }
        }

        public NormalizedText Finish(string original, int end, bool pooled)
        {
            Map(_length, end);
            if (pooled)
            {
                return new NormalizedText(original, null, _chars, _length, _breaks.ToArray(), _deltas.ToArray());
            }
            var text = new string(_chars, 0, _length);
            ArrayPool<char>.Shared.Return(_chars);
            return new NormalizedText(original, text, null, _length, _breaks.ToArray(), _deltas.ToArray());
        }

        private readonly void Map(int normalized, int originalOffset)
        {
            int delta = originalOffset - normalized;
            if (_deltas[^1] == int.MinValue)
            {
                _deltas[^1] = delta;
            }
            else if (_deltas[^1] != delta)
            {
                if (_breaks[^1] == normalized)
                {
                    _deltas[^1] = delta;
                }
                else
                {
                    _breaks.Add(normalized);
                    _deltas.Add(delta);
                }
            }
        }
    }
}
