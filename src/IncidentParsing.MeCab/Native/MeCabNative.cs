using System.Reflection;
using System.Runtime.InteropServices;

namespace IncidentParsing.MeCab.Native;

/// <summary>
/// The part of libmecab's C API the tokenizer uses: the thread-safe model / tagger / lattice trio.
/// One model and one tagger serve every thread; each parse needs a lattice of its own.
/// </summary>
internal static unsafe partial class MeCabNative
{
    /// <summary>The name the imports bind to; <see cref="Resolve"/> maps it to the platform's file.</summary>
    private const string Library = "mecab";

    /// <summary>File names tried in order, so the runtime package (libmecab2) suffices: no -dev symlink needed.</summary>
    internal static readonly string[] Candidates =
        ["libmecab.so.2", "libmecab.so", "libmecab.2.dylib", "libmecab.dylib", "libmecab.dll", "mecab"];

    /// <summary>Environment variable naming the library file explicitly.</summary>
    internal const string LibraryVariable = "INCIDENTPARSING_MECAB_LIBRARY";

    static MeCabNative() => NativeLibrary.SetDllImportResolver(typeof(MeCabNative).Assembly, Resolve);

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Library)
        {
            return IntPtr.Zero;
        }
        if (Environment.GetEnvironmentVariable(LibraryVariable) is { Length: > 0 } explicitPath)
        {
            return NativeLibrary.TryLoad(explicitPath, out var explicitHandle) ? explicitHandle : IntPtr.Zero;
        }
        foreach (var candidate in Candidates)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }
        return IntPtr.Zero;
    }

    [LibraryImport(Library, EntryPoint = "mecab_version")]
    internal static partial byte* Version();

    [LibraryImport(Library, EntryPoint = "mecab_model_new")]
    internal static partial IntPtr ModelNew(int argc, byte** argv);

    [LibraryImport(Library, EntryPoint = "mecab_model_destroy")]
    internal static partial void ModelDestroy(IntPtr model);

    [LibraryImport(Library, EntryPoint = "mecab_model_dictionary_info")]
    internal static partial DictionaryInfo* ModelDictionaryInfo(MeCabModelHandle model);

    [LibraryImport(Library, EntryPoint = "mecab_model_new_tagger")]
    internal static partial IntPtr ModelNewTagger(MeCabModelHandle model);

    [LibraryImport(Library, EntryPoint = "mecab_model_new_lattice")]
    internal static partial IntPtr ModelNewLattice(MeCabModelHandle model);

    [LibraryImport(Library, EntryPoint = "mecab_destroy")]
    internal static partial void TaggerDestroy(IntPtr tagger);

    /// <summary>The tagger's (or, with a null tagger, the last global) error message.</summary>
    [LibraryImport(Library, EntryPoint = "mecab_strerror")]
    internal static partial byte* StrError(IntPtr tagger);

    [LibraryImport(Library, EntryPoint = "mecab_parse_lattice")]
    internal static partial int ParseLattice(MeCabTaggerHandle tagger, MeCabLatticeHandle lattice);

    [LibraryImport(Library, EntryPoint = "mecab_lattice_destroy")]
    internal static partial void LatticeDestroy(IntPtr lattice);

    [LibraryImport(Library, EntryPoint = "mecab_lattice_clear")]
    internal static partial void LatticeClear(MeCabLatticeHandle lattice);

    /// <summary>Points the lattice at <paramref name="sentence"/> WITHOUT copying: keep it pinned until the nodes are read.</summary>
    [LibraryImport(Library, EntryPoint = "mecab_lattice_set_sentence2")]
    internal static partial void LatticeSetSentence(MeCabLatticeHandle lattice, byte* sentence, nuint length);

    [LibraryImport(Library, EntryPoint = "mecab_lattice_get_bos_node")]
    internal static partial Node* LatticeBosNode(MeCabLatticeHandle lattice);

    /// <summary>Reads a NUL-terminated UTF-8 string from libmecab (for messages, never per token).</summary>
    internal static string? ToManaged(byte* text) => text is null ? null : Marshal.PtrToStringUTF8((IntPtr)text);
}

/// <summary>
/// The leading fields of <c>mecab_node_t</c> (mecab.h, 0.996), read in place. Only pointers are ever
/// taken to it, so the trailing fields (whose <c>long</c> differs between platforms) are left out.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Node
{
    public Node* Prev;
    public Node* Next;
    public Node* ENext;
    public Node* BNext;
    public IntPtr RPath;
    public IntPtr LPath;
    /// <summary>Points into the sentence buffer (not NUL-terminated): the offset is this minus the buffer.</summary>
    public byte* Surface;
    /// <summary>NUL-terminated CSV of the dictionary's feature columns.</summary>
    public byte* Feature;
    public uint Id;
    /// <summary>Surface length in bytes.</summary>
    public ushort Length;
    /// <summary>Surface length in bytes including the white space MeCab skipped before it.</summary>
    public ushort RLength;
    public ushort RcAttr;
    public ushort LcAttr;
    public ushort PosId;
    public byte CharType;
    /// <summary>One of <see cref="NodeStatus"/>.</summary>
    public byte Stat;
    public byte IsBest;
}

/// <summary>Values of <see cref="Node.Stat"/>.</summary>
internal static class NodeStatus
{
    public const byte Normal = 0;
    public const byte Unknown = 1;
    public const byte BeginOfSentence = 2;
    public const byte EndOfSentence = 3;
    public const byte EndOfNBest = 4;
}

/// <summary><c>mecab_dictionary_info_t</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct DictionaryInfo
{
    public byte* FileName;
    public byte* Charset;
    public uint Size;
    public int Type;
    public uint LSize;
    public uint RSize;
    public ushort Version;
    public DictionaryInfo* Next;
}
