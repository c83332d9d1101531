using IncidentParsing.Model;

namespace IncidentParsing.Pipeline;

/// <summary>Per-call settings of a parse.</summary>
public sealed record ParseOptions
{
    /// <summary>The default settings.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>
    /// The date that yearless dates are completed from when a notice has no date of its own.
    /// Never the clock: without it and without a notice date, such dates are left as written and reported.
    /// </summary>
    public JapaneseDate? ReferenceDate { get; init; }
}

/// <summary>The incidents found in a text, in input order, and what the parser noticed about the text as a whole.</summary>
/// <param name="Incidents">One per post.</param>
/// <param name="Diagnostics">Diagnostics not tied to one incident.</param>
public sealed record ParseResult(IReadOnlyList<Incident> Incidents, IReadOnlyList<Diagnostic> Diagnostics);
