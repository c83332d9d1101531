using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Classification;

/// <summary>
/// Decides a blog post's <see cref="Model.Incident.IsIncident"/> from its title before the other extractors run, so
/// that none of them reads a how-to or a ranking for nothing. Other notices are left to
/// <see cref="IncidentClassifierExtractor"/>, which judges them by what they say, after the extractors that read it.
/// </summary>
[ExtractorName("title-classification")]
public sealed class TitleClassifierExtractor : IIncidentExtractor
{
    private readonly IncidentClassifierExtractor _classifier = new();

    /// <inheritdoc />
    public void Extract(ExtractionContext context) => _classifier.TryClassifyByTitle(context);
}
