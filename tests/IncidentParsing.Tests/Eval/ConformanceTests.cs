using System.Diagnostics;
using System.Text.Json;
using IncidentParsing.Cli.Eval;

namespace IncidentParsing.Tests.Eval;

/// <summary>The conformance sets in the repository (other projects' date and number cases) and their gated figures.</summary>
public sealed class ConformanceTests
{
    private static string Cases(string name) => Path.Combine(SeedCorpus.Root, "tests", "conformance", name);

    // The gated categories' passes when these floors were set: a change that loses a case fails here.
    [Theory]
    [InlineData("dates.jsonl", 490, 496)]
    [InlineData("numbers.jsonl", 592, 596)]
    public async Task The_gated_categories_keep_their_passes(string file, int floor, int total)
    {
        var score = await ConformanceCommand.ScoreAsync(Cases(file));
        Assert.Equal(total, score.GatedTotal);
        Assert.True(score.GatedPassed >= floor, $"{file}: {score.GatedPassed}/{total} gated cases pass (floor {floor})");
    }

    [SkippableTheory]
    [InlineData("dates.jsonl")]
    [InlineData("numbers.jsonl")]
    public async Task Gives_the_reference_scorers_figures(string file)
    {
        string? shared = SeedCorpus.SharedDir;
        Skip.If(shared is null, "../shared (the reference scorer) is not beside the repository");
        string script = Path.Combine(shared!, "tools", "conformance.py");
        string? python = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "python3")).FirstOrDefault(File.Exists);
        Skip.If(python is null || !File.Exists(script), "python3 or tools/conformance.py is absent");
        var score = await ConformanceCommand.ScoreAsync(Cases(file));

        // The reference scorer reads the recognizer's output as the CLI writes it.
        string output = Path.GetTempFileName();
        try
        {
            var lines = new StringWriter();
            var none = IncidentParsing.Cli.CliArguments.Empty;
            using (var cases = new StreamReader(Cases(file)))
            {
                _ = file.StartsWith("numbers", StringComparison.Ordinal)
                    ? await IncidentParsing.Cli.NumbersCommand.RunAsync(none, cases, lines)
                    : await IncidentParsing.Cli.DatesCommand.RunAsync(none, cases, lines);
            }
            await File.WriteAllTextAsync(output, lines.ToString());
            var start = new ProcessStartInfo(python!, [script, Cases(file), output, "--json"]) { RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            var reference = JsonDocument.Parse(await process.StandardOutput.ReadToEndAsync()).RootElement;
            await process.WaitForExitAsync();
            Assert.Equal(reference.GetProperty("cases").GetInt32(), score.Cases);
            Assert.Equal(reference.GetProperty("passed").GetInt32(), score.Passed);
            Assert.Equal(reference.GetProperty("gated").GetProperty("passed").GetInt32(), score.GatedPassed);
            Assert.Equal(reference.GetProperty("items").GetProperty("recall").GetDouble(), score.Recall, 12);
            Assert.Equal(reference.GetProperty("items").GetProperty("precision").GetDouble(), score.Precision, 12);
            foreach (var category in reference.GetProperty("byCategory").EnumerateObject())
            {
                Assert.Equal(category.Value.GetProperty("passed").GetInt32(), score.ByCategory[category.Name].Passed);
            }
        }
        finally
        {
            File.Delete(output);
        }
    }
}
