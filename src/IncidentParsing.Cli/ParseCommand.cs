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
        string text = format == "jsonl"
            ? string.Concat(incidents.Select(i => IncidentJson.Serialize(i, indented: false) + "\n"))
            : IncidentJson.Serialize(incidents) + "\n";
        if (output is null || output == "-")
        {
            await stdout.WriteAsync(text);
            await stdout.FlushAsync();
            return;
        }
        // Write beside the target and rename, so a crash never leaves half a file.
        string full = Path.GetFullPath(output);
        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        await File.WriteAllTextAsync(temp, text, new UTF8Encoding(false));
        File.Move(temp, full, overwrite: true);
    }
}
