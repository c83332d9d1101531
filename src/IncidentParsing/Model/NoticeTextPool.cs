using System.Buffers;

namespace IncidentParsing.Model;

/// <summary>
/// One buffer holding the source characters of a notice's extracted values (count, field, timeline, report
/// and annotation texts), each stored once. Filled by one thread while the notice is extracted, then
/// <see cref="Seal"/>ed into an exact-size array that never changes again, so the finished incident can
/// be read from any thread.
/// </summary>
internal sealed class NoticeTextPool
{
    private char[] _chars;
    private int _length;
    private bool _rented;

    public NoticeTextPool()
    {
        _chars = ArrayPool<char>.Shared.Rent(256);
        _rented = true;
    }

    /// <summary>Stores <paramref name="chars"/> (or finds them already stored) and gives the slice that holds them.</summary>
    public SourceChars Add(ReadOnlySpan<char> chars)
    {
        if (!_rented)
        {
            throw new InvalidOperationException("The pool is sealed.");
        }
        if (chars.IsEmpty)
        {
            return new SourceChars("");
        }
        // Dates and counts repeat within a notice (the same period in three statements); one copy serves all.
        int at = _chars.AsSpan(0, _length).IndexOf(chars);
        if (at >= 0)
        {
            return new SourceChars(this, at, chars.Length);
        }
        if (_length + chars.Length > _chars.Length)
        {
            Grow(_length + chars.Length);
        }
        chars.CopyTo(_chars.AsSpan(_length));
        _length += chars.Length;
        return new SourceChars(this, _length - chars.Length, chars.Length);
    }

    public ReadOnlySpan<char> Chars(int offset, int length) => _chars.AsSpan(offset, length);

    /// <summary>Moves the characters into an array of their exact size and gives the rented buffer back.</summary>
    public void Seal()
    {
        if (!_rented)
        {
            return;
        }
        var rented = _chars;
        _chars = _length == 0 ? [] : rented.AsSpan(0, _length).ToArray();
        _rented = false;
        ArrayPool<char>.Shared.Return(rented);
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _chars.Length * 2));
        _chars.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = bigger;
    }
}
