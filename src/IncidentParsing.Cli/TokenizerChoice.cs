using IncidentParsing.Pipeline;

namespace IncidentParsing.Cli;

/// <summary>Builds the parser for <c>--tokenizer</c>.</summary>
internal static class TokenizerChoice
{
    public static IncidentParser Build(string? name) => name switch
    {
        null or "builtin" => IncidentParser.CreateDefault(),
        _ => throw new CliUsageException($"unknown tokenizer '{name}' (builtin)"),
    };
}
