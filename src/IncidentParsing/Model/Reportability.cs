namespace IncidentParsing.Model;

/// <summary>
/// What the notice means under Japan's Act on the Protection of Personal Information (APPI): which reporting events
/// (grounds) its facets show, whether a report to the Personal Information Protection Commission was due, whether the
/// notice says one was made, and the deadlines counted from the detection date. A reading of what the notice states,
/// computed from the extracted facets by a table of rules (<c>Extractors/Reportability/reportability.tsv</c>); not
/// legal advice. Beyond the contract.
/// </summary>
public sealed record Reportability
{
    /// <summary>
    /// <c>business</c> (個人情報取扱事業者: APPI Art. 26, Enforcement Rules Art. 7) or <c>public-sector</c> (行政機関等,
    /// local governments, 地方独立行政法人: APPI Art. 68, Rules Art. 43), from the organization's name; null when the
    /// notice names none.
    /// </summary>
    public string? Regime { get; init; }

    /// <summary>Each reporting event that applies, with the rule and the spans it rests on.</summary>
    public IReadOnlyList<ReportabilityGround> Grounds { get; init; } = [];

    /// <summary>
    /// True where a ground holds and the data was leaked, lost or possibly leaked; false where none holds (or an
    /// <see cref="Exception"/> applies); null where the notice does not say enough (no data named, no count).
    /// </summary>
    public bool? Required { get; init; }

    /// <summary><c>encrypted</c> where the notice says the data was strongly encrypted (高度な暗号化), so no report was due; else null.</summary>
    public string? Exception { get; init; }

    /// <summary>The span that shows the exception, or null.</summary>
    public SourceText? ExceptionSource { get; init; }

    /// <summary>True when the notice says the organization reported to the Commission (<see cref="ReportTarget.Ppc"/>).</summary>
    public bool ReportedToPpc { get; init; }

    /// <summary>The date the deadlines count from: the earliest detection in the timeline, or null.</summary>
    public JapaneseDate? Detected { get; init; }

    /// <summary>The first day of the window in which a preliminary report is "prompt" (the guideline's three to five days).</summary>
    public JapaneseDate? PreliminaryFrom { get; init; }

    /// <summary>The last day of that window.</summary>
    public JapaneseDate? PreliminaryUntil { get; init; }

    /// <summary>The last day for the final report: 30 days after detection, 60 where the ground is <c>improper-purpose</c>.</summary>
    public JapaneseDate? FinalBy { get; init; }

    /// <summary>Whether the notice's first dated report to the Commission came by <see cref="PreliminaryUntil"/>; null without one.</summary>
    public bool? PreliminaryMet { get; init; }

    /// <summary>Whether a later dated report to the Commission came by <see cref="FinalBy"/>; null without one.</summary>
    public bool? FinalMet { get; init; }
}

/// <summary>A reporting event that applies to an incident.</summary>
/// <param name="Code"><c>sensitive-data</c>, <c>property-damage</c>, <c>improper-purpose</c>, <c>headcount</c> or <c>ordinance-sensitive</c>.</param>
/// <param name="Rule">The article it implements, as the rules table states it.</param>
/// <param name="Evidence">The spans of the notice it rests on (the data named, the kind's cue, the count).</param>
public sealed record ReportabilityGround(string Code, string Rule, IReadOnlyList<SourceText> Evidence);
