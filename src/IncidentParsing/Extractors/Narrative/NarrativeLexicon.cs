using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Narrative;

/// <summary>The parsed form of <c>narrative.tsv</c> plus a caller's extra rows (see the file's header).</summary>
internal sealed class NarrativeLexicon
{
    public NarrativeLexicon(IEnumerable<string[]> rows)
    {
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Length < 2)
            {
                continue;
            }
            if (!words.TryGetValue(row[0], out var list))
            {
                words[row[0]] = list = [];
            }
            list.Add(row[1]);
        }
        Cause = Set(words, "cause");
        CauseNot = Set(words, "cause-not");
        CauseSentence = Set(words, "cause-sentence");
        Unknown = Set(words, "unknown");
        Measures = Set(words, "measures");
        Bullets = Set(words, "bullet");
        Notes = Set(words, "note");
        Related = Set(words, "related");
    }

    public PhraseSet Cause { get; }

    public PhraseSet CauseNot { get; }

    public PhraseSet CauseSentence { get; }

    public PhraseSet Unknown { get; }

    public PhraseSet Measures { get; }

    public PhraseSet Bullets { get; }

    public PhraseSet Notes { get; }

    public PhraseSet Related { get; }

    /// <summary>True when <paramref name="heading"/> introduces the cause.</summary>
    public bool IsCauseHeading(string heading) =>
        Cause.Occurs(heading, 0, heading.Length) && !CauseNot.Occurs(heading, 0, heading.Length);

    /// <summary>True when the heading <c>text[start..end)</c> introduces the cause.</summary>
    public bool IsCauseHeading(string text, int start, int end) => Cause.Occurs(text, start, end) && !CauseNot.Occurs(text, start, end);

    /// <summary>True when <paramref name="heading"/> introduces the measures.</summary>
    public bool IsMeasuresHeading(string heading) => Measures.Occurs(heading, 0, heading.Length);

    /// <summary>True when the heading <c>text[start..end)</c> introduces the measures.</summary>
    public bool IsMeasuresHeading(string text, int start, int end) => Measures.Occurs(text, start, end);

    private static PhraseSet Set(Dictionary<string, List<string>> words, string kind) =>
        new(words.TryGetValue(kind, out var list) ? list : []);
}
