using IncidentParsing.Layout;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Narrative;

/// <summary>
/// Reads the recurrence-prevention measures: under a heading of that kind (a numbered or bracketed section,
/// or a bare heading line), every list item (bullets, <c>1.</c>, <c>(1)</c>, circled numbers); where the
/// section has no list, its sentences. Sub-headings that only group items (<c>(1)対策済</c>) are not items.
/// </summary>
internal static class MeasureList
{
    private const int MaxBareHeadingLength = 30;

    public static List<string> Read(ExtractionContext context, NoticeRegions regions, NarrativeLexicon lexicon)
    {
        var text = context.Text;
        var items = new List<string>();
        var headings = new Dictionary<int, Section>(context.Sections.All.Count);
        foreach (var section in context.Sections.All)
        {
            headings.TryAdd(section.HeadingSpan.Start, section);
        }
        Section? taken = null;
        foreach (var section in context.Sections.All)
        {
            if (lexicon.IsMeasuresHeading(section.Heading) && (taken is null || !Within(section, taken)))
            {
                taken = section;
                items.AddRange(ItemsIn(context, lexicon, headings, section.Body.Start, section.Body.End));
            }
        }
        if (taken is null && BareHeading(text, regions.BodyStart, lexicon) is { } region)
        {
            items.AddRange(ItemsIn(context, lexicon, headings, region.Start, region.End));
        }
        return items;
    }

    private static bool Within(Section section, Section outer) =>
        section.HeadingSpan.Start >= outer.HeadingSpan.Start && section.HeadingSpan.Start < outer.Body.End;

    // 再発防止策 on a line of its own: the measures run to the next line that looks like a heading.
    private static TextSpan? BareHeading(string text, int bodyStart, NarrativeLexicon lexicon)
    {
        int start = -1;
        foreach (var line in Lines.Of(text, bodyStart, text.Length))
        {
            bool headingLike = line.Length <= MaxBareHeadingLength && text.IndexOf('。', line.Start, line.Length) < 0
                && !lexicon.Bullets.StartsAt(text, line.Start, line.End) && !StartsWithEnumerator(text, line.Start, line.End);
            if (start < 0 && headingLike && lexicon.IsMeasuresHeading(text, line.Start, line.End))
            {
                start = line.End;
            }
            else if (start >= 0 && headingLike)
            {
                return new TextSpan(start, line.Start);
            }
        }
        return start < 0 ? null : new TextSpan(start, text.Length);
    }

    private static List<string> ItemsIn(ExtractionContext context, NarrativeLexicon lexicon, Dictionary<int, Section> headings, int start, int end)
    {
        var text = context.Text;
        var items = new List<string>();
        // Sentences are the fallback for a section without a list: kept as spans until they are needed.
        var sentences = new List<TextSpan>();
        var regions = NoticeRegions.Of(context);
        foreach (var line in Lines.Of(text, start, end))
        {
            if (regions.IsReference(line.Start) || lexicon.Notes.StartsAt(text, line.Start, line.End))
            {
                continue;
            }
            if (headings.TryGetValue(line.Start, out var heading))
            {
                // A heading with text under it groups items; a heading with nothing under it is an item.
                int words = text.IndexOf(heading.Heading, heading.HeadingSpan.Start, heading.HeadingSpan.Length, StringComparison.Ordinal);
                if (words >= 0 && Lines.Paragraph(text, heading.Body.Start, heading.Children.Count > 0 ? heading.Children[0].HeadingSpan.Start : heading.Body.End) is null)
                {
                    AddItem(context, items, words, words + heading.Heading.Length);
                }
                continue;
            }
            int markerEnd = MarkerEnd(context, line.Start, line.End, lexicon);
            if (markerEnd > line.Start)
            {
                AddItem(context, items, markerEnd, line.End);
            }
            else
            {
                AddSentences(context, sentences, line);
            }
        }
        if (items.Count == 0)
        {
            foreach (var sentence in sentences)
            {
                items.Add(context.SourceString(sentence.Start, sentence.End).Text);
            }
        }
        return items;
    }

    private static int MarkerEnd(ExtractionContext context, int start, int end, NarrativeLexicon lexicon)
    {
        var text = context.Text;
        int bullet = lexicon.Bullets.MatchAt(text, start, end);
        if (bullet >= 0)
        {
            return start + lexicon.Bullets[bullet].Length;
        }
        if (char.IsAsciiDigit(text[start]) && IsCircled(context.OriginalChars(start, start + 1)))
        {
            // ① was folded to 1 by normalization; the input still has the circled digit.
            int i = start;
            while (i < end && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            return i;
        }
        return StartsWithEnumerator(text, start, end) ? EnumeratorEnd(text, start, end) : start;
    }

    private static bool IsCircled(ReadOnlySpan<char> original) =>
        original.Length > 0 && original[0] is >= '\u2460' and <= '\u2473' or >= '\u3251' and <= '\u325F';

    // 1. / 1) / (1) at the start of a line.
    private static bool StartsWithEnumerator(string text, int start, int end) => EnumeratorEnd(text, start, end) > start;

    private static int EnumeratorEnd(string text, int start, int end)
    {
        int i = start;
        bool paren = i < end && text[i] == '(';
        if (paren)
        {
            i++;
        }
        int digits = i;
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i == digits || i - digits > 2 || i >= end)
        {
            return start;
        }
        if (paren ? text[i] == ')' : text[i] is '.' or ')' or ' ')
        {
            return i + 1;
        }
        return start;
    }

    private static void AddSentences(ExtractionContext context, List<TextSpan> sentences, TextSpan line)
    {
        int at = line.Start;
        while (at < line.End)
        {
            int end = Clauses.SentenceEnd(context.Text, at, line.End);
            if (ItemSpan(context.Text, at, end) is { } sentence)
            {
                sentences.Add(sentence);
            }
            at = Math.Max(end, at + 1);
        }
    }

    // Items are given in the input's own characters, like every other value taken from the text.
    private static void AddItem(ExtractionContext context, List<string> items, int start, int end)
    {
        if (ItemSpan(context.Text, start, end) is { } item)
        {
            items.Add(context.SourceString(item.Start, item.End).Text);
        }
    }

    private static TextSpan? ItemSpan(string text, int start, int end)
    {
        var span = Lines.Trim(text, new TextSpan(start, end));
        return span.Length >= NarrativeExtractor.MinimumItemLength ? span : null;
    }
}
