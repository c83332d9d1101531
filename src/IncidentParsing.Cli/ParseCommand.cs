using IncidentParsing.Input;
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
            catch (ArgumentException)
            {
                // The library's message names its parameter; the command line names its option.
                throw new CliUsageException($"--encoding: unknown encoding '{encodingName}'; use utf-8, utf-16le, utf-16be, shift_jis, euc-jp or iso-2022-jp");
            }
        }
        var parser = TokenizerChoice.Build(args["tokenizer"], Candidates(args));
        if (args["tokenizer"] is not null)
        {
            // Asked for by name: confirm which one ran (and which dictionary). Quiet by default, so
            // stderr carries only problems; every parse result's diagnostics say it anyway (IP0001).
            await stderr.WriteLineAsync($"incident-parse: tokenizer {parser.Tokenizer.Description}");
        }
        var options = new ParseOptions { ReferenceDate = JsonLines.Reference(args), MaxDegreeOfParallelism = Threads(args), Limits = Limits(args) };
        var files = args.Positional.Count == 0 ? ["-"] : args.Positional;
        var documents = new List<ReportDocument>();
        int exit = CliApp.Ok;
        using var progress = new ParseProgress(stderr, showProgress, files);
        // json and jsonl are written incident by incident, so no input size is held in memory.
        await using var streaming = StreamingJsonOutput.Handles(format) ? StreamingJsonOutput.Open(format, args["output"], stdout) : null;
        foreach (var path in files)
        {
            progress.Starting(path);
            var input = await InputFiles.ReadAsync(path, stdin, encoding, options.Limits);
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
            if (args["emit-text"] is { } emitDir && input.Text is not null)
            {
                // The text the offsets of the output refer to (a PDF's or a page's, as read), for the user to check.
                Directory.CreateDirectory(emitDir);
                await File.WriteAllTextAsync(Path.Combine(emitDir, (input.Name == "-" ? "stdin" : input.Name) + ".txt"), input.Text, new UTF8Encoding(false));
            }
            int count = streaming is null
                ? Collect(parser, input, options, documents)
                : await StreamAsync(parser, input, options, streaming);
            progress.Done(input.Bytes, count);
        }
        if (streaming is not null)
        {
            await streaming.CommitAsync();
        }
        else
        {
            await IncidentOutput.WriteAsync(documents, format, args["output"], stdout);
        }
        if (args["stats"] is "true")
        {
            await stderr.WriteLineAsync($"incident-parse: peak working set {Environment.WorkingSet >> 20} MiB now, "
                + $"{System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MiB peak");
        }
        return exit;
    }

    private static int Threads(CliArguments args)
    {
        string? s = args["threads"];
        if (s is null)
        {
            return Environment.ProcessorCount;
        }
        return int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 1
            ? n
            : throw new CliUsageException($"--threads must be a whole number of at least 1, not '{s}'");
    }

    private static int? Candidates(CliArguments args) => WholeNumber(args, "candidates", 0);

    // --max-mb, --max-pages: InputLimits, the defaults where not given.
    private static InputLimits Limits(CliArguments args)
    {
        var limits = InputLimits.Default;
        if (WholeNumber(args, "max-mb", 1) is int mb)
        {
            limits = limits with { MaxDocumentBytes = (long)mb << 20 };
        }
        if (WholeNumber(args, "max-pages", 1) is int pages)
        {
            limits = limits with { MaxPdfPages = pages };
        }
        return limits;
    }

    private static int? WholeNumber(CliArguments args, string name, int least)
    {
        string? s = args[name];
        if (s is null)
        {
            return null;
        }
        return int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= least
            ? n
            : throw new CliUsageException($"--{name} must be a whole number{(least > 0 ? $" of at least {least}" : "")}, not '{s}'");
    }

    private static int Collect(IncidentParser parser, InputFiles.Input input, ParseOptions options, List<ReportDocument> documents)
    {
        string text = input.Text ?? input.Reader!.ReadToEnd();
        var incidents = input.Notice is { } notice ? parser.ParseInput(notice, input.Name, options).Incidents : parser.Parse(text, input.Name, options).Incidents;
        documents.Add(new ReportDocument(input.Name, text, incidents));
        return incidents.Count;
    }

    private static async Task<int> StreamAsync(IncidentParser parser, InputFiles.Input input, ParseOptions options, StreamingJsonOutput output)
    {
        int count = 0;
        if (input.Notice is { } notice)
        {
            // A page with a date of its own in its markup: one notice, parsed whole.
            foreach (var incident in parser.ParseInput(notice, input.Name, options).Incidents)
            {
                await output.WriteAsync(incident);
                count++;
            }
            return count;
        }
        if (input.Text is not null)
        {
            // Lazily, so each incident is written while the next ones are still being parsed.
            foreach (var incident in parser.ParseIncidents(input.Text, input.Name, options))
            {
                await output.WriteAsync(incident);
                count++;
            }
            return count;
        }
        using var reader = input.Reader!;
        await foreach (var incident in parser.ParseAsync(reader, input.Name, options))
        {
            await output.WriteAsync(incident);
            count++;
        }
        return count;
    }
}
