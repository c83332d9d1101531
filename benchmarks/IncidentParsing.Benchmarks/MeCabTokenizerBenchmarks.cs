using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using IncidentParsing.MeCab;

namespace IncidentParsing.Benchmarks;

/// <summary>
/// Tokenizing the seed corpus (repeated <see cref="Copies"/> times) through the MeCab adapter,
/// against the <c>mecab</c> command on the same text written to a file, in the same run. The
/// command's figure includes starting the process and writing its output (to /dev/null), which is
/// what using it costs; at 1 copy the start-up weighs more, at 16 copies the analysis dominates.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
[InputBytes(nameof(InputBytes))]
[BenchmarkCategory("MeCab")]
public class MeCabTokenizerBenchmarks
{
    private MeCabTokenizer _tokenizer = null!;
    private string _text = "";
    private string _file = "";
    private string _command = "";

    /// <summary>How many copies of the seed corpus are tokenized per operation.</summary>
    [Params(1, 16)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _tokenizer = MeCabTokenizer.Shared;
        _text = SeedCorpus.Repeated(Copies);
        _file = Path.Combine(Path.GetTempPath(), $"incidentparsing-mecab-bench-{Environment.ProcessId}-{Copies}.txt");
        File.WriteAllText(_file, _text, new UTF8Encoding(false));
        _command = FindOnPath("mecab") ?? throw new InvalidOperationException("the mecab command is not on PATH (apt-get install mecab)");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    [Benchmark(Baseline = true, Description = "mecab command")]
    public int MeCabCommand()
    {
        var start = new ProcessStartInfo(_command) { UseShellExecute = false };
        foreach (var argument in new[] { "-d", _tokenizer.DictionaryDirectory, "-o", "/dev/null", _file })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode == 0 ? 0 : throw new InvalidOperationException($"mecab exited with {process.ExitCode}");
    }

    [Benchmark(Description = "MeCabTokenizer (P/Invoke)")]
    public int Adapter() => _tokenizer.Tokenize(_text).Count;

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, name)).FirstOrDefault(File.Exists);

    internal static long InputBytes(string method, string parameters) =>
        SeedCorpus.Utf8Bytes(int.Parse(parameters.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture));
}
