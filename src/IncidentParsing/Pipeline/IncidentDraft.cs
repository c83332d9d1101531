using System.Collections.Frozen;
using IncidentParsing.Model;

namespace IncidentParsing.Pipeline;

/// <summary>The mutable incident that extractors fill in; frozen into an <see cref="Incident"/> at the end.</summary>
public sealed class IncidentDraft
{
    /// <summary>See <see cref="Incident.CasebookId"/>.</summary>
    public string? CasebookId { get; set; }

    /// <summary>See <see cref="Incident.Title"/>.</summary>
    public string Title { get; set; } = "";

    /// <summary>See <see cref="Incident.IsIncident"/>.</summary>
    public bool IsIncident { get; set; } = true;

    /// <summary>See <see cref="Incident.Organization"/>.</summary>
    public SourceText? Organization { get; set; }

    /// <summary>The organization's name when it differs from the source characters (legal form added, say).</summary>
    public string? OrganizationName { get; set; }

    /// <summary>See <see cref="Incident.OrganizationCandidates"/>.</summary>
    public List<OrganizationCandidate> OrganizationCandidates { get; } = [];

    /// <summary>See <see cref="Incident.Parties"/>; sorted into text order when frozen.</summary>
    public List<Party> Parties { get; } = [];

    /// <summary>See <see cref="Incident.Published"/>.</summary>
    public JapaneseDate? Published { get; set; }

    /// <summary>See <see cref="Incident.Kinds"/>; duplicates are dropped when frozen.</summary>
    public List<IncidentKind> Kinds { get; } = [];

    /// <summary>See <see cref="Incident.LeakStatus"/>.</summary>
    public LeakStatus? LeakStatus { get; set; }

    /// <summary>See <see cref="Incident.Affected"/>.</summary>
    public Count? Affected { get; set; }

    /// <summary>See <see cref="Incident.Counts"/>.</summary>
    public List<Count> Counts { get; } = [];

    /// <summary>See <see cref="Incident.Fields"/>.</summary>
    public List<LeakedField> Fields { get; } = [];

    /// <summary>See <see cref="Incident.ExcludedFields"/>.</summary>
    public List<LeakedField> ExcludedFields { get; } = [];

    /// <summary>See <see cref="Incident.Timeline"/>; sorted into text order when frozen.</summary>
    public List<TimelineEvent> Timeline { get; } = [];

    /// <summary>See <see cref="Incident.ExposurePeriod"/>.</summary>
    public ExposurePeriod? ExposurePeriod { get; set; }

    /// <summary>See <see cref="Incident.Reports"/>.</summary>
    public List<AuthorityReport> Reports { get; } = [];

    /// <summary>See <see cref="Incident.Reportability"/>.</summary>
    public Reportability? Reportability { get; set; }

    /// <summary>See <see cref="Incident.Cause"/>.</summary>
    public SourceText? Cause { get; set; }

    /// <summary>See <see cref="Incident.Measures"/>.</summary>
    public List<string> Measures { get; } = [];

    /// <summary>See <see cref="Incident.Related"/>.</summary>
    public List<string> Related { get; } = [];

    /// <summary>See <see cref="Incident.Annotations"/>.</summary>
    public List<Annotation> Annotations { get; } = [];

    // The built-in extractors whose facets a non-incident does not keep: their annotations go with them. Named from
    // their types, so that a renamed extractor cannot fall out of the list.
    private static readonly FrozenSet<string> FacetExtractors = new[]
    {
        typeof(Extractors.Fields.FieldsExtractor), typeof(Extractors.Status.StatusExtractor), typeof(Extractors.Organization.OrganizationExtractor),
        typeof(Extractors.Kinds.KindsExtractor), typeof(Extractors.Narrative.NarrativeExtractor), typeof(Extractors.Counts.CountsExtractor),
        typeof(Extractors.Timeline.TimelineExtractor),
    }.Select(ExtractorList.NameOf).ToFrozenSet(StringComparer.Ordinal);

    internal Incident Freeze(SourceLocation source, Layout.ReadingLayout layout, SourceText? titleSource, IReadOnlyList<Diagnostic> diagnostics)
    {
        bool incident = IsIncident;
        if (!incident && layout.Kind is Layout.DocumentKind.Notice or Layout.DocumentKind.NewsArticle or Layout.DocumentKind.Digest)
        {
            layout = layout with { Kind = Layout.DocumentKind.Page };
        }
        return new Incident
        {
            Source = source,
            Layout = layout,
            CasebookId = CasebookId,
            Title = Title,
            TitleSource = titleSource,
            IsIncident = incident,
            Organization = OrganizationName ?? Organization?.Text,
            OrganizationSource = Organization,
            OrganizationCandidates = OrganizationCandidates.ToArray(),
            Parties = InTextOrder(Parties, static (a, b) => a.Source.Start.CompareTo(b.Source.Start)),
            Published = Published,
            Kinds = incident ? DistinctSorted(Kinds) : [],
            LeakStatus = incident ? LeakStatus : null,
            Affected = incident ? Affected : null,
            Counts = incident ? InTextOrder(Counts, static (a, b) => a.Start.CompareTo(b.Start)) : [],
            Fields = incident ? Fields.ToArray() : [],
            ExcludedFields = incident ? ExcludedFields.ToArray() : [],
            Timeline = incident ? InTextOrder(Timeline, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End)) : [],
            ExposurePeriod = incident ? ExposurePeriod : null,
            Reports = incident ? Reports.ToArray() : [],
            Reportability = incident ? Reportability : null,
            Cause = incident ? Cause?.Text : null,
            CauseSource = incident ? Cause : null,
            Measures = incident ? Measures.ToArray() : [],
            Related = Related.Distinct().ToArray(),
            Annotations = incident ? Annotations.ToArray() : Annotations.Where(a => !FacetExtractors.Contains(a.Extractor)).ToArray(),
            Diagnostics = diagnostics,
        };
    }

    private static IncidentKind[] DistinctSorted(List<IncidentKind> kinds)
    {
        if (kinds.Count == 0)
        {
            return [];
        }
        var sorted = kinds.ToArray();
        Array.Sort(sorted);
        int n = 1;
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[n - 1])
            {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.Length ? sorted : sorted[..n];
    }

    // Extractors mostly add in text order already; only then is a copy enough. Otherwise a stable sort
    // (equal keys keep the order they were added in), which Array.Sort is not.
    private static T[] InTextOrder<T>(List<T> items, Comparison<T> compare)
    {
        for (int i = 1; i < items.Count; i++)
        {
            if (compare(items[i - 1], items[i]) > 0)
            {
                return [.. items.Order(Comparer<T>.Create(compare))];
            }
        }
        return [.. items];
    }
}
