using System.Runtime.InteropServices;
using System.Text;
using IncidentParsing.MeCab.Native;

namespace IncidentParsing.MeCab;

/// <summary>A loaded MeCab model and what it was loaded from.</summary>
/// <param name="Model">The model (owns the dictionary).</param>
/// <param name="Tagger">The one tagger; thread-safe when each parse has its own lattice.</param>
/// <param name="Dictionary">Where the dictionary was found.</param>
/// <param name="Charset">The dictionary's charset as it declares it.</param>
internal sealed record LoadedModel(MeCabModelHandle Model, MeCabTaggerHandle Tagger, DictionaryCandidate Dictionary, string Charset);

/// <summary>
/// Loads libmecab and a UTF-8 IPADIC model, trying the dictionary candidates in order and turning
/// every way this can fail into a <see cref="MeCabUnavailableException"/> that says what to install.
/// </summary>
internal static unsafe class MeCabModelLoader
{
    /// <summary>The version of the loaded libmecab; throws <see cref="MeCabUnavailableException"/> when it cannot be loaded.</summary>
    public static string LibraryVersion()
    {
        try
        {
            return MeCabNative.ToManaged(MeCabNative.Version()) ?? "";
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            string tried = Environment.GetEnvironmentVariable(MeCabNative.LibraryVariable) is { Length: > 0 } explicitPath
                ? $"{MeCabNative.LibraryVariable}={explicitPath}"
                : string.Join(", ", MeCabNative.Candidates);
            throw MeCabUnavailableException.Because($"The MeCab library could not be loaded (tried {tried}).", ex);
        }
    }

    public static LoadedModel Load(MeCabOptions options)
    {
        LibraryVersion();
        var problems = new List<string>();
        foreach (var candidate in MeCabDictionaryLocator.Candidates(options))
        {
            if (!Directory.Exists(candidate.Directory) || !File.Exists(Path.Combine(candidate.Directory, "sys.dic")))
            {
                if (candidate.IsExplicit)
                {
                    problems.Add($"{candidate.Directory} (from {candidate.Origin}) has no sys.dic");
                }
                continue;
            }
            if (TryLoad(candidate, options, out var loaded, out var problem))
            {
                return loaded;
            }
            problems.Add($"{candidate.Directory} (from {candidate.Origin}): {problem}");
        }
        string tried = problems.Count == 0 ? "no MeCab dictionary directory was found" : string.Join("; ", problems);
        throw MeCabUnavailableException.Because($"No usable UTF-8 IPADIC dictionary for MeCab: {tried}.");
    }

    private static bool TryLoad(DictionaryCandidate candidate, MeCabOptions options, out LoadedModel loaded, out string problem)
    {
        loaded = null!;
        var model = CreateModel(candidate, options);
        if (model.IsInvalid)
        {
            problem = "MeCab could not load it: " + (MeCabNative.ToManaged(MeCabNative.StrError(IntPtr.Zero)) ?? "unknown error");
            return false;
        }
        string charset = Charset(model);
        if (!charset.Replace("-", "", StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            model.Dispose();
            problem = $"its charset is {charset}, not UTF-8";
            return false;
        }
        var tagger = MeCabTaggerHandle.Create(model);
        if (tagger.IsInvalid)
        {
            model.Dispose();
            problem = "MeCab could not create a tagger: " + (MeCabNative.ToManaged(MeCabNative.StrError(IntPtr.Zero)) ?? "unknown error");
            return false;
        }
        if (ProbeFeature(model, tagger) is { } unexpected)
        {
            tagger.Dispose();
            model.Dispose();
            problem = $"its feature columns are not IPADIC's (です gave \"{unexpected}\")";
            return false;
        }
        loaded = new LoadedModel(model, tagger, candidate with { Directory = FinalPath(candidate.Directory) }, charset);
        problem = "";
        return true;
    }

    /// <summary>The directory with symbolic links resolved (Debian's <c>dic/debian</c> is an alternatives link), for messages.</summary>
    private static string FinalPath(string directory)
    {
        try
        {
            var full = Path.GetFullPath(directory);
            return new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return directory;
        }
    }

    /// <summary><c>mecab_model_new(argc, argv)</c>: arguments as an array, so paths with spaces survive.</summary>
    private static MeCabModelHandle CreateModel(DictionaryCandidate candidate, MeCabOptions options)
    {
        var args = new List<string>
        {
            "mecab", "-d", candidate.Directory,
            // Always name an rc file: libmecab fails when its compiled-in default is absent. The
            // dictionary's own dicrc is harmless as one (-d wins over any dicdir in it).
            "-r", candidate.ResourceFile ?? Path.Combine(candidate.Directory, "dicrc"),
        };
        if (options.UserDictionary is { Length: > 0 } userDictionary)
        {
            args.Add("-u");
            args.Add(userDictionary);
        }
        var argv = new IntPtr[args.Count];
        try
        {
            for (int i = 0; i < args.Count; i++)
            {
                argv[i] = Marshal.StringToCoTaskMemUTF8(args[i]);
            }
            fixed (IntPtr* pointers = argv)
            {
                return MeCabModelHandle.FromPointer(MeCabNative.ModelNew(args.Count, (byte**)pointers));
            }
        }
        finally
        {
            foreach (var pointer in argv)
            {
                Marshal.FreeCoTaskMem(pointer);
            }
        }
    }

    private static string Charset(MeCabModelHandle model)
    {
        var info = MeCabNative.ModelDictionaryInfo(model);
        return info is null ? "" : MeCabNative.ToManaged(info->Charset) ?? "";
    }

    /// <summary>
    /// Parses です: IPADIC says 助動詞 with base form です in column 7. Other dictionaries (JUMAN,
    /// UniDic) order their columns differently, and reading them as IPADIC would give wrong POS.
    /// Returns null when the columns are IPADIC's, else the feature seen.
    /// </summary>
    private static string? ProbeFeature(MeCabModelHandle model, MeCabTaggerHandle tagger)
    {
        using var lattice = MeCabLatticeHandle.Create(model);
        if (lattice.IsInvalid)
        {
            return "(no lattice)";
        }
        ReadOnlySpan<byte> sentence = "です"u8;
        fixed (byte* bytes = sentence)
        {
            MeCabNative.LatticeSetSentence(lattice, bytes, (nuint)sentence.Length);
            if (MeCabNative.ParseLattice(tagger, lattice) == 0)
            {
                return "(parse failed)";
            }
            var node = MeCabNative.LatticeBosNode(lattice)->Next;
            string feature = node is null ? "" : MeCabNative.ToManaged(node->Feature) ?? "";
            Span<Range> columns = stackalloc Range[8];
            var bytesOfFeature = Encoding.UTF8.GetBytes(feature);
            int count = IpadicFeatures.SplitColumns(bytesOfFeature, columns);
            bool isIpadic = count > 6 && feature.StartsWith("助動詞,", StringComparison.Ordinal)
                && bytesOfFeature.AsSpan(columns[6]).SequenceEqual(sentence);
            return isIpadic ? null : feature;
        }
    }
}
