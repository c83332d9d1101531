using IncidentParsing.Extractors.TitleClassification;

namespace IncidentParsing.Pipeline;

// Each extractor's folder holds its part of the builder: its UseX() stays beside the extractor.
public sealed partial class IncidentParserBuilder
{
    /// <summary>Adds <see cref="TitleClassificationExtractor"/>: blog posts judged by their title, before the extractors that would read them.</summary>
    public IncidentParserBuilder UseTitleClassification()
    {
        return Use(new TitleClassificationExtractor());
    }
}
