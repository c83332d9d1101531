using IncidentParsing.Cli;
using IncidentParsing.Pipeline;
using Parquet;
using Parquet.Schema;
using Parquet.Serialization;

namespace IncidentParsing.Tests.Export;

public sealed class CliExportTests
{
    private static async Task<(int Exit, string Stdout, string Stderr)> Run(bool progress, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = await CliApp.RunAsync(["parse", .. args], new StringReader(""), stdout, stderr, progress);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] Seeds => SeedCorpus.SeedFiles.ToArray();

    [Fact]
    public async Task Parquet_reads_back_one_row_per_incident_with_japanese_intact_lists_and_dates()
    {
        string file = Path.Combine(Path.GetTempPath(), $"incidents-{Guid.NewGuid():N}.parquet");
        try
        {
            var (exit, _, stderr) = await Run(false, [.. Seeds, "--format", "parquet", "--output", file]);
            Assert.True(exit == 0, stderr);
            var parser = IncidentParser.CreateDefault();
            var expected = Seeds.SelectMany(f => parser.Parse(File.ReadAllText(f), Path.GetFileName(f)).Incidents).ToList();

            await using (var stream = File.OpenRead(file))
            await using (var reader = await ParquetReader.CreateAsync(stream))
            {
                var fields = reader.Schema.Fields.ToDictionary(f => f.Name);
                Assert.IsType<ListField>(fields["kinds"]);
                Assert.IsType<ListField>(fields["fieldCategories"]);
                // DATE logical type (days since the epoch), not a timestamp.
                Assert.Equal(DateTimeFormat.Date, Assert.IsType<DateTimeDataField>(fields["publishedDay"]).DateTimeFormat);
            }
            var rows = (await ParquetSerializer.DeserializeAsync<ParquetRow>(file, new ParquetOptions { UseDateOnlyTypeForDates = true })).Data;
            Assert.Equal(expected.Count, rows.Count);
            var titles = rows.Select(r => r.Title).ToList();
            Assert.Equal(expected.Select(i => i.Title), titles);
            Assert.Equal(expected.Select(i => i.Published?.ToString()), rows.Select(r => r.Published));
            Assert.Equal(expected.Select(i => i.Kinds.Count), rows.Select(r => r.Kinds.Count));
            Assert.Equal(expected.Select(i => IncidentParsing.Export.IncidentTable.DayOf(i.Published)), rows.Select(r => r.PublishedDay));
            Assert.Contains(titles, t => t.Contains("株式会社", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Parquet_without_an_output_file_is_a_usage_error()
    {
        var (exit, stdout, stderr) = await Run(false, [.. Seeds, "--format", "parquet"]);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Empty(stdout);
        Assert.Contains("--output", stderr);
    }

    [Fact]
    public async Task Csv_on_stdout_has_a_bom_a_header_and_a_row_per_incident()
    {
        var (exit, stdout, _) = await Run(false, Seeds[0], "--format", "csv");
        Assert.Equal(0, exit);
        var records = CsvExportTests.ReadCsv(stdout[1..]);
        int incidents = IncidentParser.CreateDefault().Parse(File.ReadAllText(Seeds[0])).Incidents.Count;
        Assert.Equal('\uFEFF', stdout[0]);
        Assert.Equal(incidents + 1, records.Count);
    }

    [Fact]
    public async Task Progress_goes_to_stderr_only_when_asked_for()
    {
        var quiet = await Run(false, [.. Seeds, "--format", "jsonl"]);
        Assert.Empty(quiet.Stderr);
        var loud = await Run(true, [.. Seeds, "--format", "jsonl"]);
        Assert.Equal(quiet.Stdout, loud.Stdout);
        Assert.Contains($"{Seeds.Length}/{Seeds.Length} files", loud.Stderr);
        Assert.Contains("MB/s", loud.Stderr);
        Assert.Contains($"{quiet.Stdout.Count(c => c == '\n')} incidents", loud.Stderr);
    }

    [Fact]
    public async Task Html_report_has_a_card_per_incident()
    {
        var (exit, stdout, _) = await Run(false, [.. Seeds, "--format", "html"]);
        Assert.Equal(0, exit);
        var parser = IncidentParser.CreateDefault();
        int incidents = Seeds.Sum(f => parser.Parse(File.ReadAllText(f)).Incidents.Count);
        Assert.Equal(incidents, HtmlReportTests.Occurrences(stdout, "<article class=\"card\""));
        // Self-contained: nothing is loaded from anywhere (the notices' own URLs appear only as escaped text).
        Assert.DoesNotContain("<link", stdout);
        Assert.DoesNotContain(" src=", stdout);
        Assert.DoesNotContain("@import", stdout);
    }

    // What a reader of the file sees: the columns by their names, read back into settable properties.
    public sealed class ParquetRow
    {
        [System.Text.Json.Serialization.JsonPropertyName("title")] public string Title { get; set; } = "";
        [System.Text.Json.Serialization.JsonPropertyName("published")] public string? Published { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("publishedDay")] public DateOnly? PublishedDay { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("kinds")] public List<string> Kinds { get; set; } = [];
    }
}
