namespace IncidentParsing.Cli;

/// <summary>The <c>incident-parse</c> command line: <c>parse</c>, <c>dates</c>, <c>numbers</c>.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int SomeFilesFailed = 1;
    public const int UsageError = 2;

    public const string Usage = """
        usage:
          incident-parse parse [FILE|-]... [--format json|jsonl|csv|parquet|html] [-o|--output FILE] [--encoding NAME]
                               [--tokenizer builtin|mecab] [--reference YYYY-MM-DD] [--threads N] [--stats]
                               [--candidates N] [--emit-text DIR] [--max-mb N] [--max-pages N]
          incident-parse dates [--reference YYYY-MM-DD]     JSON Lines {"id","input","reference"?} on stdin
          incident-parse numbers                            JSON Lines {"id","input"} on stdin
          incident-parse eval PARSED.json GOLD_DIR [--per-notice] [--json]
          incident-parse conformance CASES.jsonl [--json] [--failures N]
          incident-parse --version | COMMAND --help

        parse reads notices (UTF-8, UTF-16, Shift_JIS, EUC-JP or ISO-2022-JP, detected or named with
        --encoding) and writes one JSON array of incidents, one incident per line (jsonl), one flat row per
        incident (csv: RFC 4180, UTF-8 with BOM; parquet: needs --output), or a self-contained HTML report
        with every extracted span highlighted (html). A progress bar goes to stderr when it is a terminal.
        --threads N parses the notices of a file on N threads (default: all cores; output is the same).
        --candidates N keeps N organization candidates with their scores and features per incident (default 3).
        --max-mb N reads an HTML page or a PDF file of at most N MiB (default 256; plain text streams at any size);
        --max-pages N reads at most N pages of a PDF file (default 500). A file over a limit is named on stderr.
        dates and numbers write {"id","found":[{"text","start","end","value",...}]} per input line.
        eval scores parse's JSON output against hand-made gold files (one per document; seeds/gold/FORMAT.md):
        segmentation, title, isIncident, organization, published, leak status, affected, kinds, counts,
        fields, excluded fields, dates, reports, and their mean (overall). conformance runs dates or numbers
        over conformance/dates.jsonl or conformance/numbers.jsonl (other projects' test cases) and scores them.
        """;

    // showProgress draws a progress bar on stderr: the caller passes true only when stderr is a terminal.
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool showProgress = false)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? UsageError : Ok;
        }
        if (args[0] is "--version" or "version")
        {
            stdout.WriteLine($"incident-parse {Version}");
            return Ok;
        }
        // incident-parse parse --help, dates -h: the usage, on standard output, whatever else is given.
        if (args.Skip(1).Any(a => a is "-h" or "--help"))
        {
            stdout.WriteLine(Usage);
            return Ok;
        }
        CliArguments parsed;
        try
        {
            parsed = CliArguments.Parse(args[1..]);
        }
        catch (CliUsageException ex)
        {
            stderr.WriteLine($"incident-parse: {ex.Message}");
            return UsageError;
        }
        try
        {
            return args[0] switch
            {
                "parse" => await ParseCommand.RunAsync(parsed, stdin, stdout, stderr, showProgress),
                "dates" => await DatesCommand.RunAsync(parsed, stdin, stdout),
                "numbers" => await NumbersCommand.RunAsync(parsed, stdin, stdout),
                "eval" => await Eval.EvalCommand.RunAsync(parsed, stdout),
                "conformance" => await Eval.ConformanceCommand.RunAsync(parsed, stdout),
                _ => Unknown(args[0], stderr),
            };
        }
        catch (CliUsageException ex)
        {
            stderr.WriteLine($"incident-parse: {ex.Message}");
            return UsageError;
        }
    }

    // The informational version the build stamps (1.2.3+commit), without the commit.
    private static string Version =>
        (typeof(CliApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    private static int Unknown(string verb, TextWriter stderr)
    {
        stderr.WriteLine($"incident-parse: unknown command '{verb}'");
        stderr.WriteLine(Usage);
        return UsageError;
    }
}

internal sealed class CliUsageException(string message) : Exception(message);
