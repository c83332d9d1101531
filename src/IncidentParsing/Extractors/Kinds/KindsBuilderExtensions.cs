using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Kinds;

/// <summary>Registers the incident-kind extractor.</summary>
public static class KindsBuilderExtensions
{
    /// <summary>Adds <see cref="IncidentKindExtractor"/>, with the caller's extra cues if <paramref name="configure"/> is given.</summary>
    public static IncidentParserBuilder UseKinds(this IncidentParserBuilder builder, Action<IncidentKindOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new IncidentKindOptions();
        configure?.Invoke(options);
        return builder.UseConfigured(new IncidentKindExtractor(options));
    }
}
