using System.Text;
using IncidentParsing.Export;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Cli;

/// <summary><c>incident-parse parse</c>: files in, incidents out.</summary>
internal static class ParseCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool showProgress)
    {
        string format = args["format"] ?? "json";
        IncidentOutput.Check(format, args["output"]);
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
        var documents = new List<ReportDocument>();
        int exit = CliApp.Ok;
        using var progress = new ParseProgress(stderr, showProgress, files);
        foreach (var path in files)
        {
            progress.Starting(path);
            var input = await InputFiles.ReadAsync(path, stdin, encoding);
            if (input.Error is not null)
            {
                await stderr.WriteLineAsync($"incident-parse: {input.Error}");
                exit = CliApp.SomeFilesFailed;
                progress.Done(0, 0);
                continue;
            }
            if (input.Warning is not null)
            {
                await stderr.WriteLineAsync($"incident-parse: {input.Warning}");
                exit = CliApp.SomeFilesFailed;
            }
            var incidents = parser.Parse(input.Text!, input.Name, options).Incidents;
            documents.Add(new ReportDocument(input.Name, input.Text!, incidents));
            progress.Done(input.Bytes, incidents.Count);
        }
        await IncidentOutput.WriteAsync(documents, format, args["output"], stdout);
        return exit;
    }
}
