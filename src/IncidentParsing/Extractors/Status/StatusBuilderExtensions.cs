using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Status;

/// <summary>Registers the leak-status extractor.</summary>
public static class StatusBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="LeakStatusExtractor"/>, with the caller's extra words if <paramref name="configure"/> is given.
    /// Register it after the kinds extractor: notices that state nothing fall back on their kinds.
    /// </summary>
    public static IncidentParserBuilder UseLeakStatus(this IncidentParserBuilder builder, Action<LeakStatusOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new LeakStatusOptions();
        configure?.Invoke(options);
        return builder.UseConfigured(new LeakStatusExtractor(options));
    }
}
