using IncidentParsing.Extractors.Fields;

namespace IncidentParsing.Pipeline;

// Each extractor's folder holds its part of the builder: its UseX() stays beside the extractor.
public sealed partial class IncidentParserBuilder
{
    /// <summary>Adds <see cref="FieldsExtractor"/>: the leaked and the not-leaked data; <paramref name="configure"/> may add synonyms to its vocabulary.</summary>
    public IncidentParserBuilder UseFields(Action<FieldsOptions>? configure = null) => UseConfigured(configure, options => new FieldsExtractor(options));
}
