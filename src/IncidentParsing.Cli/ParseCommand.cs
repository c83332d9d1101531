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
        var format = IncidentOutput.Find(args["format"] ?? "json", args["output"]);
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
        var options = Limits(args, new ParseOptions { ReferenceDate = JsonLines.Reference(args), MaxDegreeOfParallelism = Threads(args) });
        var files = args.Positional.Count == 0 ? ["-"] : args.Positional;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = new Run(files, stdin, stderr, showProgress) { NeedsText = format.NeedsDocumentText };
        try
        {
            await IncidentOutput.WriteAsync(format, ParseAllAsync(run, parser, args, encoding, options), _ => run.Text, args["output"], stdout);
        }
        finally
        {
            // The bar's last line ends before anything else is written to stderr.
            run.Progress.Dispose();
        }
        if (args["stats"] is "true")
        {
            double seconds = clock.Elapsed.TotalSeconds;
            await stderr.WriteLineAsync(FormattableString.Invariant(
                $"incident-parse: {run.FilesRead} files, {run.Bytes:N0} bytes, {run.Notices} notices, {run.Incidents} incidents in {seconds:0.00} s ")
                + FormattableString.Invariant($"({run.Bytes / 1e6 / Math.Max(seconds, 1e-9):0.0} MB/s); peak working set ")
                + $"{System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MiB");
        }
        return run.Exit;
    }

    /// <summary>What a run of <c>parse</c> has come to: its exit code, its progress and counts, the text being written.</summary>
    private sealed class Run(IReadOnlyList<string> files, TextReader stdin, TextWriter stderr, bool showProgress)
    {
        public IReadOnlyList<string> Files { get; } = files;

        public TextReader Stdin { get; } = stdin;

        public TextWriter Stderr { get; } = stderr;

        public ParseProgress Progress { get; } = new(stderr, showProgress, files);

        /// <summary>True when the format shows each incident's text, so a plain-text stream is read whole.</summary>
        public bool NeedsText { get; init; }

        public int Exit { get; set; } = CliApp.Ok;

        /// <summary>The text of the file whose incidents are being written (for a format that shows it), or null.</summary>
        public string? Text { get; set; }

        public int FilesRead { get; set; }

        public long Bytes { get; set; }

        public int Notices { get; set; }

        public int Incidents { get; set; }
    }

    // Every file's incidents, as they are parsed: the format writes each before the next is read.
    private static async IAsyncEnumerable<Incident> ParseAllAsync(Run run, IncidentParser parser, CliArguments args, DetectedEncoding? encoding, ParseOptions options)
    {
        foreach (var path in run.Files)
        {
            run.Progress.Starting(path);
            var input = await InputFiles.ReadAsync(path, run.Stdin, encoding, options.Limits);
            if (input.Error is not null)
            {
                await run.Stderr.WriteLineAsync($"incident-parse: {input.Error}");
                run.Exit = CliApp.SomeFilesFailed;
                run.Progress.Done(0, 0);
                continue;
            }
            if (input.Warning is not null)
            {
                await run.Stderr.WriteLineAsync($"incident-parse: {input.Warning}");
                run.Exit = CliApp.SomeFilesFailed;
            }
            if (args["emit-text"] is { } emitDir && input.Text is not null)
            {
                // The text the offsets of the output refer to (a PDF's or a page's, as read), for the user to check.
                Directory.CreateDirectory(emitDir);
                await File.WriteAllTextAsync(Path.Combine(emitDir, (input.Name == "-" ? "stdin" : input.Name) + ".txt"), input.Text, new UTF8Encoding(false));
            }
            int count = 0;
            await foreach (var incident in IncidentsOf(parser, input, options, run))
            {
                count++;
                run.Incidents += incident.IsIncident ? 1 : 0;
                yield return incident;
            }
            run.FilesRead++;
            run.Notices += count;
            run.Bytes += input.Bytes;
            run.Progress.Done(input.Bytes, count);
        }
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

    // --max-mb, --max-pages: the input limits, the defaults where not given.
    private static ParseOptions Limits(CliArguments args, ParseOptions options)
    {
        if (WholeNumber(args, "max-mb", 1) is int mb)
        {
            options = options with { MaxDocumentBytes = (long)mb << 20 };
        }
        if (WholeNumber(args, "max-pages", 1) is int pages)
        {
            options = options with { MaxPdfPages = pages };
        }
        return options;
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

    // One file's incidents: a page with a date of its own in its markup is one notice, parsed whole; a plain-text stream
    // is read as it comes, unless the format shows the text (then it is read whole, to be shown).
    private static async IAsyncEnumerable<Incident> IncidentsOf(IncidentParser parser, InputFiles.Input input, ParseOptions options, Run run)
    {
        if (input.Notice is { } notice)
        {
            run.Text = notice.Text;
            foreach (var incident in parser.ParseInput(notice, input.Name, options).Incidents)
            {
                yield return incident;
            }
            yield break;
        }
        run.Text = input.Text ?? (run.NeedsText ? await input.Reader!.ReadToEndAsync() : null);
        if (run.Text is { } text)
        {
            // Lazily, so each incident is written while the next ones are still being parsed.
            foreach (var incident in parser.ParseIncidents(text, input.Name, options))
            {
                yield return incident;
            }
            yield break;
        }
        using var reader = input.Reader!;
        await foreach (var incident in parser.ParseAsync(reader, input.Name, options))
        {
            yield return incident;
        }
    }
}
