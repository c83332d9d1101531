using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Fields;

/// <summary>Registers the leaked-field extractor.</summary>
public static class FieldsBuilderExtensions
{
    /// <summary>Adds <see cref="LeakedFieldExtractor"/>; <paramref name="configure"/> may add synonyms to its vocabulary.</summary>
    public static IncidentParserBuilder UseFields(this IncidentParserBuilder builder, Action<FieldOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new FieldOptions();
        configure?.Invoke(options);
        return builder.UseConfigured(new LeakedFieldExtractor(options));
    }
}
