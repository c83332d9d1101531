using IncidentParsing.Extractors.Classification;
using IncidentParsing.Extractors.Counts;
using IncidentParsing.Extractors.Fields;
using IncidentParsing.Extractors.Kinds;
using IncidentParsing.Extractors.Narrative;
using IncidentParsing.Extractors.Organization;
using IncidentParsing.Extractors.Status;
using IncidentParsing.Extractors.Timeline;

namespace IncidentParsing.Pipeline;

/// <summary>The built-in extractor set.</summary>
public static class DefaultExtractors
{
    /// <summary>Adds every built-in extractor, in the order they depend on each other. One line per extractor.</summary>
    public static IncidentParserBuilder UseDefaults(this IncidentParserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .UseTitleClassification()
            .UseFields()
            .UseKinds()
            .UseLeakStatus()
            .UseOrganization()
            .UseNarrative()
            .UseTimeline()
            .UseCounts()
            .UseClassification(); // reads the kinds and the leak status
    }
}
