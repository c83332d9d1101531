using System.Diagnostics;
using System.Text.Json;
using IncidentParsing.Cli;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Export;

/// <summary>
/// Reads the Parquet export with DuckDB through Node (tests/ParquetCheck, installed by .ci/run with npm install):
/// a reader that shares no code with the writer, as a data team's tools would read it.
/// </summary>
public sealed class DuckDbParquetTests
{
    private static readonly string CheckDir = Path.Combine(SeedCorpus.Root, "tests", "ParquetCheck");

    private static string? Node => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
        .Select(d => Path.Combine(d, "node")).FirstOrDefault(File.Exists);

    private static JsonElement Query(string node, string file, string sql)
    {
        var start = new ProcessStartInfo(node) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CheckDir };
        start.ArgumentList.Add("query.mjs");
        start.ArgumentList.Add(file);
        start.ArgumentList.Add(sql);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "node did not finish");
        Assert.True(process.ExitCode == 0, stderr.Result);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    [SkippableFact]
    public async Task DuckDB_reads_one_row_per_incident_with_japanese_intact_lists_and_dates()
    {
        string? node = Node;
        Skip.If(node is null || !Directory.Exists(Path.Combine(CheckDir, "node_modules")),
            "node or tests/ParquetCheck/node_modules missing (.ci/run runs npm install there)");
        string[] seeds = SeedCorpus.SeedFiles.ToArray();
        string file = Path.Combine(Path.GetTempPath(), $"incidents-{Guid.NewGuid():N}.parquet");
        try
        {
            int exit = await CliApp.RunAsync(["parse", .. seeds, "--format", "parquet", "--output", file], new StringReader(""), new StringWriter(), new StringWriter());
            Assert.Equal(0, exit);
            var parser = IncidentParser.CreateDefault();
            var expected = seeds.SelectMany(f => parser.Parse(File.ReadAllText(f), Path.GetFileName(f)).Incidents).ToList();

            var types = Query(node!, file, "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ?)")
                .EnumerateArray().ToDictionary(r => r.GetProperty("column_name").GetString()!, r => r.GetProperty("column_type").GetString());
            Assert.Equal("VARCHAR[]", types["kinds"]);
            Assert.Equal("VARCHAR[]", types["fieldCategories"]);
            Assert.Equal("DATE", types["publishedDay"]);
            Assert.Equal("BIGINT", types["affected"]);

            var rows = Query(node!, file, "SELECT title, published, publishedDay::VARCHAR AS day FROM ?").EnumerateArray().ToList();
            Assert.Equal(expected.Count, rows.Count);
            Assert.Equal(expected.Select(i => i.Title), rows.Select(r => r.GetProperty("title").GetString()));
            Assert.Equal(expected.Select(i => i.Published?.ToString()), rows.Select(r => r.GetProperty("published").GetString()));
            Assert.Equal(
                expected.Select(i => IncidentParsing.Export.IncidentTable.DayOf(i.Published)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                rows.Select(r => r.GetProperty("day").GetString()));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
