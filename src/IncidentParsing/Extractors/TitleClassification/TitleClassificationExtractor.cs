using IncidentParsing.Extractors.Classification;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.TitleClassification;

/// <summary>
/// Decides a blog post's <see cref="Model.Incident.IsIncident"/> from its title before the other extractors run, so
/// that none of them reads a how-to or a ranking for nothing. Other notices are left to
/// <see cref="ClassificationExtractor"/>, which judges them by what they say, after the extractors that read it.
/// </summary>
internal sealed class TitleClassificationExtractor : IIncidentExtractor
{
    private readonly ClassificationExtractor _classifier = new();

    /// <inheritdoc />
    public void Extract(ExtractionContext context) => _classifier.TryClassifyByTitle(context);
}
