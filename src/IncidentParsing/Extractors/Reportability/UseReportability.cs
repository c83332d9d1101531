using IncidentParsing.Extractors.Reportability;
using IncidentParsing.Lexicons;

namespace IncidentParsing.Pipeline;

// Each extractor's folder holds its part of the builder: its UseX() stays beside the extractor.
public sealed partial class IncidentParserBuilder
{
    /// <summary>
    /// Adds the reportability extractor (<see cref="Model.Incident.Reportability"/>), after every extractor it reads. The
    /// rules are <c>Extractors/Reportability/reportability.tsv</c> unless <paramref name="rules"/> gives a table in the
    /// same format to use instead (the law changes; a reading of it may differ).
    /// </summary>
    public IncidentParserBuilder UseReportability(TextReader? rules = null) =>
        UseConfigured(new ReportabilityExtractor(new ReportabilityRules(
            rules is null ? Lexicon.ReadEmbedded("Extractors/Reportability/reportability.tsv") : Lexicon.Parse(rules))));
}
