using System.Buffers;
using System.Runtime.CompilerServices;

namespace IncidentParsing.Collections;

/// <summary>
/// A growable list whose storage is rented from <see cref="ArrayPool{T}.Shared"/> and returned on
/// <see cref="Dispose"/>: for scratch collected during one call and thrown away (a notice's field findings, its
/// numbers before they are copied out), so that every call does not grow (and drop) a list of its own. Only inside one call (not thread-safe, not for results);
/// storage that held references is cleared before it goes back.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class PooledList<T> : IDisposable
{
    private T[] _items = [];

    /// <summary>The number of items.</summary>
    public int Count { get; private set; }

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => AsSpan()[index];

    /// <summary>Appends <paramref name="item"/>.</summary>
    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Grow();
        }
        _items[Count++] = item;
    }

    /// <summary>Appends <paramref name="items"/>.</summary>
    public void AddRange(List<T> items)
    {
        foreach (var item in items)
        {
            Add(item);
        }
    }

    /// <summary>The items, in the order added (valid until the next <see cref="Add"/>).</summary>
    public Span<T> AsSpan() => _items.AsSpan(0, Count);

    /// <summary>Returns the storage to the pool; the list is then empty.</summary>
    public void Dispose()
    {
        ReturnStorage();
        _items = [];
        Count = 0;
    }

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(16, _items.Length * 2));
        AsSpan().CopyTo(larger);
        ReturnStorage();
        _items = larger;
    }

    private void ReturnStorage()
    {
        if (_items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
