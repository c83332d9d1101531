using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Counts;

/// <summary>Registers the count extractor.</summary>
public static class CountsBuilderExtensions
{
    /// <summary>Adds <see cref="CountExtractor"/>; <paramref name="configure"/> can add counters and non-number words.</summary>
    public static IncidentParserBuilder UseCounts(this IncidentParserBuilder builder, Action<CountOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new CountOptions();
        configure?.Invoke(options);
        return builder.UseConfigured(new CountExtractor(options));
    }
}
