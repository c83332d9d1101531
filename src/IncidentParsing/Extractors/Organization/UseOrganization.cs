using IncidentParsing.Extractors.Organization;

namespace IncidentParsing.Pipeline;

// Each extractor's folder holds its part of the builder: its UseX() stays beside the extractor.
public sealed partial class IncidentParserBuilder
{
    /// <summary>Adds <see cref="OrganizationExtractor"/>: the organization behind the notice, its candidates and the other parties, with the caller's extra vocabulary if <paramref name="configure"/> is given.</summary>
    public IncidentParserBuilder UseOrganization(Action<OrganizationOptions>? configure = null) => UseConfigured(configure, options => new OrganizationExtractor(options));
}
