using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Organization;

/// <summary>
/// Whether a notice points at a name's kind of organization in its own voice: 当組合 for 地方職員共済組合, 本学 for
/// 山形大学, 当社 for a company. A notice speaks of itself so, rarely of the others it names (its contractor, the
/// police), so a name whose ending the notice's own pointers take is likely its organization.
/// </summary>
internal sealed class SelfPointers(OrganizationLexicon lexicon)
{
    // How a company (株式会社, 有限会社…) and a legal person (学校法人, 医療法人…) are pointed at.
    private const string Company = "社";
    private const string LegalPerson = "法人";
    // Of each pointer: enough to see how a notice speaks of itself, and a bound that keeps each name's check
    // constant on any text.
    private const int MaxPointers = 64;

    /// <summary>
    /// Fills <paramref name="ends"/> with where each of the notice's own pointers ends (after 当 in 当組合), once per
    /// notice, so that each name is then weighed against them without reading the text again.
    /// </summary>
    public void Find(string text, List<int> ends)
    {
        ends.Clear();
        foreach (var pointer in lexicon.Pointers)
        {
            int at = 0;
            int kept = 0;
            while (at < text.Length && kept < MaxPointers)
            {
                int found = text.AsSpan(at).IndexOf(pointer, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }
                int start = at + found;
                at = start + pointer.Length;
                // 松本市, 日本郵便: a pointer's character inside a name points at nothing.
                bool inName = start > 0 && NameScanner.IsNameChar(text[start - 1]);
                if (!inName && !lexicon.NotPointers.StartsAt(text, start, text.Length))
                {
                    ends.Add(at);
                    kept++;
                }
            }
        }
    }

    /// <summary>
    /// True when one of the pointers <see cref="Find"/> found takes the ending of the name at <paramref name="span"/> or
    /// a tail of that ending (当組合 for 漁業協同組合, 本学 for 東港大学).
    /// </summary>
    public bool ByEnding(string text, TextSpan span, List<int> ends)
    {
        if (ends.Count == 0 || !lexicon.Endings.TryFindLast(text, span.Start, span.End, out var hit) || hit.End != span.End)
        {
            return false;
        }
        var ending = text.AsSpan(hit.Start, hit.End - hit.Start);
        // 当協議会 and 当会, 当病院 and 当院, 協同組合 and 当組合: the ending or a tail of it.
        for (int from = 0; from < ending.Length; from++)
        {
            if (Points(text, ending[from..], ends))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when the name has a legal form and the notice points at its kind: 当社 for a company, 当法人 for a legal
    /// person. Every company a company's notice names is of its kind, so this says less than <see cref="ByEnding"/>.
    /// </summary>
    public bool ByLegalForm(string text, TextSpan span, List<int> ends)
    {
        int at = ends.Count == 0 ? -1 : lexicon.LegalForms.IndexIn(text, span.Start, span.End);
        if (at < 0)
        {
            return false;
        }
        var form = lexicon.LegalForms[lexicon.LegalForms.MatchAt(text, at, span.End)];
        return Points(text, form.EndsWith("法人", StringComparison.Ordinal) ? LegalPerson : Company, ends);
    }

    private static bool Points(string text, ReadOnlySpan<char> word, List<int> ends)
    {
        foreach (int end in ends)
        {
            if (text.AsSpan(end).StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
