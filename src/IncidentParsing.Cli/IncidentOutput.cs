using IncidentParsing.Export;
using IncidentParsing.Model;

namespace IncidentParsing.Cli;

/// <summary>
/// Where <c>parse</c> writes: the chosen format over stdout or over <c>--output</c>. A regular file is written beside
/// its place and renamed into it when the format is done, so a failed run never leaves half a file (a pipe or a device
/// is written directly).
/// </summary>
internal static class IncidentOutput
{
    /// <summary>The library's formats and Parquet, which the tool adds (its writer is a dependency of the tool only).</summary>
    public static readonly IReadOnlyList<IncidentFormat> Formats = [.. IncidentFormat.BuiltIn, new IncidentParquet()];

    /// <summary>The format named <paramref name="name"/>, checked against where it goes.</summary>
    public static IncidentFormat Find(string name, string? output)
    {
        var format = IncidentFormat.Find(name, Formats)
            ?? throw new CliUsageException($"unknown format '{name}' ({string.Join(", ", Formats.Select(f => f.Name))})");
        if (format.IsBinary && IsStdout(output))
        {
            throw new CliUsageException($"--format {format.Name} needs --output FILE ({format.Name} is binary and is not written to a terminal)");
        }
        return format;
    }

    /// <summary>Writes <paramref name="incidents"/> in <paramref name="format"/> to stdout or to the file <paramref name="output"/>.</summary>
    public static async Task WriteAsync(IncidentFormat format, IAsyncEnumerable<Incident> incidents, Func<Incident, string?> documentText,
        string? output, TextWriter stdout)
    {
        if (IsStdout(output))
        {
            await using var stream = new TextWriterStream(stdout);
            await format.WriteAsync(stream, incidents, documentText);
            await stdout.FlushAsync();
            return;
        }
        var target = OutputTarget.Of(output!);
        try
        {
            await using (var stream = target.Open(1 << 16, useAsync: true))
            {
                await format.WriteAsync(stream, incidents, documentText);
            }
            target.Commit();
        }
        finally
        {
            target.Abandon();
        }
    }

    private static bool IsStdout(string? output) => output is null || output == "-";
}
