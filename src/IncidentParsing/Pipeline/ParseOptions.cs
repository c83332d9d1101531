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

    /// <summary>
    /// How many threads may parse the notices of one text at once (1, the default: the calling thread only).
    /// Notices are independent, so results are identical and in the same order whatever the value;
    /// <see cref="Environment.ProcessorCount"/> suits one large dump on an otherwise idle machine.
    /// </summary>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDegreeOfParallelism = value;
        }
    }

    private readonly int _maxDegreeOfParallelism = 1;

    /// <summary>
    /// What one HTML page or PDF file may cost before it is read no further (<see cref="Input.InputLimits.Default"/>
    /// unless set): used by <see cref="IncidentParser.ParseBytes"/>, <see cref="IncidentParser.ParseFile"/> and
    /// <see cref="IncidentParser.ParseStreamAsync"/>.
    /// </summary>
    public Input.InputLimits Limits { get; init; } = Input.InputLimits.Default;
}

/// <summary>The incidents found in a text, in input order, and what the parser noticed about the text as a whole.</summary>
/// <param name="Incidents">One per post.</param>
/// <param name="Diagnostics">Diagnostics not tied to one incident.</param>
public sealed record ParseResult(IReadOnlyList<Incident> Incidents, IReadOnlyList<Diagnostic> Diagnostics);
