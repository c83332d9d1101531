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
    private const int MaxLeadingKana = 8;

    /// <summary>The end of the run of name characters starting at <paramref name="start"/>.</summary>
    public int RunEnd(string text, int start, int limit)
    {
        int i = start;
        bool latinOverSpace = false;
        while (i < limit)
        {
            char c = text[i];
            if (IsHiragana(c))
            {
                break; // what ends most runs: neither a name's character nor a legal form's first
            }
            // "株式会社JMDC Pep Upカスタマーサポート": a Latin name joined over a space ends where the Latin does.
            if (latinOverSpace && !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '&' or ' ' or '.' or ','))
            {
                break;
            }
            // A legal form is looked up only where a name character could not go on by itself: (株), Co., Ltd.
            bool nameChar = IsNameChar(c);
            int legal = (!nameChar || char.IsAsciiLetter(c)) && lexicon.LegalFirsts.Contains(c) ? lexicon.LegalForms.MatchAt(text, i, limit) : -1;
            if (legal >= 0)
            {
                i += lexicon.LegalForms[legal].Length;
            }
            else if (nameChar || (c == '-' && LatinOnBothSides(text, i, start, limit)))
            {
                i++; // e-Mobility: a hyphen inside a Latin name
            }
            else if (text[i] == ' ' && JoinsOverSpace(text, start, i, limit))
            {
                latinOverSpace = char.IsAsciiLetterOrDigit(text[i - 1]) && char.IsAsciiLetter(text[i + 1]);
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    // "株式会社 サンプル", "PR TIMES", "tripla 株式会社": a space inside a name, after a legal form written apart, between
    // Latin words, or between a Latin name and its legal form.
    private bool JoinsOverSpace(string text, int start, int space, int limit)
    {
        int next = space + 1;
        if (next >= limit || space == start)
        {
            return false;
        }
        char before = text[space - 1];
        char after = text[next];
        int legal = lexicon.LegalForms.MatchAt(text, start, space);
        int from = legal >= 0 ? start + lexicon.LegalForms[legal].Length : start;
        if (from == space)
        {
            return IsNameChar(after) && !char.IsAsciiDigit(after);
        }
        bool latinSoFar = IsLatin(text.AsSpan(from, space - from));
        return latinSoFar && char.IsAsciiLetterOrDigit(before)
            && (char.IsAsciiLetter(after) || lexicon.LegalForms.StartsAt(text, next, limit));
    }

    private static bool LatinOnBothSides(string text, int i, int start, int limit) =>
        i > start && i + 1 < limit && char.IsAsciiLetterOrDigit(text[i - 1]) && char.IsAsciiLetterOrDigit(text[i + 1]);

    private static bool IsLatin(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ' ' and not '-' and not '&')
            {
                return false;
            }
        }
        return true;
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
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c is >= '\u3041' and <= '\u309F')
            {
                // Kana particles and endings are most of running text: skip them in one vectorized step.
                int kana = text.AsSpan(i, end - i).IndexOfAnyExceptInRange('\u3041', '\u309F');
                i = kana < 0 ? end : i + kana;
                continue;
            }
            // A middle dot opens list items (・個人情報保護委員会), never a name.
            if (c == '・' || (!IsNameChar(c) && !(lexicon.LegalFirsts.Contains(c) && lexicon.LegalForms.StartsAt(text, i, end))))
            {
                i++;
                continue;
            }
            int runEnd = RunEnd(text, i, end);
            if (TryName(text, i, runEnd, out var name))
            {
                var onItsLine = WithKanaOfItsLine(text, name, start);
                names.Add(onItsLine.Span.Start == name.Span.Start ? WithKanaInside(text, name, start) : onItsLine);
            }
            else if (i > start && IsHiragana(text[i - 1]) && lexicon.LegalForms.MatchAt(text, i, runEnd) is int legal and >= 0 && i + lexicon.LegalForms[legal].Length == runEnd
                && KanaWordStart(text, i, start) is int word and >= 0)
            {
                names.Add(new NameCandidate(new TextSpan(word, runEnd), false)); // ハーメックのじり株式会社
            }
            i = Math.Max(runEnd, i + 1);
        }
        return names;
    }

    /// <summary>
    /// The name in the run <c>text[start..end)</c>: from its start to the last ending inside it
    /// (八尾市立斎場 → 八尾市), or the whole run when a legal form opens it (株式会社東玉).
    /// </summary>

    public bool TryName(string text, int start, int end, out NameCandidate name)
    {
        name = default;
        // The ending that closes the run last (八尾市立斎場 → 市), the longest of those closing there.
        if (!lexicon.Endings.TryFindLast(text, start, end, out var ending))
        {
            return false;
        }
        // 不動産投資市場: the ending's character opens a word; the name, if any, closes at an ending before it
        // (青葉県中央卸売市場 → 青葉県).
        while (lexicon.Compounds.StartsAt(text, ending.End - 1, end))
        {
            if (!lexicon.Endings.TryFindLast(text, start, ending.End - 1, out ending))
            {
                return false;
            }
        }
        // マナーアップ県民: an ending only a kanji name takes, after what no such name is.
        if (ending.Start > start && !IsKanji(text[ending.Start - 1]) && lexicon.KanjiEndings.Contains(lexicon.Endings[ending.Phrase]))
        {
            return false;
        }
        bool legalAtStart = lexicon.LegalForms.StartsAt(text, start, end);
        int nameEnd = legalAtStart ? WithoutVerbStem(text, start, end) : ending.End;
        bool whole = lexicon.IsWhole[ending.Phrase];
        // 会社・学院: a generic word and an ending joined by ・ name nothing (東山中学・高等学校 does).
        int dot = text.AsSpan(start, nameEnd - start).IndexOf('・');
        bool tooShort = !whole && (nameEnd - start <= ending.End - ending.Start || (dot > 0 && lexicon.IsGeneric(text.AsSpan(start, dot))));
        if (tooShort || char.IsAsciiDigit(text[start]) || lexicon.IsGeneric(text.AsSpan(start, nameEnd - start)))
        {
            return false;
        }
        name = new NameCandidate(new TextSpan(start, nameEnd), lexicon.IsPolice[ending.Phrase] && !legalAtStart);
        return true;
    }

    /// <summary>
    /// The institution a longer name opens with (中央大学情報管理部 → 中央大学, 広島県地域政策局 → 広島県): the name up to
    /// its first ending, where that leaves a name of three characters or more and more than an ending after it
    /// (水道広域連合企業団 is one name); null for a name with a legal form.
    /// </summary>
    public TextSpan? HeadOf(string text, TextSpan span)
    {
        if (lexicon.LegalForms.Occurs(text, span.Start, span.End))
        {
            return null;
        }
        for (int k = span.Start + MinHead; k < span.End - 1; k++)
        {
            if (IsNameChar(text[k]) && text[k] != '・' && lexicon.Endings.EndsAt(text, k, span.Start + 1)
                && !lexicon.Compounds.StartsAt(text, k - 1, span.End) && !lexicon.IsGeneric(text.AsSpan(span.Start, k - span.Start))
                && !lexicon.Endings.IsWhole(text.AsSpan(k, span.End - k)))
            {
                return new TextSpan(span.Start, k);
            }
        }
        return null;
    }

    private const int MinHead = 3;

    // "みなと水道企業団", "さいたま市" alone on a line: a name that fills its line takes the kana it starts with (in
    // running text kana before a name are particles: ことから市は).
    private static NameCandidate WithKanaOfItsLine(string text, NameCandidate name, int floor)
    {
        int lineStart = name.Span.Start;
        while (lineStart > floor && text[lineStart - 1] is >= '\u3041' and <= '\u309F' && name.Span.Start - lineStart < MaxLeadingKana)
        {
            lineStart--;
        }
        if (lineStart == name.Span.Start || (lineStart > 0 && text[lineStart - 1] != '\n'))
        {
            return name;
        }
        int after = name.Span.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        return after == text.Length || text[after] == '\n' ? name with { Span = new TextSpan(lineStart, name.Span.End) } : name;
    }

    // "ハーメックのじり株式会社", "、SOMPOひまわり生命保険株式会社": a company's name ending in its legal form takes the kana
    // inside it, where those kana are no particle or verb ending (弊社はX株式会社, 委託していたX株式会社) and the whole
    // opens a word (after a line's start, a bracket or punctuation).
    private NameCandidate WithKanaInside(string text, NameCandidate name, int floor)
    {
        int start = name.Span.Start;
        if (start == floor || !IsHiragana(text[start - 1]) || !lexicon.LegalForms.EndsAt(text, name.Span.End, start + 1))
        {
            return name;
        }
        int word = KanaWordStart(text, start, floor);
        return word < 0 ? name : name with { Span = new TextSpan(word, name.Span.End) };
    }

    // Where the word opens whose kana end right before start, or -1 where they are a particle, an inflection or no word.
    private int KanaWordStart(string text, int start, int floor)
    {
        if (start == floor || !IsHiragana(text[start - 1]))
        {
            return -1;
        }
        int kana = start;
        while (kana > floor && IsHiragana(text[kana - 1]) && start - kana <= MaxInnerKana)
        {
            kana--;
        }
        var inner = text.AsSpan(kana, start - kana);
        if (inner.Length > MaxInnerKana || NotInName.Contains(inner[^1]) || ParticleFirst.Contains(inner[0]) || lexicon.IsGeneric(inner) || EndsWithAny(inner, InnerParticles))
        {
            return -1;
        }
        int wordStart = RunStart(text, kana, floor);
        if (EndsWithAny(text.AsSpan(wordStart, start - wordStart), lexicon.Conjunctions))
        {
            return -1; // 団体及び地方独立行政法人: two names joined
        }
        bool opensWord = wordStart == floor || OpensWord.Contains(text[wordStart - 1]);
        return opensWord && !lexicon.IsGeneric(text.AsSpan(wordStart, kana - wordStart)) ? wordStart : -1;
    }

    private const int MaxInnerKana = 4;
    // Kana a particle or an inflection ends with (では, との, していた, いる): what precedes them is another word.
    // 導入にあたりX株式会社: kana that open with a case particle follow a word (の is left: ハーメックのじり).
    private const string ParticleFirst = "にをがはとでへや";
    private const string NotInName = "はがをにとでもやへのかたてるだすずばれよ";
    private static readonly string[] InnerParticles = ["より", "まで", "など", "ほか", "こと", "または"];

    private static bool EndsWithAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var word in words)
        {
            if (s.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
    private const string OpensWord = "\n、。,.()「」『』【】 ・:/";

    // "株式会社コナカ並びに…": a kanji run closing a katakana or Latin name just before kana is the stem of the word
    // that follows it (並びに, 内で), not part of the name.
    private int WithoutVerbStem(string text, int start, int end)
    {
        // 株式会社オーエム製作所の, …イノベーション推進機構の: a kanji run that ends in an institutional ending is the name's.
        if (end >= text.Length || !IsHiragana(text[end]) || lexicon.Endings.EndsAt(text, end, start + 1))
        {
            return end;
        }
        int k = end;
        while (k > start && IsKanji(text[k - 1]))
        {
            k--;
        }
        return k < end && k - start >= 3 && (text[k - 1] is >= '\u30A1' and <= '\u30FA' or 'ー' || char.IsAsciiLetterOrDigit(text[k - 1])) ? k : end;
    }

    private static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    private static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF' or '々';

    /// <summary>Characters that names are made of.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsNameChar(char c) => (NameChars[c >> 5] & (1u << c)) != 0;

    // One bit per UTF-16 code unit (8 KiB), built once: the scanner asks this of nearly every character of a notice.
    private static readonly uint[] NameChars = BuildNameChars();

    private static uint[] BuildNameChars()
    {
        var bits = new uint[(char.MaxValue + 1) / 32];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            bool name = ch is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々' or '〆' or 'ヶ'
                || ch is >= '\u30A1' and <= '\u30FA' or 'ー' or '・' or 'ヽ' or 'ヾ'
                || char.IsAsciiLetterOrDigit(ch) || ch == '&';
            if (name)
            {
                bits[c >> 5] |= 1u << c;
            }
        }
        return bits;
    }
}
