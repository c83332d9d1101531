using IncidentParsing.MeCab;
using IncidentParsing.Extractors.Organization;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Cli;

/// <summary>Builds the parser for <c>--tokenizer</c>.</summary>
internal static class TokenizerChoice
{
    public static IncidentParser Build(string? name, int? candidates = null)
    {
        if (name is not (null or "builtin" or "mecab"))
        {
            throw new CliUsageException($"unknown tokenizer '{name}' (builtin, mecab)");
        }
        if (name is null or "builtin" && candidates is null)
        {
            return IncidentParser.CreateDefault();
        }
        var builder = new IncidentParserBuilder().UseDefaults();
        if (candidates is int n)
        {
            builder.UseOrganization(o => o.MaxCandidates = n);
        }
        return name == "mecab" ? BuildWithMeCab(builder) : builder.Build();
    }

    private static IncidentParser BuildWithMeCab(IncidentParserBuilder builder)
    {
        try
        {
            return builder.UseMeCab().Build();
        }
        catch (MeCabUnavailableException ex)
        {
            // Asked for MeCab explicitly: silently falling back would make results differ unnoticed.
            throw new CliUsageException($"--tokenizer mecab: {ex.Message}");
        }
    }
}
