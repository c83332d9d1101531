using IncidentParsing.Pipeline;

namespace IncidentParsing.MeCab;

/// <summary>Makes a parser's extractors share MeCab's morphemes instead of the built-in script runs.</summary>
public static class MeCabBuilderExtensions
{
    /// <summary>Uses <see cref="MeCabTokenizer.Shared"/> (default options, loaded once per process).</summary>
    /// <exception cref="MeCabUnavailableException">libmecab or a UTF-8 IPADIC dictionary is missing.</exception>
    public static IncidentParserBuilder UseMeCab(this IncidentParserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseTokenizer(MeCabTokenizer.Shared);
    }

    /// <summary>Uses a new <see cref="MeCabTokenizer"/> configured by <paramref name="options"/>.</summary>
    /// <exception cref="MeCabUnavailableException">libmecab or a UTF-8 IPADIC dictionary is missing.</exception>
    public static IncidentParserBuilder UseMeCab(this IncidentParserBuilder builder, MeCabOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder.UseTokenizer(new MeCabTokenizer(options));
    }
}
