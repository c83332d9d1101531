using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IncidentParsing.Cli.Eval;
using IncidentParsing.Json;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Eval;

public sealed class GoldScoreTests
{
    private static string ParseToJson(IEnumerable<string> files)
    {
        var parser = IncidentParser.CreateDefault();
        var incidents = files.SelectMany(f => parser.Parse(File.ReadAllText(f), Path.GetFileName(f)).Incidents).ToList();
        return IncidentJson.Serialize(incidents);
    }

    private static GoldScore Score(string json, string goldDir)
    {
        using var parsed = JsonDocument.Parse(json);
        return GoldScore.Score(parsed.RootElement, goldDir);
    }

    private static Dictionary<string, double> Figures(GoldScore s)
    {
        var figures = new Dictionary<string, double> { ["segmentation"] = s.Segmentation.F1, ["overall"] = s.Overall };
        foreach (string k in GoldScore.Accuracies)
        {
            figures[k] = s.Accuracy(k);
        }
        foreach (string k in GoldScore.SetScores)
        {
            figures[k] = s.Set(k).F1;
        }
        return figures;
    }

    public static IEnumerable<object[]> Floors() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Eval", "seed-floors.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(c => new object[] { c[0], double.Parse(c[1], CultureInfo.InvariantCulture) });

    private static readonly Lazy<Dictionary<string, double>> SeedFigures =
        new(() => Figures(Score(ParseToJson(SeedCorpus.SeedFiles), SeedCorpus.GoldDir)));

    [Theory]
    [MemberData(nameof(Floors))]
    public void The_seed_corpus_keeps_each_figure_at_or_above_its_floor(string facet, double floor)
    {
        double figure = SeedFigures.Value[facet];
        Assert.True(figure >= floor - 1e-9, $"{facet} fell to {figure:0.000} (floor {floor:0.000})");
    }

    [Fact]
    public void Every_figure_has_a_floor()
    {
        Assert.Equal(SeedFigures.Value.Keys.Order(), Floors().Select(f => (string)f[0]).Order());
    }

    [Fact]
    public void A_perfect_parse_scores_one_and_a_missing_notice_scores_against_segmentation_and_title()
    {
        string gold = Directory.CreateTempSubdirectory().FullName;
        try
        {
            File.WriteAllText(Path.Combine(gold, "a.json"), """
                {"document": "a.txt", "notices": [
                  {"titleStartsWith": "不正アクセスについて", "isIncident": true, "organization": ["株式会社テスト"],
                   "kinds": ["unauthorized-access"], "leakStatus": "possible", "affected": {"value": 12},
                   "counts": [12], "fields": ["name"], "excludedFields": [], "dates": ["2031-02-03"],
                   "reports": [{"to": "ppc", "date": null}]},
                  {"titleStartsWith": "年末年始の営業について", "isIncident": false}]}
                """);
            string parsed = """
                [{"title": "不正アクセスについてのお知らせ", "isIncident": true, "organization": "株式会社 テスト",
                  "kinds": ["unauthorized-access"], "leakStatus": "possible", "affected": {"value": 12}, "counts": [{"value": 12}],
                  "fields": [{"category": "name"}], "published": "2031-02-03", "reports": [{"to": "ppc"}], "source": {"document": "a.txt"}}]
                """;
            var score = Score(parsed, gold);
            Assert.Equal(1, score.Documents);
            Assert.Equal(0.5, score.Accuracy("title"));
            Assert.Equal(1.0, score.Segmentation.P);
            Assert.Equal(0.5, score.Segmentation.R);
            Assert.Equal(1.0, score.Accuracy("organization")); // NFKC and spaces folded
            foreach (string k in GoldScore.SetScores)
            {
                Assert.Equal(1.0, score.Set(k).F1);
            }
            Assert.Contains(score.Notes, n => n.StartsWith("MISSING a.txt::年末年始", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(gold, recursive: true);
        }
    }

    // The same figures as the reference scorer (../shared/tools/score.py), on the seeds and on the real notices.
    [SkippableTheory]
    [InlineData("seeds")]
    [InlineData("wild")]
    public void Gives_the_reference_scorers_figures(string corpus)
    {
        string? shared = SeedCorpus.SharedDir;
        Skip.If(shared is null, "../shared (the reference scorer and the real notices) is not beside the repository");
        string script = Path.Combine(shared!, "tools", "score.py");
        Skip.IfNot(File.Exists(script), $"{script} is absent");
        Skip.If(FindPython() is null, "python3 is not installed");
        var (files, gold) = corpus == "seeds"
            ? (SeedCorpus.SeedFiles.ToList(), SeedCorpus.GoldDir)
            : (Directory.EnumerateFiles(Path.Combine(shared!, "wild", "notices"), "*.txt").Order(StringComparer.Ordinal).ToList(), Path.Combine(shared!, "wild", "gold"));
        string json = ParseToJson(files);
        string parsedFile = Path.GetTempFileName();
        try
        {
            File.WriteAllText(parsedFile, json);
            var reference = RunScorer(script, parsedFile, gold);
            var ours = Figures(Score(json, gold));
            foreach (var (facet, value) in ours)
            {
                var element = reference.GetProperty(facet);
                double expected = element.ValueKind == JsonValueKind.Number ? element.GetDouble()
                    : element.TryGetProperty("f1", out var f1) ? f1.GetDouble() : element.GetProperty("accuracy").GetDouble();
                Assert.True(Math.Abs(expected - value) < 1e-12, $"{corpus} {facet}: ours {value} reference {expected}");
            }
        }
        finally
        {
            File.Delete(parsedFile);
        }
    }

    private static string? FindPython() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "python3")).FirstOrDefault(File.Exists);

    private static JsonElement RunScorer(string script, string parsed, string gold)
    {
        var start = new ProcessStartInfo(FindPython()!, [script, parsed, gold, "--json"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
