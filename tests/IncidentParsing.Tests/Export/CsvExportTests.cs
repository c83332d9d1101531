using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentParsing.Export;
using IncidentParsing.Model;

namespace IncidentParsing.Tests.Export;

public sealed class CsvExportTests
{
    // A reference RFC 4180 reader, written independently of the writer: quoted fields, doubled quotes, CRLF records.
    internal static List<List<string>> ReadCsv(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; i++;
            }
            else { field.Append(c); }
        }
        Assert.False(quoted, "unterminated quoted field");
        Assert.Equal(0, field.Length + record.Count);
        return records;
    }

    private static string Write(params Incident[] incidents)
    {
        using var bytes = new MemoryStream();
        IncidentFormat.Csv.WriteAsync(bytes, incidents).GetAwaiter().GetResult();
        return new System.Text.UTF8Encoding(false).GetString(bytes.ToArray());
    }

    [Fact]
    public void Starts_with_a_bom_and_a_header_then_one_crlf_record_per_incident()
    {
        string csv = Write(ExportSamples.Full(), ExportSamples.Full() with { CasebookId = null });
        Assert.Equal('\uFEFF', csv[0]);
        var records = ReadCsv(csv[1..]);
        Assert.Equal(3, records.Count);
        Assert.Equal(IncidentColumns.All.Select(c => c.Name), records[0]);
        Assert.All(records, r => Assert.Equal(IncidentColumns.All.Count, r.Count));
        var row = records[1].Zip(records[0]).ToDictionary(p => p.Second, p => p.First);
        Assert.Equal("2024-001", row["casebookId"]);
        Assert.Equal("株式会社テスト", row["organization"]);
        Assert.Equal("unauthorized-access;web-skimming", row["kinds"]);
        Assert.Equal("possible", row["leakStatus"]);
        Assert.Equal("1200", row["affected"]);
        Assert.Equal("approximately", row["affectedQualifier"]);
        Assert.Equal("name;address", row["fieldCategories"]);
        Assert.Equal("card-number", row["excludedCategories"]);
        Assert.Equal("2024-07-01", row["firstDate"]);
        Assert.Equal("2024-08-02", row["lastDate"]);
        Assert.Equal("ppc", row["reportTargets"]);
        Assert.Equal("", ReadCsv(csv[1..])[2][IncidentColumns.All.ToList().FindIndex(c => c.Name == "casebookId")]);
    }

    [Fact]
    public void Quotes_fields_with_commas_quotes_and_line_breaks_and_only_those()
    {
        var incident = ExportSamples.Full() with { Title = "A社, \"お詫び\"\n続報", Cause = "設定\r\nミス", Organization = "株式会社テスト" };
        string csv = Write(incident);
        Assert.Contains("\"A社, \"\"お詫び\"\"\n続報\"", csv);
        Assert.Contains(",\"設定\r\nミス\",", csv);
        Assert.Contains(",株式会社テスト,", csv);
        var record = ReadCsv(csv[1..])[1];
        Assert.Contains("A社, \"お詫び\"\n続報", record);
        Assert.Contains("設定\r\nミス", record);
    }

    [Property(MaxTest = 200)]
    public Property Any_title_and_organization_survive_a_round_trip_through_an_rfc4180_reader()
    {
        var text = Gen.Elements("a", ",", "\"", "\r", "\n", "\r\n", "株", " ", "'", ";").ArrayOf().Select(parts => string.Concat(parts));
        return Prop.ForAll(Arb.From(text), Arb.From(text), (title, org) =>
        {
            string csv = Write(ExportSamples.Full() with { Title = title, Organization = org });
            var records = ReadCsv(csv[1..]);
            int t = IncidentColumns.All.ToList().FindIndex(c => c.Name == "title");
            int o = IncidentColumns.All.ToList().FindIndex(c => c.Name == "organization");
            return records.Count == 2 && records[1].Count == IncidentColumns.All.Count && records[1][t] == title && records[1][o] == org;
        });
    }
}
