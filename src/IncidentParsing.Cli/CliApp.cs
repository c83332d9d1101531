using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace IncidentParsing.Cli;

/// <summary>
/// The <c>incident-parse</c> command line on System.CommandLine: <c>parse</c>, <c>dates</c>, <c>numbers</c>, <c>eval</c>,
/// <c>conformance</c>, with <c>--help</c>/<c>-h</c> on each and <c>--version</c>. A usage error names what is wrong on
/// stderr, points to the command's help and exits with <see cref="UsageError"/>.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int SomeFilesFailed = 1;
    public const int UsageError = 2;

    // showProgress draws a progress bar on stderr: the caller passes true only when stderr is a terminal.
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool showProgress = false)
    {
        var root = CliCommands.Root(stdin, stdout, stderr, showProgress);
        var result = root.Parse(args);
        if (result.Errors.Count > 0 && result.Action is ParseErrorAction or null)
        {
            foreach (var error in result.Errors)
            {
                await stderr.WriteLineAsync($"incident-parse: {error.Message}");
            }
            string command = result.CommandResult.Command == root ? "" : result.CommandResult.Command.Name + " ";
            await stderr.WriteLineAsync($"Run 'incident-parse {command}--help' for usage.");
            return UsageError;
        }
        try
        {
            return await result.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"incident-parse: {ex.Message}");
            return UsageError;
        }
    }

    /// <summary>The informational version the build stamps (1.2.3+commit), without the commit.</summary>
    public static string Version =>
        (typeof(CliApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    /// <summary><c>--version</c>: the tool's own version (the entry assembly may be a test host's).</summary>
    internal sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"incident-parse {Version}");
            return Ok;
        }
    }
}

internal sealed class CliUsageException(string message) : Exception(message);
