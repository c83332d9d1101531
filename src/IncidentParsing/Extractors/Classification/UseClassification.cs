using IncidentParsing.Extractors.Classification;

namespace IncidentParsing.Pipeline;

// Each extractor's folder holds its part of the builder: its UseX() stays beside the extractor.
public sealed partial class IncidentParserBuilder
{
    /// <summary>Adds <see cref="ClassificationExtractor"/>: whether the notice reports an incident (after the kinds and the leak status it reads).</summary>
    public IncidentParserBuilder UseClassification()
    {
        return Use(new ClassificationExtractor());
    }
}
