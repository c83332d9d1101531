using System.CommandLine;
using System.CommandLine.Help;

namespace IncidentParsing.Cli;

/// <summary>The commands, their options and what runs each; the options' values reach the commands as <see cref="CliArguments"/>.</summary>
internal static class CliCommands
{
    // The root is named, not the process: under a test host or `dotnet incident-parse.dll` the usage still says incident-parse.
    public static Command Root(TextReader stdin, TextWriter stdout, TextWriter stderr, bool showProgress)
    {
        var root = new Command("incident-parse", "Japanese data-breach notices (text in any Japanese encoding, HTML pages, PDF files) to typed incidents.")
        {
            new HelpOption { Recursive = true },
            new VersionOption { Action = new CliApp.VersionAction() },
            Parse(stdin, stdout, stderr, showProgress),
            Recognizer("dates", "Runs the date recognizer over JSON Lines {\"id\",\"input\",\"reference\"?} on stdin; writes {\"id\",\"found\":[…]} per line.",
                args => DatesCommand.RunAsync(args, stdin, stdout), reference: true),
            Recognizer("numbers", "Runs the number reader over JSON Lines {\"id\",\"input\"} on stdin; writes {\"id\",\"found\":[…]} per line.",
                args => NumbersCommand.RunAsync(args, stdin, stdout), reference: false),
            Eval(stdout),
            Conformance(stdout),
        };
        return root;
    }

    private static Command Parse(TextReader stdin, TextWriter stdout, TextWriter stderr, bool showProgress)
    {
        var command = new Command("parse", "Reads notices (UTF-8, UTF-16, Shift_JIS, EUC-JP or ISO-2022-JP, detected or named; HTML pages; PDF files) "
            + "and writes their incidents: one JSON array (json), one incident per line (jsonl), one flat row per incident (csv: RFC 4180, "
            + "UTF-8 with BOM; parquet: needs --output), a self-contained HTML report with every extracted span highlighted (html), "
            + "or one VERIS 1.4 record per incident (veris).")
        {
            Files("FILE", "Files to read; - or none for standard input."),
            Text("--format", "json, jsonl, csv, parquet, html or veris (default json).", "FORMAT", "-f"),
            Text("--output", "Where to write (default standard output); a file is written whole or not at all.", "FILE", "-o"),
            Text("--encoding", "utf-8, utf-16le, utf-16be, shift_jis, euc-jp or iso-2022-jp (default: detected).", "NAME"),
            Text("--tokenizer", "builtin or mecab (default builtin).", "NAME"),
            Text("--reference", "The date yearless dates are completed from when a notice has none (YYYY-MM-DD).", "DATE"),
            Text("--threads", "Threads parsing the notices of a file (default: all cores; the output is the same).", "N"),
            Text("--candidates", "Organization candidates kept per incident, with scores and features (default 3).", "N"),
            Text("--emit-text", "Writes the text each input was read as (a PDF's, a page's), which every offset refers to.", "DIR"),
            Text("--max-mb", "Reads an HTML page or a PDF file of at most N MiB (default 256).", "N"),
            Text("--max-pages", "Reads at most N pages of a PDF file (default 500).", "N"),
            Flag("--stats", "Prints files, bytes, notices, incidents, time, MB/s and peak memory to stderr."),
        };
        command.SetAction((result, _) => ParseCommand.RunAsync(CliArguments.From(result), stdin, stdout, stderr, showProgress));
        return command;
    }

    private static Command Recognizer(string name, string description, Func<CliArguments, Task<int>> run, bool reference)
    {
        var command = new Command(name, description);
        if (reference)
        {
            command.Add(Text("--reference", "The date yearless dates are completed from, unless a line gives its own (YYYY-MM-DD).", "DATE"));
        }
        command.SetAction((result, _) => run(CliArguments.From(result)));
        return command;
    }

    private static Command Eval(TextWriter stdout)
    {
        var command = new Command("eval", "Scores parse's JSON output against hand-made gold files (one per document; seeds/gold/FORMAT.md): "
            + "segmentation, title, isIncident, organization, published, leak status, affected, kinds, counts, fields, "
            + "excluded fields, dates, reports, and their mean (overall).")
        {
            new Argument<string>("PARSED") { Description = "The JSON that parse wrote." },
            new Argument<string>("GOLD_DIR") { Description = "The gold files' folder." },
            Flag("--per-notice", "Lists what went wrong, notice by notice."),
            Flag("--json", "Prints the figures as one JSON object."),
        };
        command.SetAction((result, _) => Cli.Eval.EvalCommand.RunAsync(CliArguments.From(result), stdout));
        return command;
    }

    private static Command Conformance(TextWriter stdout)
    {
        var command = new Command("conformance", "Runs the date recognizer (or, for a numbers file, the number reader) over other projects' "
            + "test cases (tests/conformance/dates.jsonl, numbers.jsonl) and scores them.")
        {
            new Argument<string>("CASES") { Description = "A conformance set (JSON Lines)." },
            Flag("--json", "Prints the figures as one JSON object."),
            Text("--failures", "Lists the ids of up to N failed cases.", "N"),
        };
        command.SetAction((result, _) => Cli.Eval.ConformanceCommand.RunAsync(CliArguments.From(result), stdout));
        return command;
    }

    // A word that looks like an option but is none (--bogus) is a usage error, not a file name (./--bogus names one).
    private static Argument<string[]> Files(string name, string description)
    {
        var files = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.ZeroOrMore };
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        return files;
    }

    // Values are read as text and checked by the commands, whose messages name the option and what it takes.
    private static Option<string> Text(string name, string description, string helpName, params string[] aliases) =>
        new(name, aliases) { Description = description, HelpName = helpName };

    private static Option<bool> Flag(string name, string description) => new(name) { Description = description };
}
