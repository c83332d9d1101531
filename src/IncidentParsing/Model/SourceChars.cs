namespace IncidentParsing.Model;

/// <summary>
/// The characters behind a value's <c>Text</c>: a string of its own (values built by callers), or a slice
/// of its notice's <see cref="NoticeTextPool"/> (values built by the parser). A notice's many short texts
/// then cost one array instead of one string each, which is what the garbage collector pays for when a
/// caller keeps thousands of incidents. Equality and hashing are by content, so records holding it compare
/// as if they held the string.
/// </summary>
internal readonly struct SourceChars : IEquatable<SourceChars>
{
    private readonly object? _owner; // a whole string, or the NoticeTextPool holding [_offset, _offset + _length)
    private readonly int _offset;
    private readonly int _length;

    public SourceChars(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _owner = text;
    }

    internal SourceChars(NoticeTextPool pool, int offset, int length)
    {
        _owner = pool;
        _offset = offset;
        _length = length;
    }

    /// <summary>The characters, without making a string of them.</summary>
    public ReadOnlySpan<char> Span => _owner switch
    {
        string s => s,
        NoticeTextPool pool => pool.Chars(_offset, _length),
        _ => default,
    };

    /// <summary>The characters as a string: the caller's own instance, or a new one for pooled characters.</summary>
    public override string ToString() => _owner as string ?? (_length == 0 ? "" : new string(Span));

    public bool Equals(SourceChars other) => Span.SequenceEqual(other.Span);

    public override bool Equals(object? obj) => obj is SourceChars other && Equals(other);

    public override int GetHashCode() => string.GetHashCode(Span, StringComparison.Ordinal);

    public static bool operator ==(SourceChars left, SourceChars right) => left.Equals(right);

    public static bool operator !=(SourceChars left, SourceChars right) => !left.Equals(right);
}
