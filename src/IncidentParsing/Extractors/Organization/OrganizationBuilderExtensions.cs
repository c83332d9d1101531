using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Organization;

/// <summary>Registers the organization extractor.</summary>
public static class OrganizationBuilderExtensions
{
    /// <summary>Adds <see cref="OrganizationExtractor"/>, with the caller's extra vocabulary if <paramref name="configure"/> is given.</summary>
    public static IncidentParserBuilder UseOrganization(this IncidentParserBuilder builder, Action<OrganizationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new OrganizationOptions();
        configure?.Invoke(options);
        return builder.UseConfigured(new OrganizationExtractor(options));
    }
}
