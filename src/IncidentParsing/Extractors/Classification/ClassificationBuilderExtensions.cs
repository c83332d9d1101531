using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Classification;

/// <summary>Registers the incident classifier.</summary>
public static class ClassificationBuilderExtensions
{
    /// <summary>Adds <see cref="IncidentClassifierExtractor"/>.</summary>
    public static IncidentParserBuilder UseClassification(this IncidentParserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new IncidentClassifierExtractor());
    }
}
