namespace IncidentParsing.Pipeline;

/// <summary>
/// A plug-in that reads one notice and writes what it finds onto the incident draft.
/// </summary>
/// <remarks>
/// An extractor is created once, when the parser is built, and then called for every notice,
/// possibly from many threads at once: keep no per-notice state in fields. Work on
/// <see cref="ExtractionContext.Text"/> (the normalized notice), turn spans into source text with
/// <see cref="ExtractionContext.Source(int, int)"/>, write contract values onto
/// <see cref="ExtractionContext.Incident"/>, anything else with
/// <see cref="ExtractionContext.Annotate"/>, and problems with <see cref="ExtractionContext.Report"/>.
/// Throwing is a bug: the parser catches it, reports <c>IP9001</c>, and goes on with the next extractor.
/// </remarks>
public interface IIncidentExtractor
{
    /// <summary>Reads the notice in <paramref name="context"/> and records what it finds.</summary>
    void Extract(ExtractionContext context);
}
