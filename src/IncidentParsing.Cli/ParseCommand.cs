using System.Text;
using IncidentParsing.Json;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Cli;

/// <summary><c>incident-parse parse</c>: files in, incidents out.</summary>
internal static class ParseCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string format = args["format"] ?? "json";
        if (format is not ("json" or "jsonl"))
        {
            throw new CliUsageException($"unknown format '{format}' (json, jsonl)");
        }
        DetectedEncoding? encoding = null;
        if (args["encoding"] is { } encodingName)
        {
            try
            {
                encoding = EncodingDetector.FromName(encodingName);
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException(ex.Message);
            }
        }
        var parser = TokenizerChoice.Build(args["tokenizer"]);
        if (args["tokenizer"] is not null)
        {
            // Asked for by name: confirm which one ran (and which dictionary). Quiet by default, so
            // stderr carries only problems; every parse result's diagnostics say it anyway (IP0001).
            await stderr.WriteLineAsync($"incident-parse: tokenizer {parser.Tokenizer.Description}");
        }
        var options = new ParseOptions { ReferenceDate = JsonLines.Reference(args) };
        var files = args.Positional.Count == 0 ? ["-"] : args.Positional;
        var incidents = new List<Incident>();
        int exit = CliApp.Ok;
        foreach (var path in files)
        {
            var input = await InputFiles.ReadAsync(path, stdin, encoding);
            if (input.Error is not null)
            {
                await stderr.WriteLineAsync($"incident-parse: {input.Error}");
                exit = CliApp.SomeFilesFailed;
                continue;
            }
            if (input.Warning is not null)
            {
                await stderr.WriteLineAsync($"incident-parse: {input.Warning}");
                exit = CliApp.SomeFilesFailed;
            }
            incidents.AddRange(parser.Parse(input.Text!, input.Name, options).Incidents);
        }
        await WriteAsync(incidents, format, args["output"], stdout);
        return exit;
    }

    private static async Task WriteAsync(List<Incident> incidents, string format, string? output, TextWriter stdout)
    {
        if (output is null || output == "-")
        {
            if (!ReferenceEquals(stdout, Console.Out))
            {
                // A caller's writer (tests, embedding): text through it.
                await stdout.WriteAsync(Render(incidents, format));
                await stdout.FlushAsync();
                return;
            }
            // The console: UTF-8 straight to the stream, never the whole output as one string (a corpus
            // dump gives tens of megabytes of JSON).
            await stdout.FlushAsync();
            await using var console = Console.OpenStandardOutput();
            await WriteJsonAsync(console, incidents, format);
            return;
        }
        // Write beside the target and rename, so a crash never leaves half a file.
        string full = Path.GetFullPath(output);
        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        await using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false))
        {
            await WriteJsonAsync(file, incidents, format);
        }
        File.Move(temp, full, overwrite: true);
    }

    private static string Render(List<Incident> incidents, string format) => format == "jsonl"
        ? string.Concat(incidents.Select(i => IncidentJson.Serialize(i, indented: false) + "\n"))
        : IncidentJson.Serialize(incidents) + "\n";

    // The same bytes as Render in UTF-8 (no BOM), serialized through a buffer onto the stream.
    private static async Task WriteJsonAsync(Stream target, List<Incident> incidents, string format)
    {
        var buffered = new BufferedStream(target, 1 << 16);
        if (format == "jsonl")
        {
            foreach (var incident in incidents)
            {
                System.Text.Json.JsonSerializer.Serialize(buffered, incident, IncidentJson.Compact.Incident);
                buffered.WriteByte((byte)'\n');
            }
        }
        else
        {
            IncidentJson.Write(buffered, incidents);
            buffered.WriteByte((byte)'\n');
        }
        await buffered.FlushAsync();
    }
}
