namespace IncidentParsing.Pipeline;

// The built-in extractors in order; each one's UseX() is in its folder.
public sealed partial class IncidentParserBuilder
{
    /// <summary>
    /// Adds every built-in extractor, each after the extractors it reads (<see cref="RequiresAttribute"/>; checked by
    /// <see cref="IncidentParserBuilder.Build"/>). One line per extractor.
    /// </summary>
    public IncidentParserBuilder UseDefaults() =>
        UseTitleClassification()
            .UseFields()
            .UseKinds()
            .UseStatus()
            .UseOrganization()
            .UseNarrative()
            .UseTimeline()
            .UseCounts()
            .UseClassification()
            .UseReportability();
}
