using System.Collections.Concurrent;
using System.Text;

namespace IncidentParsing.MeCab;

/// <summary>
/// Hands out one shared string per distinct UTF-8 value (base forms, readings, POS columns), so
/// tokenizing allocates strings only for values not seen before. Thread-safe. Bounded: past
/// <see cref="Capacity"/> distinct values new ones are allocated and not kept, so a stream of
/// unknown words cannot grow it without limit.
/// </summary>
internal sealed class Utf8StringPool
{
    private const int StackLimit = 256;
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _count;

    public Utf8StringPool(int capacity)
    {
        Capacity = capacity;
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The most distinct values kept.</summary>
    public int Capacity { get; }

    /// <summary>The shared string equal to <paramref name="utf8"/> decoded.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return "";
        }
        if (utf8.Length > StackLimit)
        {
            return Encoding.UTF8.GetString(utf8);
        }
        Span<char> chars = stackalloc char[StackLimit];
        int length = Encoding.UTF8.GetChars(utf8, chars);
        return Get(chars[..length]);
    }

    /// <summary>The shared string equal to <paramref name="chars"/>.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (_lookup.TryGetValue(chars, out var known))
        {
            return known;
        }
        string created = chars.ToString();
        if (Volatile.Read(ref _count) >= Capacity)
        {
            return created;
        }
        if (_strings.TryAdd(created, created))
        {
            Interlocked.Increment(ref _count);
            return created;
        }
        return _strings.TryGetValue(created, out var raced) ? raced : created;
    }
}
