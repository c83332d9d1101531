using System.Text;
using System.Text.Json.Nodes;
using IncidentParsing.Export;
using IncidentParsing.Pipeline;
using NJsonSchema;

namespace IncidentParsing.Tests.Export;

/// <summary>Every VERIS record the parser writes validates against the VERIS 1.4.1 schema (vendored with its licence).</summary>
public sealed class VerisExportTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(SeedCorpus.Root, "tests", "IncidentParsing.Tests", "Export", "Veris", "verisc-merged.json"))).GetAwaiter().GetResult());

    private static List<string> Records(IEnumerable<string> files)
    {
        var parser = IncidentParser.CreateDefault();
        var incidents = files.SelectMany(f => parser.Parse(File.ReadAllText(f), Path.GetFileName(f)).Incidents).ToList();
        using var bytes = new MemoryStream();
        IncidentFormat.Veris.WriteAsync(bytes, incidents).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(bytes.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static void AssertValid(List<string> records)
    {
        Assert.NotEmpty(records);
        foreach (string record in records)
        {
            var errors = Schema.Value.Validate(record);
            Assert.True(errors.Count == 0, $"{string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))} in {record}");
        }
    }

    [Fact]
    public void Every_record_of_the_seeds_validates()
    {
        var records = Records(SeedCorpus.SeedFiles);
        AssertValid(records);
        var first = JsonNode.Parse(records[0])!;
        Assert.Equal("JP", first["victim"]!["country"]![0]!.GetValue<string>());
        Assert.Equal("1.4.1", first["schema_version"]!.GetValue<string>());
    }

    [SkippableFact]
    public void Every_record_of_the_real_notices_validates()
    {
        Skip.If(SeedCorpus.SharedDir is null, "../shared (the real notices) is not beside the repository");
        AssertValid(Records(Directory.EnumerateFiles(Path.Combine(SeedCorpus.SharedDir!, "wild", "notices"), "*.txt").Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Kinds_become_actions_and_actors_fields_data_varieties_and_the_count_data_total()
    {
        string notice = "2031年4月2日\n株式会社みなと商会\n\n不正アクセスによるクレジットカード情報流出のお知らせ\n\n"
            + "2031年3月2日、弊社通販サイトが不正アクセスを受け、お客様1,234名のクレジットカード番号と氏名が流出したことが判明しました。\n";
        var incident = IncidentParser.CreateDefault().Parse(notice, "n.txt").Incidents[0];
        using var bytes = new MemoryStream();
        await IncidentFormat.Veris.WriteAsync(bytes, [incident]);
        string line = Encoding.UTF8.GetString(bytes.ToArray()).Trim();
        Assert.Empty(Schema.Value.Validate(line));
        var record = JsonNode.Parse(line)!;
        Assert.NotNull(record["action"]!["hacking"]);
        Assert.NotNull(record["actor"]!["external"]);
        var varieties = record["attribute"]!["confidentiality"]!["data"]!.AsArray().Select(d => d!["variety"]!.GetValue<string>()).ToList();
        Assert.Contains("Payment", varieties);
        Assert.Contains("Personal", varieties);
        Assert.Equal(1234, record["attribute"]!["confidentiality"]!["data_total"]!.GetValue<long>());
        Assert.Equal("Yes", record["attribute"]!["confidentiality"]!["data_disclosure"]!.GetValue<string>());
        Assert.Equal(2031, record["timeline"]!["incident"]!["year"]!.GetValue<int>());
        Assert.Equal("株式会社みなと商会", record["victim"]!["victim_id"]!.GetValue<string>());

        // The schema check is a real one: a value outside VERIS's vocabulary fails it.
        record["security_incident"] = "Maybe";
        Assert.NotEmpty(Schema.Value.Validate(record.ToJsonString()));
    }
}
