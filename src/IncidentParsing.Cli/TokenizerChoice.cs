using IncidentParsing.MeCab;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Cli;

/// <summary>Builds the parser for <c>--tokenizer</c>.</summary>
internal static class TokenizerChoice
{
    public static IncidentParser Build(string? name) => name switch
    {
        null or "builtin" => IncidentParser.CreateDefault(),
        "mecab" => BuildWithMeCab(),
        _ => throw new CliUsageException($"unknown tokenizer '{name}' (builtin, mecab)"),
    };

    private static IncidentParser BuildWithMeCab()
    {
        try
        {
            return new IncidentParserBuilder().UseDefaults().UseMeCab().Build();
        }
        catch (MeCabUnavailableException ex)
        {
            // Asked for MeCab explicitly: silently falling back would make results differ unnoticed.
            throw new CliUsageException($"--tokenizer mecab: {ex.Message}");
        }
    }
}
