using IncidentParsing.Lexicons;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Layout;

/// <summary>
/// Which parts of a notice state what happened and which are advice, prevention plans, secondary-damage
/// boilerplate or references to other entries. Computed once per notice and shared (see
/// <see cref="ExtractionContext.GetShared{T}"/>) by the extractors that judge the incident.
/// </summary>
internal sealed class NoticeRegions
{
    private static readonly RegionVocabulary Vocabulary = new(Lexicon.ReadEmbedded("Layout/regions.tsv"));

    private readonly List<TextSpan> _advisory;
    private readonly List<TextSpan> _secondary;
    private readonly List<TextSpan> _references;

    private NoticeRegions(TextSpan title, int bodyStart, List<TextSpan> advisory, List<TextSpan> secondary, List<TextSpan> references)
    {
        Title = title;
        BodyStart = bodyStart;
        _advisory = advisory;
        _secondary = secondary;
        _references = references;
    }

    /// <summary>The title span.</summary>
    public TextSpan Title { get; }

    /// <summary>Where the text after the title line starts.</summary>
    public int BodyStart { get; }

    /// <summary>The regions of the notice in <paramref name="context"/>, computed on first use.</summary>
    public static NoticeRegions Of(ExtractionContext context) => context.GetShared(Build);

    /// <summary>True inside a prevention plan, a request to customers or a contact section.</summary>
    public bool IsAdvisory(int offset) => Contains(_advisory, offset);

    /// <summary>True inside a section about secondary damage.</summary>
    public bool IsSecondary(int offset) => Contains(_secondary, offset);

    /// <summary>True on a reference line (関連事件簿, 出典).</summary>
    public bool IsReference(int offset) => Contains(_references, offset);

    /// <summary>True inside the title.</summary>
    public bool IsTitle(int offset) => offset >= Title.Start && offset < Title.End;

    private static NoticeRegions Build(ExtractionContext context)
    {
        var advisory = new List<TextSpan>();
        var secondary = new List<TextSpan>();
        foreach (var section in context.Sections.All)
        {
            var whole = new TextSpan(section.HeadingSpan.Start, Math.Max(section.HeadingSpan.End, section.Body.End));
            if (Vocabulary.AdvisoryHeadings.Occurs(section.Heading, 0, section.Heading.Length))
            {
                advisory.Add(whole);
            }
            if (Vocabulary.SecondaryHeadings.Occurs(section.Heading, 0, section.Heading.Length))
            {
                secondary.Add(whole);
            }
        }
        var title = context.Header.Title;
        return new NoticeRegions(title, Math.Max(title.End, context.Header.BodyStart), Merged(advisory), Merged(secondary), ReferenceLines(context.Text));
    }

    private static List<TextSpan> ReferenceLines(string text)
    {
        var lines = new List<TextSpan>();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            int first = lineStart;
            while (first < lineEnd && text[first] == ' ')
            {
                first++;
            }
            if (Vocabulary.ReferenceLines.StartsAt(text, first, lineEnd))
            {
                lines.Add(new TextSpan(lineStart, lineEnd));
            }
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    // Nested sections overlap; merged into sorted, disjoint spans they can be searched by halves.
    private static List<TextSpan> Merged(List<TextSpan> spans)
    {
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }

    // The spans are sorted and disjoint (reference lines are so by construction).
    private static bool Contains(List<TextSpan> spans, int offset)
    {
        int lo = 0;
        int hi = spans.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < spans[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= spans[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }

    private sealed class RegionVocabulary
    {
        public RegionVocabulary(IReadOnlyList<string[]> rows)
        {
            AdvisoryHeadings = new PhraseSet(Column(rows, "heading"));
            SecondaryHeadings = new PhraseSet(Column(rows, "secondary"));
            ReferenceLines = new PhraseSet(Column(rows, "line"));
        }

        public PhraseSet AdvisoryHeadings { get; }

        public PhraseSet SecondaryHeadings { get; }

        public PhraseSet ReferenceLines { get; }

        private static IEnumerable<string> Column(IReadOnlyList<string[]> rows, string kind) =>
            rows.Where(r => r.Length > 1 && r[0] == kind).Select(r => r[1]);
    }
}
