using System.Globalization;
using System.Text.Json;
using IncidentParsing.Cli.Eval;
using IncidentParsing.Extractors.Reportability;
using IncidentParsing.Json;
using IncidentParsing.Lexicons;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Reportability;

/// <summary>
/// The parser's grounds against the grounds the same rules give on the hand-made gold facets (fields, kinds, affected,
/// the organization's regime): how far the reading rests on what the notice says rather than on misread facets.
/// </summary>
public sealed class GroundsAgreementTests
{
    private static readonly ReportabilityRules Rules = new(Lexicon.ReadEmbedded("Extractors/Reportability/reportability.tsv"));

    // The share of gold incidents whose derived grounds equal the parsed ones.
    private static (int Agree, int Total) Agreement(IEnumerable<string> files, string goldDir)
    {
        var parser = IncidentParser.CreateDefault();
        var incidents = files.SelectMany(f => parser.Parse(File.ReadAllText(f), Path.GetFileName(f)).Incidents).ToList();
        using var parsed = JsonDocument.Parse(IncidentJson.Serialize(incidents));
        var byDocument = parsed.RootElement.EnumerateArray().GroupBy(i => i.GetProperty("source").GetProperty("document").GetString()!)
            .ToDictionary(g => g.Key, g => g.ToList());
        int agree = 0, total = 0;
        foreach (string file in Directory.EnumerateFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(file));
            if (!byDocument.TryGetValue(gold.RootElement.GetProperty("document").GetString()!, out var predicted))
            {
                continue;
            }
            foreach (var (g, p, _) in GoldScore.Align(gold.RootElement.GetProperty("notices").EnumerateArray().ToList(), predicted))
            {
                if (p is not { } incident || !g.TryGetProperty("isIncident", out var isIncident) || !isIncident.GetBoolean())
                {
                    continue;
                }
                total++;
                var parsedGrounds = incident.GetProperty("reportability") is { ValueKind: JsonValueKind.Object } r
                    ? r.GetProperty("grounds").EnumerateArray().Select(x => x.GetProperty("code").GetString()!).ToHashSet()
                    : [];
                agree += Derived(g).SetEquals(parsedGrounds) ? 1 : 0;
            }
        }
        return (agree, total);
    }

    private static HashSet<string> Derived(JsonElement gold)
    {
        long? affected = gold.TryGetProperty("affected", out var a) && a.ValueKind == JsonValueKind.Object && a.GetProperty("value").ValueKind == JsonValueKind.Number
            ? (long)a.GetProperty("value").GetDouble() : null;
        var facts = new GoldFacts(
            Strings(gold, "organization").FirstOrDefault() is { } name ? Rules.RegimeOf(name) : null,
            affected,
            Strings(gold, "fields").Select(ContractCode<FieldCategory>.Parse).ToHashSet(),
            Strings(gold, "kinds").Select(ContractCode<IncidentKind>.Parse).ToHashSet());
        return Rules.Grounds.Where(rule => rule.HoldsOn(facts)).Select(rule => rule.Code).ToHashSet();
    }

    // A gold file's facets, asked by the same rules the extractor asks; gold files hold no text, so no phrase is said.
    private readonly record struct GoldFacts(string? Regime, long? Affected, HashSet<FieldCategory> Fields, HashSet<IncidentKind> Kinds) : IGroundFacts
    {
        public bool HasField(FieldCategory category) => Fields.Contains(category);

        public bool HasKind(IncidentKind kind) => Kinds.Contains(kind);

        public bool Says(string phrase) => false;
    }

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!) : [];

    [Fact]
    public void On_the_seeds_every_incidents_grounds_agree()
    {
        var (agree, total) = Agreement(SeedCorpus.SeedFiles, SeedCorpus.GoldDir);
        Assert.Equal(total, agree);
        Assert.True(total > 40, $"{total} incidents");
    }

    // The issue asks 0.95 of the incidents.
    [SkippableFact]
    public void On_the_real_notices_at_least_95_in_100_agree()
    {
        Skip.If(SeedCorpus.SharedDir is null, "../shared (the real notices and their gold) is not beside the repository");
        var (agree, total) = Agreement(
            Directory.EnumerateFiles(Path.Combine(SeedCorpus.SharedDir!, "wild", "notices"), "*.txt").Order(StringComparer.Ordinal),
            Path.Combine(SeedCorpus.SharedDir!, "wild", "gold"));
        double share = (double)agree / total;
        Assert.True(share >= 0.95, $"grounds agree on {agree}/{total} = {share.ToString("0.000", CultureInfo.InvariantCulture)}");
    }
}
