using System.Collections.ObjectModel;

namespace IncidentParsing.Pipeline;

/// <summary>
/// The ordered extractors of a builder. Order is stated by type ("before the timeline"), not by
/// priority numbers, and adding the same type twice is harmless.
/// </summary>
internal sealed class ExtractorList : Collection<IIncidentExtractor>
{
    /// <summary>The first extractor of type <typeparamref name="T"/>, or null.</summary>
    public T? Find<T>() where T : class, IIncidentExtractor => this.OfType<T>().FirstOrDefault();

    /// <summary>True when an extractor of type <typeparamref name="T"/> is in the list.</summary>
    public bool Contains<T>() where T : class, IIncidentExtractor => Find<T>() is not null;

    /// <summary>Adds <paramref name="extractor"/> unless one of its type is already there.</summary>
    /// <returns>True when it was added.</returns>
    public bool AddIfNotAlready(IIncidentExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        if (this.Any(e => e.GetType() == extractor.GetType()))
        {
            return false;
        }
        Add(extractor);
        return true;
    }

    /// <summary>Inserts <paramref name="extractor"/> before the first extractor of type <typeparamref name="T"/> (at the end when there is none).</summary>
    public void InsertBefore<T>(IIncidentExtractor extractor) where T : class, IIncidentExtractor
    {
        ArgumentNullException.ThrowIfNull(extractor);
        int at = IndexOf<T>();
        Insert(at < 0 ? Count : at, extractor);
    }

    /// <summary>Inserts <paramref name="extractor"/> after the last extractor of type <typeparamref name="T"/> (at the end when there is none).</summary>
    public void InsertAfter<T>(IIncidentExtractor extractor) where T : class, IIncidentExtractor
    {
        ArgumentNullException.ThrowIfNull(extractor);
        int at = -1;
        for (int i = 0; i < Count; i++)
        {
            if (this[i] is T)
            {
                at = i;
            }
        }
        Insert(at < 0 ? Count : at + 1, extractor);
    }

    /// <summary>Replaces the extractor of type <typeparamref name="T"/> with <paramref name="extractor"/>, or adds it.</summary>
    public void ReplaceOrAdd<T>(IIncidentExtractor extractor) where T : class, IIncidentExtractor
    {
        ArgumentNullException.ThrowIfNull(extractor);
        int at = IndexOf<T>();
        if (at < 0)
        {
            Add(extractor);
        }
        else
        {
            this[at] = extractor;
        }
    }

    /// <summary>Removes the extractors of type <typeparamref name="T"/>.</summary>
    /// <returns>True when any was removed.</returns>
    public bool TryRemove<T>() where T : class, IIncidentExtractor
    {
        bool removed = false;
        for (int i = Count - 1; i >= 0; i--)
        {
            if (this[i] is T)
            {
                RemoveAt(i);
                removed = true;
            }
        }
        return removed;
    }

    /// <summary>An extractor's name, in annotations and diagnostics: its class name without <c>Extractor</c>, in kebab case (<c>TitleClassificationExtractor</c> is <c>title-classification</c>).</summary>
    public static string NameOf(IIncidentExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return NameOf(extractor.GetType());
    }

    /// <summary>The configuration name of extractors of <paramref name="type"/>.</summary>
    internal static string NameOf(Type type)
    {
        string name = type.Name;
        if (name.EndsWith("Extractor", StringComparison.Ordinal) && name.Length > "Extractor".Length)
        {
            name = name[..^"Extractor".Length];
        }
        return System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);
    }

    /// <inheritdoc />
    protected override void InsertItem(int index, IIncidentExtractor item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.InsertItem(index, item);
    }

    /// <inheritdoc />
    protected override void SetItem(int index, IIncidentExtractor item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.SetItem(index, item);
    }

    private int IndexOf<T>()
    {
        for (int i = 0; i < Count; i++)
        {
            if (this[i] is T)
            {
                return i;
            }
        }
        return -1;
    }
}
