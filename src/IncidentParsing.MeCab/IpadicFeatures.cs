using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using IncidentParsing.Tokenization;

namespace IncidentParsing.MeCab;

/// <summary>
/// Reads IPADIC's feature CSV (品詞,品詞細分類1,品詞細分類2,品詞細分類3,活用型,活用形,原形,読み,発音)
/// straight from libmecab's UTF-8 bytes. One <see cref="PartOfSpeech"/> instance per distinct
/// POS prefix, pooled strings for base forms and readings, and parsed columns cached per dictionary
/// entry: nothing is allocated or decoded per token once a word has been seen. IPADIC's <c>*</c> (no value) becomes an empty string or null.
/// </summary>
internal sealed class IpadicFeatures
{
    private const int PosColumns = 4;
    private const int BaseFormColumn = 6;
    private const int ReadingColumn = 7;
    private const int StackLimit = 256;

    /// <summary>At most this many dictionary entries are cached (IPADIC has about 400,000; a text uses far fewer).</summary>
    private const int EntryCapacity = 1 << 18;

    private readonly ConcurrentDictionary<string, PartOfSpeech> _pos = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PartOfSpeech>.AlternateLookup<ReadOnlySpan<char>> _posLookup;
    private readonly Utf8StringPool _strings;
    private readonly ConcurrentDictionary<nint, FeatureEntry> _byAddress = new();
    private int _cachedEntries;

    public IpadicFeatures(int stringPoolCapacity)
    {
        _posLookup = _pos.GetAlternateLookup<ReadOnlySpan<char>>();
        _strings = new Utf8StringPool(stringPoolCapacity);
    }

    /// <summary>
    /// The POS, base form and reading of a node. libmecab's feature strings live in the memory-mapped
    /// dictionary for the model's lifetime, one per dictionary entry, so the parsed columns are cached
    /// by the feature's address: a word seen before costs one lookup and no decoding.
    /// </summary>
    /// <param name="feature">The node's NUL-terminated feature (in the dictionary's memory).</param>
    /// <param name="surface">The node's surface, in UTF-16: a base form equal to it is reported as null.</param>
    public unsafe (PartOfSpeech Pos, string? BaseForm, string? Reading) Read(byte* feature, ReadOnlySpan<char> surface)
    {
        if (!_byAddress.TryGetValue((nint)feature, out var entry))
        {
            entry = Parse(feature);
            if (Volatile.Read(ref _cachedEntries) < EntryCapacity && _byAddress.TryAdd((nint)feature, entry))
            {
                Interlocked.Increment(ref _cachedEntries);
            }
        }
        // Compared with the cached string, not the feature bytes: those lie in the dictionary's
        // mapped memory, and touching it for every token costs a cache miss each.
        string? baseForm = entry.BaseForm is null || surface.SequenceEqual(entry.BaseForm) ? null : entry.BaseForm;
        return (entry.Pos, baseForm, entry.Reading);
    }

    private unsafe FeatureEntry Parse(byte* featurePointer)
    {
        var feature = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(featurePointer);
        Span<Range> columns = stackalloc Range[ReadingColumn + 1];
        int count = SplitColumns(feature, columns);
        var pos = count >= 1 ? PosOf(feature[..columns[Math.Min(count, PosColumns) - 1].End]) : PartOfSpeech.Unknown;
        string? baseForm = null;
        if (count > BaseFormColumn)
        {
            var (start, length) = Unquote(feature, columns[BaseFormColumn]);
            baseForm = IsNone(feature.Slice(start, length)) ? null : _strings.Get(feature.Slice(start, length));
        }
        string? reading = null;
        if (count > ReadingColumn)
        {
            var (start, length) = Unquote(feature, columns[ReadingColumn]);
            reading = IsNone(feature.Slice(start, length)) ? null : _strings.Get(feature.Slice(start, length));
        }
        return new FeatureEntry(pos, baseForm, reading);
    }

    /// <summary>A feature's parsed columns.</summary>
    private sealed record FeatureEntry(PartOfSpeech Pos, string? BaseForm, string? Reading);

    /// <summary>Fills <paramref name="columns"/> with the first columns' ranges; a quoted column may hold commas.</summary>
    internal static int SplitColumns(ReadOnlySpan<byte> feature, Span<Range> columns)
    {
        int count = 0;
        int start = 0;
        while (count < columns.Length && start <= feature.Length)
        {
            int end = start;
            if (end < feature.Length && feature[end] == (byte)'"')
            {
                // Skip to the closing quote ("" inside stands for one quote).
                end++;
                while (end < feature.Length && !(feature[end] == (byte)'"' && (end + 1 >= feature.Length || feature[end + 1] != (byte)'"')))
                {
                    end += feature[end] == (byte)'"' ? 2 : 1;
                }
                end = Math.Min(end + 1, feature.Length);
            }
            int comma = feature[end..].IndexOf((byte)',');
            end = comma < 0 ? feature.Length : end + comma;
            columns[count++] = new Range(start, end);
            start = end + 1;
        }
        return count;
    }

    private static (int Start, int Length) Unquote(ReadOnlySpan<byte> feature, Range column)
    {
        var (start, length) = column.GetOffsetAndLength(feature.Length);
        return length >= 2 && feature[start] == (byte)'"' && feature[start + length - 1] == (byte)'"' ? (start + 1, length - 2) : (start, length);
    }

    private static bool IsNone(ReadOnlySpan<byte> value) => value.IsEmpty || (value.Length == 1 && value[0] == (byte)'*');

    /// <summary>The shared <see cref="PartOfSpeech"/> for a <c>品詞,細分類1,細分類2,細分類3</c> prefix.</summary>
    private PartOfSpeech PosOf(ReadOnlySpan<byte> prefix)
    {
        if (prefix.Length > StackLimit)
        {
            return Create(Encoding.UTF8.GetString(prefix));
        }
        Span<char> chars = stackalloc char[StackLimit];
        int length = Encoding.UTF8.GetChars(prefix, chars);
        var key = chars[..length];
        if (_posLookup.TryGetValue(key, out var known))
        {
            return known;
        }
        string text = key.ToString();
        return _pos.GetOrAdd(text, Create);
    }

    private PartOfSpeech Create(string prefix)
    {
        Span<string> parts = ["", "", "", ""];
        int i = 0;
        foreach (var range in prefix.AsSpan().Split(','))
        {
            if (i == parts.Length)
            {
                break;
            }
            var value = prefix.AsSpan(range);
            parts[i++] = value is "*" ? "" : _strings.Get(value);
        }
        return new PartOfSpeech(parts[0], parts[1], parts[2], parts[3]);
    }
}
