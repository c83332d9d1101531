using IncidentParsing.Cli;

// Standard input as bytes behind a reader: parse reads them as it reads a file (--encoding or detection); dates and
// numbers read its UTF-8 lines.
using var stdin = new StreamReader(Console.OpenStandardInput(), new System.Text.UTF8Encoding(false));
return await CliApp.RunAsync(args, stdin, Console.Out, Console.Error, showProgress: !Console.IsErrorRedirected);
