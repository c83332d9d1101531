using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentParsing.Cli.Eval;

/// <summary>
/// <c>incident-parse conformance CASES.jsonl [--json] [--failures N]</c>: runs the date recognizer (or, for a file named
/// <c>numbers…</c>, the number reader) over a conformance set, as <c>dates</c> and <c>numbers</c> do, and prints
/// <see cref="ConformanceScore"/>'s figures, so the README's conformance table is reproduced from a clone.
/// </summary>
internal static class ConformanceCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextWriter stdout)
    {
        if (args.Positional.Count != 1 || !File.Exists(args.Positional[0]))
        {
            throw new CliUsageException("conformance needs one CASES.jsonl file (conformance/dates.jsonl or conformance/numbers.jsonl)");
        }
        var score = await ScoreAsync(args.Positional[0]);
        if (args["json"] is "true")
        {
            // A JSON tree, not a serialized anonymous object: no reflection, so the native tool writes it too.
            await stdout.WriteLineAsync(new JsonObject
            {
                ["kind"] = score.Numbers ? "numbers" : "dates",
                ["cases"] = score.Cases,
                ["passed"] = score.Passed,
                ["gated"] = new JsonObject
                {
                    ["categories"] = new JsonArray([.. score.Gated.Select(c => (JsonNode)JsonValue.Create(c))]),
                    ["passed"] = score.GatedPassed,
                    ["total"] = score.GatedTotal,
                },
                ["items"] = new JsonObject { ["recall"] = score.Recall, ["precision"] = score.Precision },
            }.ToJsonString());
            return CliApp.Ok;
        }
        await stdout.WriteLineAsync(Text(score));
        int failures = args["failures"] is { } n && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int k) ? k : 0;
        foreach (string id in score.Failures.Take(failures))
        {
            await stdout.WriteLineAsync($"FAIL {id}");
        }
        return CliApp.Ok;
    }

    /// <summary>Runs the recognizer on every case of <paramref name="casesPath"/> and scores what it found.</summary>
    public static async Task<ConformanceScore> ScoreAsync(string casesPath)
    {
        bool numbers = Path.GetFileName(casesPath).Contains("number", StringComparison.Ordinal);
        string cases = await File.ReadAllTextAsync(casesPath);
        var output = new StringWriter();
        var none = CliArguments.Empty;
        _ = numbers ? await NumbersCommand.RunAsync(none, new StringReader(cases), output) : await DatesCommand.RunAsync(none, new StringReader(cases), output);
        var found = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
        foreach (string line in output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var root = JsonDocument.Parse(line).RootElement;
            found[root.GetProperty("id").GetString()!] = root.GetProperty("found").EnumerateArray().ToList();
        }
        var records = cases.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement);
        return ConformanceScore.Score(records, found, numbers);
    }

    public static string Text(ConformanceScore s)
    {
        var lines = new List<string>
        {
            $"{(s.Numbers ? "numbers" : "dates")}: {s.Passed}/{s.Cases} cases pass; gated categories {s.GatedPassed}/{s.GatedTotal} = "
                + $"{F(s.GatedTotal > 0 ? (double)s.GatedPassed / s.GatedTotal : 0)}; item recall {F(s.Recall)}, precision {F(s.Precision)}",
            $"  {"category",-16} {"pass",6} {"total",6} {"rate",6}   (gated)",
        };
        lines.AddRange(s.ByCategory.Select(c => $"  {c.Key,-16} {c.Value.Passed,6} {c.Value.Total,6} {F((double)c.Value.Passed / c.Value.Total),6}" + (s.Gated.Contains(c.Key) ? "   *" : "")));
        lines.Add($"  {"source",-16} {"pass",6} {"total",6} {"rate",6}");
        lines.AddRange(s.BySource.Select(c => $"  {c.Key,-16} {c.Value.Passed,6} {c.Value.Total,6} {F((double)c.Value.Passed / c.Value.Total),6}"));
        return string.Join('\n', lines);
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
