using BenchmarkDotNet.Attributes;
using IncidentParsing.Dates;
using IncidentParsing.Numbers;
using IncidentParsing.Text;

namespace IncidentParsing.Benchmarks;

/// <summary>
/// The date and number recognizers alone, over every <c>input</c> of the shared conformance sets, as
/// <c>incident-parse dates</c> / <c>numbers</c> run them (normalize, then recognize; offsets mapped back).
/// One operation reads all the cases of a set; MB/s is over their UTF-8 size.
/// Skipped, with a message, when <c>../shared/conformance</c> is missing.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[InputBytes(nameof(InputBytes))]
[BenchmarkCategory("Recognizers")]
public class RecognizerBenchmarks
{
    private const string DatesFile = "dates.jsonl";
    private const string NumbersFile = "numbers.jsonl";
    private IReadOnlyList<ConformanceCase> _dates = [];
    private IReadOnlyList<ConformanceCase> _numbers = [];
    private readonly JapaneseDateRecognizer _dateRecognizer = JapaneseDateRecognizer.Default;
    private readonly NumberExpressionReader _numberReader = new();

    [GlobalSetup]
    public void Setup()
    {
        _dates = ConformanceInputs.Load(DatesFile);
        _numbers = ConformanceInputs.Load(NumbersFile);
    }

    /// <summary>Every date and time in each dates.jsonl input.</summary>
    [Benchmark]
    public int Dates()
    {
        int found = 0;
        foreach (var c in _dates)
        {
            var normalized = NormalizedText.Create(c.Input);
            found += _dateRecognizer.Recognize(normalized.Text, c.Reference).Count;
        }
        return found;
    }

    /// <summary>Every number expression in each numbers.jsonl input.</summary>
    [Benchmark]
    public int Numbers()
    {
        int found = 0;
        foreach (var c in _numbers)
        {
            found += _numberReader.ReadRaw(c.Input).Count;
        }
        return found;
    }

    internal static long InputBytes(string method, string parameters) =>
        ConformanceInputs.Utf8Bytes(method == nameof(Dates) ? DatesFile : NumbersFile);
}
