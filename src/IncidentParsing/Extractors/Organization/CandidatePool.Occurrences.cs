using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Organization;

// Where and how a name stands in the notice: its occurrences, the cues around them, its short name's and its other
// spelling's cues, and whether it fills a line of its own.
internal sealed partial class CandidatePool
{
    // How often, how early and in what company the name stands.
    private void Occurrences(string text, TextSpan span, TextSpan title, int bodyStart, Span<double> row)
    {
        var name = text.AsSpan(span.Start, span.Length);
        int count = 0;
        for (int start = NextOccurrence(text, name, 0); start >= 0 && count < MaxOccurrences; start = NextOccurrence(text, name, start + name.Length))
        {
            int end = start + name.Length;
            count++;
            if (start >= title.Start && end <= title.End && !title.IsEmpty)
            {
                row[space.InTitle] = 1;
            }
            else if (start >= bodyStart && start < bodyStart + EarlyChars)
            {
                row[space.Early] = 1;
            }
            cues.AddAround(text, start, end, row, _hits);
            if (start > 1 && text[start - 1] == '(' && NameScanner.IsNameChar(text[start - 2]))
            {
                row[space.Bracketed] = 1;
            }
            if (new TextSpan(start, end).FillsLine(text)) // an issuer line or a signature, wherever the layout put it
            {
                row[space.Line] = 1;
            }
            if (ShortNames.IsThirdPersonCompany(lexicon, text, end))
            {
                row[space.AliasCompany] = 1;
            }
            if (count == 1)
            {
                AliasCues(text, ShortNames.OtherName(lexicon, text, end), end, row);
            }
        }
        row[space.Recurs] = Math.Round(Math.Log(Math.Max(1, count)), 4);
        // 株式会社イシクラ … (株)イシクラが運用する: what is said of the name in its other spelling is said of it.
        Span<char> other = stackalloc char[OrganizationLexicon.MaxRespelled];
        int respelled = row[space.Legal] != 0 ? lexicon.WriteOtherSpelling(text.AsSpan(span.Start, span.Length), other) : -1;
        if (respelled > 0)
        {
            AliasCues(text, other[..respelled], 0, row);
        }
    }

    // X(以下、IIJ) … IIJから報告を受けました: what is said of the short name is said of the name.
    private void AliasCues(string text, ReadOnlySpan<char> alias, int from, Span<double> row)
    {
        int seen = 0;
        for (int start = NextOccurrence(text, alias, from); start >= 0 && seen < MaxOccurrences; start = NextOccurrence(text, alias, start + alias.Length))
        {
            int end = start + alias.Length;
            seen++;
            // IIJセキュアMXサービス: the short name inside another word is not it.
            bool word = (start == 0 || !NameScanner.IsNameChar(text[start - 1])) && (end == text.Length || !NameScanner.IsNameChar(text[end]));
            if (word)
            {
                cues.AddAround(text, start, end, row, _hits);
            }
        }
    }

    // Where word next stands in text at or after at, or -1 (an empty word stands nowhere).
    private static int NextOccurrence(string text, ReadOnlySpan<char> word, int at)
    {
        if (word.IsEmpty || at >= text.Length)
        {
            return -1;
        }
        int found = text.AsSpan(at).IndexOf(word, StringComparison.Ordinal);
        return found < 0 ? -1 : at + found;
    }
}
