using System.Text;
using IncidentParsing.Export;
using IncidentParsing.Json;
using IncidentParsing.Model;

namespace IncidentParsing.Cli;

/// <summary>Writes the incidents of <c>parse</c> in the chosen <c>--format</c>, to stdout or to <c>--output</c> (<see cref="OutputTarget"/>).</summary>
internal static class IncidentOutput
{
    public static readonly string[] Formats = ["json", "jsonl", "csv", "parquet", "html"];

    public static void Check(string format, string? output)
    {
        if (Array.IndexOf(Formats, format) < 0)
        {
            throw new CliUsageException($"unknown format '{format}' ({string.Join(", ", Formats)})");
        }
        if (format == "parquet" && (output is null || output == "-"))
        {
            throw new CliUsageException("--format parquet needs --output FILE (Parquet is binary and is not written to a terminal)");
        }
    }

    public static async Task WriteAsync(IReadOnlyList<ReportDocument> documents, string format, string? output, TextWriter stdout)
    {
        var incidents = documents.SelectMany(d => d.Incidents).ToList();
        if (format == "parquet")
        {
            await WriteFileAsync(output!, stream => IncidentParquet.WriteAsync(stream, incidents));
            return;
        }
        if (output is null || output == "-")
        {
            WriteText(stdout, documents, incidents, format);
            await stdout.FlushAsync();
            return;
        }
        await WriteFileAsync(output, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            WriteText(writer, documents, incidents, format);
            return Task.CompletedTask;
        });
    }

    private static void WriteText(TextWriter writer, IReadOnlyList<ReportDocument> documents, List<Incident> incidents, string format)
    {
        switch (format)
        {
            case "jsonl":
                foreach (var incident in incidents)
                {
                    writer.Write(IncidentJson.Serialize(incident, indented: false));
                    writer.Write('\n');
                }
                break;
            case "csv":
                IncidentCsv.Write(writer, incidents);
                break;
            case "html":
                IncidentHtmlReport.Write(writer, documents);
                break;
            default:
                writer.Write(IncidentJson.Serialize(incidents));
                writer.Write('\n');
                break;
        }
    }

    // A regular file is written beside and renamed, so a crash never leaves half a file; a special one directly.
    private static async Task WriteFileAsync(string output, Func<Stream, Task> write)
    {
        var target = OutputTarget.Of(output);
        try
        {
            await using (var stream = target.Open(1 << 16, useAsync: true))
            {
                if (target.Atomic)
                {
                    await write(stream);
                }
                else
                {
                    // A pipe or a device cannot seek, which a Parquet writer may need: the bytes are made first.
                    using var buffer = new MemoryStream();
                    await write(buffer);
                    buffer.Position = 0;
                    await buffer.CopyToAsync(stream);
                }
            }
            target.Commit();
        }
        finally
        {
            target.Abandon();
        }
    }
}
