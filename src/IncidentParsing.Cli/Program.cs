using IncidentParsing.Cli;

return await CliApp.RunAsync(args, Console.In, Console.Out, Console.Error, showProgress: !Console.IsErrorRedirected);
