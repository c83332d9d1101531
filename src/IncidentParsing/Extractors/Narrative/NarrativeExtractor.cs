using IncidentParsing.Layout;
using IncidentParsing.Lexicons;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Narrative;

/// <summary>
/// Reads the stated cause (<see cref="Model.Incident.Cause"/>: the section under 発生原因・原因, a bare heading
/// line of that kind, or a sentence saying 原因は…), the recurrence-prevention measures
/// (<see cref="Model.Incident.Measures"/>: the items listed under 再発防止策 or, without a list, its sentences)
/// and the casebook entries referred to (<see cref="Model.Incident.Related"/>, from 関連事件簿 lines).
/// </summary>
public sealed class NarrativeExtractor : IIncidentExtractor
{
    private const int MaxCauseLength = 400;
    private const int MaxBareHeadingLength = 30;
    private const int MinItemLength = 2;

    private readonly NarrativeLexicon _lexicon;

    /// <summary>Creates the extractor with the embedded vocabulary.</summary>
    public NarrativeExtractor() : this(new NarrativeOptions())
    {
    }

    /// <summary>Creates the extractor with the embedded vocabulary plus the caller's.</summary>
    public NarrativeExtractor(NarrativeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _lexicon = new NarrativeLexicon(Lexicon.ReadEmbedded("Extractors/Narrative/narrative.tsv").Concat(options.Rows));
    }

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        var regions = NoticeRegions.Of(context);
        if (FindCause(context, regions) is { } cause)
        {
            context.Incident.Cause = context.Source(cause);
        }
        context.Incident.Measures.AddRange(MeasureList.Read(context, regions, _lexicon));
        AddRelated(context);
    }

    private TextSpan? FindCause(ExtractionContext context, NoticeRegions regions)
    {
        var text = context.Text;
        Section? best = null;
        foreach (var section in context.Sections.All)
        {
            // The deepest cause heading wins: "2. 漏洩した個人情報及び残置の原因" holds "(2) 残置の原因".
            if (_lexicon.IsCauseHeading(section.Heading) && (best is null || IsAncestor(best, section)))
            {
                best = section;
            }
        }
        if (best is not null)
        {
            int end = best.Children.Count > 0 ? best.Children[0].HeadingSpan.Start : best.Body.End;
            if (Lines.Paragraph(text, best.Body.Start, end) is { } body)
            {
                return Cap(text, body);
            }
        }
        foreach (var line in Lines.Of(text, regions.BodyStart, text.Length))
        {
            if (line.Length <= MaxBareHeadingLength && text.IndexOf('。', line.Start, line.Length) < 0
                && _lexicon.IsCauseHeading(text, line.Start, line.End)
                && Lines.Paragraph(text, Math.Min(text.Length, line.End + 1), text.Length) is { } next)
            {
                return Cap(text, next);
            }
        }
        foreach (var hit in _lexicon.CauseSentence.FindAll(text, regions.BodyStart, text.Length))
        {
            int start = Clauses.SentenceStart(text, hit.Start, regions.BodyStart);
            int end = Clauses.SentenceEnd(text, hit.End);
            if (!regions.IsReference(start) && !_lexicon.Unknown.Occurs(text, start, end))
            {
                return Lines.Trim(text, new TextSpan(start, end));
            }
        }
        return null;
    }

    private static bool IsAncestor(Section ancestor, Section section)
    {
        for (var s = section.Parent; s is not null; s = s.Parent)
        {
            if (ReferenceEquals(s, ancestor))
            {
                return true;
            }
        }
        return false;
    }

    // A long cause is cut after its last full sentence within the limit.
    private static TextSpan Cap(string text, TextSpan span)
    {
        if (span.Length <= MaxCauseLength)
        {
            return span;
        }
        int cut = text.LastIndexOf('。', span.Start + MaxCauseLength - 1, MaxCauseLength);
        return Lines.Trim(text, new TextSpan(span.Start, cut > span.Start ? cut + 1 : span.Start + MaxCauseLength));
    }

    // 関連事件簿:【セキュリティ事件簿#2023-335】… → 2023-335
    private void AddRelated(ExtractionContext context)
    {
        var text = context.Text;
        foreach (var line in Lines.Of(text, 0, text.Length))
        {
            if (!_lexicon.Related.StartsAt(text, line.Start, line.End))
            {
                continue;
            }
            int hash = text.IndexOf('#', line.Start, line.Length);
            while (hash >= 0)
            {
                if (CasebookId(text, hash + 1, line.End) is { } id)
                {
                    context.Incident.Related.Add(id);
                }
                hash = hash + 1 < line.End ? text.IndexOf('#', hash + 1, line.End - hash - 1) : -1;
            }
        }
    }

    private static string? CasebookId(string text, int at, int end)
    {
        int i = at;
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i - at != 4)
        {
            return null;
        }
        if (i + 1 < end && text[i] == '-' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < end && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
        return text[at..i];
    }

    internal static int MinimumItemLength => MinItemLength;
}
