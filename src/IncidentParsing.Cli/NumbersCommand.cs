namespace IncidentParsing.Cli;

/// <summary><c>incident-parse dates</c>: runs the number parser over JSON Lines cases.</summary>
internal static class NumbersCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextReader stdin, TextWriter stdout)
    {
        var reference = JsonLines.Reference(args);
        await foreach (var c in JsonLines.ReadAsync(stdin, reference))
        {
            // Placeholder until the number parser lands: reports nothing found.
            await stdout.WriteLineAsync($"{{\"id\":{System.Text.Json.JsonSerializer.Serialize(c.Id)},\"found\":[]}}");
        }
        return CliApp.Ok;
    }
}
