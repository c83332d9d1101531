using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using IncidentParsing.MeCab.Native;
using IncidentParsing.Text;
using IncidentParsing.Tokenization;

namespace IncidentParsing.MeCab;

/// <summary>
/// Morphemes from MeCab (libmecab with a UTF-8 IPADIC), through P/Invoke. One instance serves any
/// number of threads: the model and tagger are shared (MeCab's thread-safe API) and every call
/// parses on a lattice of its own, taken from a small pool. Tokenizing never throws on text: lines
/// are fed one at a time (MeCab stops at NUL), over-long lines in bounded chunks, and a piece MeCab
/// cannot parse falls back to the built-in script tokenizer.
/// </summary>
/// <example>
/// <code>
/// using var mecab = new MeCabTokenizer(); // throws MeCabUnavailableException if not installed
/// var parser = new IncidentParserBuilder().UseDefaults().UseTokenizer(mecab).Build();
/// </code>
/// </example>
public sealed unsafe class MeCabTokenizer : ITokenizer, IDisposable
{
    private const int StringPoolCapacity = 1 << 18;
    private static readonly Lock SharedGate = new();
    private static MeCabTokenizer? _shared;

    private readonly MeCabModelHandle _model;
    private readonly MeCabTaggerHandle _tagger;
    private readonly IpadicFeatures _features = new(StringPoolCapacity);
    private readonly ConcurrentQueue<MeCabLatticeHandle> _lattices = new();
    private readonly int _maxPooledLattices = Math.Max(2, Environment.ProcessorCount * 2);
    private readonly int _maxChunkLength;
    private int _pooledLattices;
    private volatile bool _disposed;
    private bool _isShared;

    /// <summary>Loads MeCab with the dictionary found as <see cref="MeCabOptions"/> describes.</summary>
    /// <exception cref="MeCabUnavailableException">libmecab or a UTF-8 IPADIC dictionary is missing.</exception>
    public MeCabTokenizer() : this(new MeCabOptions())
    {
    }

    /// <summary>Loads MeCab with the dictionary found as <paramref name="options"/> describe.</summary>
    /// <exception cref="MeCabUnavailableException">libmecab or a UTF-8 IPADIC dictionary is missing.</exception>
    public MeCabTokenizer(MeCabOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxChunkLength, 16, nameof(options));
        MeCabVersion = MeCabModelLoader.LibraryVersion();
        var loaded = MeCabModelLoader.Load(options);
        _model = loaded.Model;
        _tagger = loaded.Tagger;
        DictionaryDirectory = loaded.Dictionary.Directory;
        DictionaryOrigin = loaded.Dictionary.Origin;
        DictionaryCharset = loaded.Charset;
        _maxChunkLength = options.MaxChunkLength;
    }

    /// <summary>
    /// One tokenizer with default options for the whole process, created on first use (what
    /// <c>UseMeCab()</c> shares, so several parsers do not each load the dictionary).
    /// </summary>
    /// <exception cref="MeCabUnavailableException">libmecab or a UTF-8 IPADIC dictionary is missing.</exception>
    public static MeCabTokenizer Shared
    {
        get
        {
            lock (SharedGate)
            {
                return _shared ??= new MeCabTokenizer { _isShared = true };
            }
        }
    }

    /// <summary>True when MeCab and a UTF-8 IPADIC can be loaded here; otherwise <paramref name="reason"/> says why.</summary>
    public static bool IsAvailable(out string reason)
    {
        try
        {
            _ = Shared;
            reason = "";
            return true;
        }
        catch (MeCabUnavailableException ex)
        {
            reason = ex.Message;
            return false;
        }
    }

    /// <inheritdoc />
    public string Name => "mecab";

    /// <inheritdoc />
    public string Description => $"mecab (ipadic at {DictionaryDirectory})";

    /// <inheritdoc />
    public bool ProvidesPartsOfSpeech => true;

    /// <summary>The dictionary directory in use.</summary>
    public string DictionaryDirectory { get; }

    /// <summary>Where that directory came from: the option, the environment variable, a mecabrc path, or a default location.</summary>
    public string DictionaryOrigin { get; }

    /// <summary>The dictionary's declared charset (UTF-8 in some spelling).</summary>
    public string DictionaryCharset { get; }

    /// <summary>libmecab's version string.</summary>
    public string MeCabVersion { get; }

    /// <inheritdoc />
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ObjectDisposedException.ThrowIf(_disposed, this);
        // Japanese prose runs about one morpheme per two characters; a little over avoids one regrowth.
        var tokens = new List<Token>(text.Length / 8 * 5 + 4);
        if (text.Length == 0)
        {
            return tokens;
        }
        var lattice = RentLattice();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(Math.Min(text.Length, _maxChunkLength)));
        try
        {
            int position = 0;
            while (SentenceChunker.Next(text, ref position, _maxChunkLength, out int start, out int end))
            {
                TokenizePiece(text, start, end, lattice, buffer, tokens);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ReturnLattice(lattice);
        }
        return tokens;
    }

    /// <summary>Parses <c>text[start..end)</c> (no line break or NUL inside) and appends its morphemes.</summary>
    private void TokenizePiece(string text, int start, int end, MeCabLatticeHandle lattice, byte[] buffer, List<Token> tokens)
    {
        int byteCount = Encoding.UTF8.GetBytes(text.AsSpan(start, end - start), buffer);
        fixed (byte* sentence = buffer)
        {
            // The lattice keeps a pointer to the sentence (no copy): it stays pinned while the nodes are read.
            MeCabNative.LatticeSetSentence(lattice, sentence, (nuint)byteCount);
            if (MeCabNative.ParseLattice(_tagger, lattice) == 0)
            {
                AppendFallback(text, start, end, tokens);
                return;
            }
            var cursor = new Utf8Cursor(text, start, end);
            for (Node* node = MeCabNative.LatticeBosNode(lattice)->Next; node is not null && node->Stat != NodeStatus.EndOfSentence; node = node->Next)
            {
                int byteStart = (int)(node->Surface - sentence);
                int byteEnd = byteStart + node->Length;
                if (node->Length == 0 || byteStart < cursor.Byte || byteEnd > byteCount)
                {
                    continue;
                }
                int charStart = cursor.MoveTo(byteStart);
                int charEnd = cursor.MoveTo(byteEnd);
                var surface = text.AsSpan(charStart, charEnd - charStart);
                var (pos, baseForm, reading) = _features.Read(node->Feature, surface);
                tokens.Add(new Token(new TextSpan(charStart, charEnd), SurfaceScript.Of(surface), pos, baseForm, reading)
                {
                    InDictionary = node->Stat == NodeStatus.Normal,
                });
            }
        }
    }

    /// <summary>MeCab refused the piece (it should not): keep the text covered with script tokens.</summary>
    private static void AppendFallback(string text, int start, int end, List<Token> tokens)
    {
        foreach (var token in ITokenizer.Default.Tokenize(text[start..end]))
        {
            tokens.Add(token with { Span = token.Span.Shift(start) });
        }
    }

    private MeCabLatticeHandle RentLattice()
    {
        if (_lattices.TryDequeue(out var pooled))
        {
            Interlocked.Decrement(ref _pooledLattices);
            return pooled;
        }
        var lattice = MeCabLatticeHandle.Create(_model);
        if (lattice.IsInvalid)
        {
            throw new OutOfMemoryException("MeCab could not allocate a lattice.");
        }
        return lattice;
    }

    private void ReturnLattice(MeCabLatticeHandle lattice)
    {
        if (_disposed || Interlocked.Increment(ref _pooledLattices) > _maxPooledLattices)
        {
            Interlocked.Decrement(ref _pooledLattices);
            lattice.Dispose();
            return;
        }
        _lattices.Enqueue(lattice);
    }

    /// <summary>
    /// Releases the lattices, tagger and model (calls in progress finish first: the handles are
    /// reference-counted). Does nothing on <see cref="Shared"/>, which lives as long as the process.
    /// </summary>
    public void Dispose()
    {
        if (_disposed || _isShared)
        {
            return;
        }
        _disposed = true;
        while (_lattices.TryDequeue(out var lattice))
        {
            lattice.Dispose();
        }
        _tagger.Dispose();
        _model.Dispose();
    }

    /// <summary>Walks a piece's UTF-16 text in step with its UTF-8 encoding, forward only.</summary>
    private ref struct Utf8Cursor(string text, int start, int end)
    {
        private readonly string _text = text;
        private readonly int _end = end;
        private int _char = start;

        /// <summary>The UTF-8 offset reached.</summary>
        public int Byte { get; private set; }

        /// <summary>Advances to UTF-8 offset <paramref name="target"/> and returns the matching UTF-16 offset.</summary>
        public int MoveTo(int target)
        {
            while (Byte < target && _char < _end)
            {
                char c = _text[_char];
                if (c < 0x80)
                {
                    Byte += 1;
                }
                else if (c < 0x800)
                {
                    Byte += 2;
                }
                else if (char.IsHighSurrogate(c) && _char + 1 < _end && char.IsLowSurrogate(_text[_char + 1]))
                {
                    // A pair is one 4-byte code point; a lone surrogate is encoded as U+FFFD (3 bytes).
                    Byte += 4;
                    _char++;
                }
                else
                {
                    Byte += 3;
                }
                _char++;
            }
            return _char;
        }
    }
}
