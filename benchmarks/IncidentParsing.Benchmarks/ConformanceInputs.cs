using System.Text;
using System.Text.Json;
using IncidentParsing.Model;

namespace IncidentParsing.Benchmarks;

/// <summary>One conformance case as the recognizer benchmarks read it: the input and its reference date.</summary>
/// <param name="Input">The case's text.</param>
/// <param name="Reference">The case's reference date, if it gives one.</param>
internal readonly record struct ConformanceCase(string Input, JapaneseDate? Reference);

/// <summary>
/// The <c>input</c> fields of the conformance sets (<c>tests/conformance/*.jsonl</c>); when one is missing,
/// <see cref="Load"/> says where it looked and the recognizer benchmarks are skipped.
/// </summary>
internal static class ConformanceInputs
{
    /// <summary>Where the conformance sets are: <c>tests/conformance</c> in the repository.</summary>
    public static string Directory { get; } = Path.Combine(SeedCorpus.Root, "tests", "conformance");

    /// <summary>The cases of <paramref name="fileName"/> (e.g. <c>dates.jsonl</c>), or an empty list with a message on stderr when it is missing.</summary>
    public static IReadOnlyList<ConformanceCase> Load(string fileName)
    {
        string path = Path.Combine(Directory, fileName);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"// SKIPPED: {path} not found; the recognizer benchmarks need tests/conformance.");
            return [];
        }
        var cases = new List<ConformanceCase>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (!root.TryGetProperty("input", out var input) || input.ValueKind != JsonValueKind.String)
            {
                continue;
            }
            JapaneseDate? reference = root.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String
                && JapaneseDate.TryParseIso(r.GetString(), out var d) ? d : null;
            cases.Add(new ConformanceCase(input.GetString()!, reference));
        }
        return cases;
    }

    /// <summary>The UTF-8 size of the inputs of <paramref name="fileName"/> (0 when missing).</summary>
    public static long Utf8Bytes(string fileName) => Load(fileName).Sum(c => (long)Encoding.UTF8.GetByteCount(c.Input));
}
