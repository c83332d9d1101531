using IncidentParsing.Layout;
using IncidentParsing.Lexicons;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Organization;

// The readings of a notice that name its organization by its layout, its title, a news source or its own voice.
public sealed partial class OrganizationExtractor
{
    // 貴社(ヤフー株式会社): a regulator's letter is about its addressee, not its sender.
    private TextSpan? FromAddressee(ExtractionContext context)
    {
        var text = context.Text;
        foreach (var hit in _lexicon.Addressee.FindAll(text, 0, text.Length))
        {
            int close = text.IndexOf(')', hit.End, Math.Min(MaxBracketedLength, text.Length - hit.End));
            if (close > hit.End + 1)
            {
                return new TextSpan(hit.End, close);
            }
        }
        return null;
    }

    // The blog writes "ISSUER TITLE": the first word is the issuer when it looks like a name.
    private TextSpan? FromTitleHead(string text, TextSpan title)
    {
        int space = text.IndexOf(' ', title.Start, title.Length);
        if (space < 0)
        {
            return null;
        }
        int end = space;
        if (_lexicon.LegalForms.MatchAt(text, title.Start, space) is int legal and >= 0 && title.Start + _lexicon.LegalForms[legal].Length == space)
        {
            end = TokenEnd(text, space + 1, title.End); // 一般社団法人 大阪コレギウム・ムジクム
        }
        while (end > title.Start && char.IsAsciiLetter(text[end - 1]) && end < title.End)
        {
            int next = TokenEnd(text, end + 1, title.End); // 株式会社BANDAI SPIRITS: a Latin name goes on over spaces
            if (next >= title.End || !IsLatinWord(text.AsSpan(end + 1, next - end - 1)))
            {
                break;
            }
            end = next;
        }
        return LooksLikeName(text, title.Start, end) ? new TextSpan(title.Start, end) : null;
    }

    // A name with a legal form or an institutional ending is taken as it is; a bare word (東京電力, コムテック)
    // only when it reads like a name: no particles (hiragana) and no words that belong to titles.
    private bool LooksLikeName(string text, int start, int end)
    {
        int length = end - start;
        if (length < 2 || length > MaxHeadLength || char.IsAsciiDigit(text[start]))
        {
            return false;
        }
        var head = text.AsSpan(start, length);
        if (head.IndexOfAny("「」『』【】、。:!?\"") >= 0)
        {
            return false;
        }
        bool formed = _lexicon.LegalForms.Occurs(text, start, end) || _lexicon.Endings.EndsAt(text, end, start);
        return formed || (!ContainsHiragana(head) && !_lexicon.NotName.Occurs(text, start, end));
    }

    // The first name in the title; a police body only where the title speaks of its own people (兵庫県警の警部).
    private static TextSpan? FromTitleNames(string text, TextSpan title, List<NameCandidate> titleNames)
    {
        foreach (var name in titleNames)
        {
            if (!name.IsPolice || (name.Span.End < title.End && text[name.Span.End] == 'の'))
            {
                return name.Span;
            }
        }
        return null;
    }

    // イオンによれば…: a news item cites the organization it is about; take it where the title names it too.
    private TextSpan? FromNewsSource(ExtractionContext context, TextSpan title)
    {
        var text = context.Text;
        int bodyStart = Math.Max(title.End, context.Header.BodyStart);
        foreach (var hit in _lexicon.Sources.FindAll(text, bodyStart, text.Length))
        {
            int start = NameScanner.RunStart(text, hit.Start, bodyStart);
            if (hit.Start - start < 2)
            {
                continue;
            }
            string name = text[start..hit.Start];
            int inTitle = text.IndexOf(name, title.Start, title.Length, StringComparison.Ordinal);
            bool police = _names.TryName(text, start, hit.Start, out var candidate) && candidate.IsPolice;
            if (inTitle >= 0 && !police && !_lexicon.IsGeneric(name))
            {
                return new TextSpan(inTitle, inTitle + name.Length);
            }
        }
        return null;
    }

    // With MeCab, proper nouns tagged 組織 in the title (consecutive tokens joined).
    private static TextSpan? FromTaggedTitle(ExtractionContext context, TextSpan title)
    {
        if (!context.Tokenizer.ProvidesPartsOfSpeech)
        {
            return null; // the built-in tokenizer knows no parts of speech: don't tokenize for nothing
        }
        int start = -1;
        int end = -1;
        foreach (var token in context.Tokens)
        {
            if (token.Span.Start >= title.End)
            {
                break;
            }
            if (token.Span.Start < title.Start)
            {
                continue;
            }
            if (token.Pos.IsOrganization && (start < 0 || token.Span.Start == end))
            {
                start = start < 0 ? token.Span.Start : start;
                end = token.Span.End;
            }
            else if (start >= 0)
            {
                break;
            }
        }
        return start >= 0 ? new TextSpan(start, end) : null;
    }

    // 株式会社ファーストリテイリング(以下、当社): the notice defines its own voice.
    private TextSpan? FromSelfReference(ExtractionContext context)
    {
        var text = context.Text;
        foreach (var hit in _lexicon.Self.FindAll(text, 0, text.Length))
        {
            int start = NameScanner.RunStart(text, hit.Start, 0);
            // SocioFuture グループ(以下「当グループ」): a Latin name goes on over a space.
            while (start > 1 && text[start - 1] == ' ' && char.IsAsciiLetterOrDigit(text[start - 2]))
            {
                start = NameScanner.RunStart(text, start - 1, 0);
            }
            if (hit.Start - start >= 2 && !_lexicon.IsGeneric(text[start..hit.Start]))
            {
                return new TextSpan(start, hit.Start);
            }
        }
        return null;
    }

    // 弊社(株式会社X), 本学(東港大学): the notice's pointer at itself with its name in brackets right after it.
    private TextSpan? FromPointedBracket(ExtractionContext context)
    {
        var text = context.Text;
        int seen = 0;
        for (int open = text.IndexOf('('); open > 0 && seen < MaxPointedBrackets; open = text.IndexOf('(', open + 1))
        {
            seen++;
            int start = NameScanner.RunStart(text, open, Math.Max(0, open - MaxPointerLength - 1));
            int word = open - start;
            bool pointer = word is >= 2 and <= MaxPointerLength
                && (start == 0 || !NameScanner.IsNameChar(text[start - 1]))
                && _lexicon.StartsWithPointer(text.AsSpan(start, word))
                && !_lexicon.NotPointers.StartsAt(text, start, open);
            if (!pointer)
            {
                continue;
            }
            int close = text.IndexOf(')', open + 1, Math.Min(MaxBracketedLength, text.Length - open - 1));
            int nameEnd = close < 0 ? -1 : _names.RunEnd(text, open + 1, close);
            // The pointer must take the name's kind: 弊社 a company, 本学 a university, 当院 a hospital.
            if (nameEnd == close && _names.TryName(text, open + 1, close, out var name) && name.Span.End == close)
            {
                List<int> pointerEnd = [start + 1];
                if (_pointers.ByLegalForm(text, name.Span, pointerEnd) || _pointers.ByEnding(text, name.Span, pointerEnd))
                {
                    return name.Span;
                }
            }
        }
        return null;
    }

    // 弊社, 当法人, 本研究所: a pointer and the word it points with.
    private const int MaxPointerLength = 5;
    private const int MaxPointedBrackets = 256;

    // The name the body repeats most (from named, the notice's names, or a scan of the body where it is null); listed
    // says whether the body names so many organizations with a legal form that it is a list.
    private TextSpan? FromRepeatedName(ExtractionContext context, List<NameCandidate>? named, out bool listed)
    {
        listed = false;
        if (!context.Incident.IsIncident)
        {
            return null;
        }
        var text = context.Text;
        var regions = NoticeRegions.Of(context);
        named ??= _names.FindAll(text, regions.BodyStart, text.Length);
        var counts = new Dictionary<string, (int Count, TextSpan First)>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        int legallyFormed = 0;
        Span<char> other = stackalloc char[OrganizationLexicon.MaxRespelled];
        foreach (var name in named)
        {
            if (name.Span.Start < regions.BodyStart || name.IsPolice || regions.IsReference(name.Span.Start))
            {
                continue;
            }
            var key = text.AsSpan(name.Span.Start, name.Span.Length);
            bool seen = lookup.TryGetValue(key, out var entry);
            lookup[key] = seen ? (entry.Count + 1, entry.First) : (1, name.Span);
            // (株)X and 株式会社X are one company: counted where the first of its spellings stands.
            if (!seen && _lexicon.LegalForms.Occurs(text, name.Span.Start, name.Span.End)
                && !(_lexicon.WriteOtherSpelling(key, other) is int length and > 0 && lookup.ContainsKey(other[..length])))
            {
                legallyFormed++;
            }
        }
        listed = legallyFormed >= _lexicon.ListSize;
        if (listed || counts.Count == 0)
        {
            return null;
        }
        var best = counts.Values.MaxBy(v => v.Count);
        return best.Count >= MinRepeats ? best.First : null;
    }

    private static int TokenEnd(string text, int start, int limit)
    {
        int space = text.IndexOf(' ', start, Math.Max(0, limit - start));
        return space < 0 ? limit : space;
    }

    private static bool IsLatinWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }
        foreach (char c in word)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '&' and not '.' and not '-')
            {
                return false;
            }
        }
        return true;
    }

    private static bool ContainsHiragana(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (c is >= '\u3041' and <= '\u309F')
            {
                return true;
            }
        }
        return false;
    }
}
