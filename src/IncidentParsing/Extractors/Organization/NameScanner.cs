using IncidentParsing.Extractors.Statements;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Organization;

/// <summary>A name found in the text and what closed it.</summary>
/// <param name="Span">Where the name stands in the notice text.</param>
/// <param name="IsPolice">True when the name is a police or prosecution body.</param>
internal readonly record struct NameCandidate(TextSpan Span, bool IsPolice);

/// <summary>
/// Finds organization names as runs of name characters (kanji, katakana, Latin letters and digits,
/// 々・ー&amp;) closed by a legal form, an institutional suffix or a whole name from the lexicon.
/// Hiragana ends a run: in running text it is a particle (新潟市の), not part of a name.
/// </summary>
internal sealed class NameScanner(OrganizationLexicon lexicon)
{
    /// <summary>The end of the run of name characters starting at <paramref name="start"/>.</summary>
    public int RunEnd(string text, int start, int limit)
    {
        int i = start;
        while (i < limit)
        {
            int legal = lexicon.LegalForms.MatchAt(text, i, limit);
            if (legal >= 0)
            {
                i += lexicon.LegalForms[legal].Length;
            }
            else if (IsNameChar(text[i]))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>The start of the run of name characters that ends at <paramref name="end"/>.</summary>
    public static int RunStart(string text, int end, int floor)
    {
        int i = end;
        while (i > floor && IsNameChar(text[i - 1]))
        {
            i--;
        }
        return i;
    }

    /// <summary>Every name in <c>text[start..end)</c>, in text order.</summary>
    public List<NameCandidate> FindAll(string text, int start, int end)
    {
        var names = new List<NameCandidate>();
        var endings = new List<PhraseHit>();
        int i = start;
        while (i < end)
        {
            if (!IsNameChar(text[i]) && !lexicon.LegalForms.StartsAt(text, i, end))
            {
                i++;
                continue;
            }
            int runEnd = RunEnd(text, i, end);
            if (TryName(text, i, runEnd, endings, out var name))
            {
                names.Add(name);
            }
            i = Math.Max(runEnd, i + 1);
        }
        return names;
    }

    /// <summary>
    /// The name in the run <c>text[start..end)</c>: from its start to the last ending inside it
    /// (八尾市立斎場 → 八尾市), or the whole run when a legal form opens it (株式会社東玉).
    /// </summary>
    public bool TryName(string text, int start, int end, out NameCandidate name) => TryName(text, start, end, [], out name);

    private bool TryName(string text, int start, int end, List<PhraseHit> endings, out NameCandidate name)
    {
        name = default;
        PhraseHit? best = null;
        endings.Clear();
        lexicon.Endings.FindAll(text, start, end, endings);
        foreach (var hit in endings)
        {
            if (best is not { } b || hit.End > b.End || (hit.End == b.End && hit.Start < b.Start))
            {
                best = hit;
            }
        }
        if (best is not { } ending)
        {
            return false;
        }
        bool legalAtStart = lexicon.LegalForms.StartsAt(text, start, end);
        int nameEnd = legalAtStart ? end : ending.End;
        bool whole = lexicon.IsWhole[ending.Phrase];
        bool tooShort = !whole && nameEnd - start <= ending.End - ending.Start;
        if (tooShort || char.IsAsciiDigit(text[start]) || lexicon.Generic.Contains(text.Substring(start, nameEnd - start)))
        {
            return false;
        }
        name = new NameCandidate(new TextSpan(start, nameEnd), lexicon.IsPolice[ending.Phrase] && !legalAtStart);
        return true;
    }

    /// <summary>Characters that names are made of.</summary>
    public static bool IsNameChar(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々' or '〆' or 'ヶ'
        || c is >= '\u30A1' and <= '\u30FA' or 'ー' or '・' or 'ヽ' or 'ヾ'
        || char.IsAsciiLetterOrDigit(c) || c == '&';
}
