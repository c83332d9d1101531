using System.Text.Json;
using IncidentParsing.Json;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Json;

public sealed class JsonRoundTripTests
{
    private static Incident Sample() => new()
    {
        Source = new SourceLocation("a.txt", 0, 120),
        CasebookId = "2024-354",
        Title = "株式会社東玉 お知らせ",
        IsIncident = true,
        Organization = "株式会社東玉",
        Published = new JapaneseDate(2024, 8, 9),
        Kinds = [IncidentKind.UnauthorizedAccess, IncidentKind.WebSkimming],
        LeakStatus = LeakStatus.NotConfirmed,
        Affected = new Count(72000, "件", CountQualifier.Approximately, "契約情報", "約7.2万件", 10, 16),
        Counts = [new Count(72000, "件", CountQualifier.Approximately, "契約情報", "約7.2万件", 10, 16) { IsTotal = true }],
        Fields = [new LeakedField(FieldCategory.NameKana, "フリガナ", 20, 24) { Group = "会員情報", Optional = true }],
        ExcludedFields = [new LeakedField(FieldCategory.CardNumber, "クレジットカード番号", 30, 40)],
        Timeline = [new TimelineEvent(new JapaneseDate(2024, 5, 0) { Approximate = true, Part = DatePart.Middle, Inferred = true }, new JapaneseDate(2024, 6, 1, 18, 42), TimelineEventCode.Detected, "5月中旬", 50, 54)],
        ExposurePeriod = new ExposurePeriod(new JapaneseDate(2020, 10, 0), null),
        Reports = [new AuthorityReport(ReportTarget.Ppc, new JapaneseDate(2024, 8, 1), "個人情報保護委員会", 60, 69)],
        Cause = "操作ミス",
        Measures = ["手順を見直す"],
        Related = ["2023-335"],
    };

    [Fact]
    public void Writes_contract_names_kebab_codes_and_unescaped_japanese()
    {
        string json = IncidentJson.Serialize(Sample());
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("2024-08-09", root.GetProperty("published").GetString());
        Assert.Equal(["unauthorized-access", "web-skimming"], root.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("not-confirmed", root.GetProperty("leakStatus").GetString());
        Assert.Equal("approximately", root.GetProperty("affected").GetProperty("qualifier").GetString());
        Assert.Equal("name-kana", root.GetProperty("fields")[0].GetProperty("category").GetString());
        var ev = root.GetProperty("timeline")[0];
        Assert.Equal("2024-05", ev.GetProperty("date").GetString());
        Assert.Equal("2024-06-01T18:42", ev.GetProperty("rangeEnd").GetString());
        Assert.Equal("month", ev.GetProperty("precision").GetString());
        Assert.True(ev.GetProperty("approximate").GetBoolean());
        Assert.Equal("detected", ev.GetProperty("event").GetString());
        Assert.Equal("ppc", root.GetProperty("reports")[0].GetProperty("to").GetString());
        Assert.Contains("株式会社東玉", json);
        foreach (var name in new[] { "source", "casebookId", "title", "isIncident", "organization", "published", "kinds", "leakStatus",
                     "affected", "counts", "fields", "excludedFields", "timeline", "exposurePeriod", "reports", "cause", "measures", "related" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public void Round_trips_through_json()
    {
        string json = IncidentJson.Serialize(Sample());
        var back = IncidentJson.Deserialize(json);
        Assert.NotNull(back);
        Assert.Equal(json, IncidentJson.Serialize(back));
        Assert.True(back.Timeline[0].Date.Inferred);
    }

    [Fact]
    public void Parsed_seeds_round_trip()
    {
        var parser = IncidentParser.CreateDefault();
        foreach (var file in SeedCorpus.SeedFiles)
        {
            var incidents = parser.Parse(File.ReadAllText(file), Path.GetFileName(file)).Incidents;
            string json = IncidentJson.Serialize(incidents);
            Assert.Equal(json, IncidentJson.Serialize(IncidentJson.DeserializeList(json)!));
        }
    }
}
