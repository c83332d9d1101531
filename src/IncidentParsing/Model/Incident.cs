using System.Text.Json.Serialization;

namespace IncidentParsing.Model;

/// <summary>
/// One notice turned into typed facts (CONTRACT.md). Every value taken from the text carries the
/// exact source characters and their UTF-16 offsets into the parsed input.
/// </summary>
public sealed record Incident
{
    /// <summary>The document and the notice's offsets in it.</summary>
    public required SourceLocation Source { get; init; }

    /// <summary><c>2024-354</c> from <c>【セキュリティ事件簿#2024-354】</c>; <c>2022</c> when only a year is given; null without a header.</summary>
    public string? CasebookId { get; init; }

    /// <summary>How the notice was read: the kind of document and where its body starts.</summary>
    public Layout.ReadingLayout Layout { get; init; }

    /// <summary>The title line without the header and the trailing date.</summary>
    public string Title { get; init; } = "";

    /// <summary>Where the title stands in the input.</summary>
    public SourceText? TitleSource { get; init; }

    /// <summary>False for posts that report no security or privacy incident.</summary>
    public bool IsIncident { get; init; }

    /// <summary>The organization responsible for the data, legal form kept.</summary>
    public string? Organization { get; init; }

    /// <summary>Where <see cref="Organization"/> was read.</summary>
    public SourceText? OrganizationSource { get; init; }

    /// <summary>The names weighed for <see cref="Organization"/>, best first (the chosen one, when there is one, first).</summary>
    public IReadOnlyList<OrganizationCandidate> OrganizationCandidates { get; init; } = [];

    /// <summary>The organizations the notice names with a part it gives them (the issuer, a contractor, a regulator…), in text order.</summary>
    public IReadOnlyList<Party> Parties { get; init; } = [];

    /// <summary>The notice's own date.</summary>
    public JapaneseDate? Published { get; init; }

    /// <summary>What happened.</summary>
    public IReadOnlyList<IncidentKind> Kinds { get; init; } = [];

    /// <summary>How sure the notice is that data left; null where it says nothing about it.</summary>
    public LeakStatus? LeakStatus { get; init; }

    /// <summary>The headline: the largest stated number of affected data subjects or records.</summary>
    public Count? Affected { get; init; }

    /// <summary>Every cardinal quantity of people, records or things.</summary>
    public IReadOnlyList<Count> Counts { get; init; } = [];

    /// <summary>Each kind of data stated as leaked or exposed.</summary>
    public IReadOnlyList<LeakedField> Fields { get; init; } = [];

    /// <summary>Each kind of data stated as not leaked.</summary>
    public IReadOnlyList<LeakedField> ExcludedFields { get; init; } = [];

    /// <summary>Every dated statement, in text order.</summary>
    public IReadOnlyList<TimelineEvent> Timeline { get; init; } = [];

    /// <summary>The period during which data was exposed or compromised.</summary>
    public ExposurePeriod? ExposurePeriod { get; init; }

    /// <summary>Reports the organization made to authorities.</summary>
    public IReadOnlyList<AuthorityReport> Reports { get; init; } = [];

    /// <summary>The stated cause, as text.</summary>
    public string? Cause { get; init; }

    /// <summary>Where <see cref="Cause"/> was read.</summary>
    public SourceText? CauseSource { get; init; }

    /// <summary>The stated recurrence-prevention measures.</summary>
    public IReadOnlyList<string> Measures { get; init; } = [];

    /// <summary>Casebook ids referred to (<c>関連事件簿</c>).</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>What the incident means under the APPI (beyond the contract); null for a notice that reports no incident or without the reportability extractor.</summary>
    public Reportability? Reportability { get; init; }

    /// <summary>Facts added by extractors outside the contract (see <see cref="Pipeline.IIncidentExtractor"/>).</summary>
    public IReadOnlyList<Annotation> Annotations { get; init; } = [];

    /// <summary>What the parser noticed but could not resolve, with where.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}

/// <summary>Where a notice came from.</summary>
/// <param name="Document">The file or document name.</param>
/// <param name="Start">UTF-16 offset of the notice's first character.</param>
/// <param name="End">UTF-16 offset after its last character.</param>
public readonly record struct SourceLocation(string Document, int Start, int End);

/// <summary>Characters of the input and where they stand.</summary>
/// <param name="Text">The exact source characters.</param>
/// <param name="Start">UTF-16 offset, inclusive.</param>
/// <param name="End">UTF-16 offset, exclusive.</param>
public sealed record SourceText(string Text, int Start, int End);

/// <summary>The period during which data was exposed or compromised.</summary>
/// <param name="From">First date, if stated.</param>
/// <param name="Until">Last date, if stated.</param>
public sealed record ExposurePeriod(JapaneseDate? From, JapaneseDate? Until);

/// <summary>How serious a diagnostic is.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>For information.</summary>
    Info,
    /// <summary>Something in the text looks wrong or could not be resolved.</summary>
    Warning,
    /// <summary>Input could not be read.</summary>
    Error,
}

/// <summary>Something the parser noticed, with where.</summary>
/// <param name="Code">A stable code from <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">Human-readable text.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Start">UTF-16 offset, inclusive.</param>
/// <param name="End">UTF-16 offset, exclusive.</param>
public sealed record Diagnostic(string Code, string Message, DiagnosticSeverity Severity, int Start, int End);
