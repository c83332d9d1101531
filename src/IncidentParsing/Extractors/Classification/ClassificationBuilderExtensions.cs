using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Classification;

/// <summary>Registers the incident classifier.</summary>
public static class ClassificationBuilderExtensions
{
    /// <summary>Adds <see cref="TitleClassifierExtractor"/>: blog posts judged by their title, before the extractors that would read them.</summary>
    public static IncidentParserBuilder UseTitleClassification(this IncidentParserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new TitleClassifierExtractor());
    }

    /// <summary>Adds <see cref="IncidentClassifierExtractor"/> (after the kinds and the leak status it reads).</summary>
    public static IncidentParserBuilder UseClassification(this IncidentParserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new IncidentClassifierExtractor());
    }
}
