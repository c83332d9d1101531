using IncidentParsing.Tokenization;

namespace IncidentParsing.Extractors.Fields;

/// <summary>
/// Finds the noun phrase a predicate speaks about, by walking back from the predicate: through
/// parentheses, through list commas (<c>氏名、住所</c>) and argument commas (<c>個人情報(…)が、</c>),
/// and stopping at a sentence end, an unmatched opening parenthesis, or a comma after a verb or
/// adverbial form (<c>…しており、</c>, <c>なお、</c>, <c>には、</c>).
/// </summary>
internal static class Clauses
{
    private const int MaxReach = 160;

    // Bounds every sentence scan so that text without sentence ends stays linear to read.
    private const int MaxSentence = 400;
    private static readonly string[] AdverbialEndings = ["ことなく", "ずに", "ないまま", "ないで"];
    private static readonly string[] RelativeClauseVerbs = ["含む", "含め", "保有する", "管理する", "記載した", "記録した"];

    /// <summary>Where the clause that ends at <paramref name="predicate"/> starts.</summary>
    public static int ClauseStart(string text, int predicate)
    {
        int depth = 0;
        int j = predicate - 1;
        for (; j >= 0 && predicate - j <= MaxReach; j--)
        {
            char c = text[j];
            if (c == '\n' && ContinuesList(text, j))
            {
                continue; // 氏名,年齢, / 性別,病歴番号…: a list wrapped after its comma
            }
            if (c is '。' or '\n' or ':')
            {
                return j + 1;
            }
            if (c is ')' or '】')
            {
                depth++;
            }
            else if (c is '(' or '【')
            {
                if (depth == 0)
                {
                    return j + 1;
                }
                depth--;
            }
            else if (c == '、' && depth == 0 && CommaEndsClause(text, j))
            {
                return j + 1;
            }
        }
        return j + 1;
    }

    // The line before the break at newline ends in a list comma.
    private static bool ContinuesList(string text, int newline)
    {
        int k = newline - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }
        return k >= 0 && text[k] is '、' or ',';
    }

    /// <summary>Where the sentence holding <paramref name="at"/> starts (at most a long sentence's length back).</summary>
    public static int SentenceStart(string text, int at)
    {
        int floor = Math.Max(0, at - MaxSentence);
        int j = at - 1;
        while (j >= floor && text[j] is not ('。' or '\n'))
        {
            j--;
        }
        return j + 1;
    }

    /// <summary>Where the sentence holding <paramref name="at"/> ends (exclusive; at most a long sentence's length on).</summary>
    public static int SentenceEnd(string text, int at)
    {
        int limit = Math.Min(text.Length, at + MaxSentence);
        int j = at;
        int depth = 0; // a line break inside brackets is a wrapped line (「名前(よみが / な)」), not a sentence end
        while (j < limit && !(text[j] == '。' || (text[j] == '\n' && depth == 0)))
        {
            depth += text[j] switch
            {
                '(' or '「' or '『' => 1,
                ')' or '」' or '』' when depth > 0 => -1,
                _ => 0,
            };
            j++;
        }
        return j;
    }

    /// <summary>
    /// The last case particle (が, を, は, も) after a noun in <c>[start, predicate)</c>, outside parentheses;
    /// the phrase the predicate is about ends there. -1 when there is none (<c>メールアドレス等の流出</c>).
    /// </summary>
    public static int LastArgumentParticle(string text, int start, int predicate)
    {
        int depth = 0;
        for (int j = predicate - 1; j > start; j--)
        {
            char c = text[j];
            if (c == ')')
            {
                depth++;
            }
            else if (c == '(')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is 'が' or 'を' or 'は' or 'も' && AfterNoun(text[j - 1]) && !OpensRelativeClause(text, j + 1))
            {
                return j;
            }
        }
        return -1;
    }

    // Xを含むY, Xが保有するY: the particle belongs to a clause modifying the noun the predicate is about.
    private static bool OpensRelativeClause(string text, int after)
    {
        var rest = text.AsSpan(after);
        foreach (var verb in RelativeClauseVerbs)
        {
            if (rest.StartsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // 、 after hiragana ends a clause, except after a case particle that follows a noun (個人情報が、).
    private static bool CommaEndsClause(string text, int comma)
    {
        if (comma == 0)
        {
            return true;
        }
        char before = text[comma - 1];
        if (ScriptTokenizer.ScriptOf(before) != TokenScript.Hiragana)
        {
            return false;
        }
        if (EndsWithAdverbial(text, comma))
        {
            return false; // Xを、周知することなく、提供した: the adverbial clause sits inside the main one
        }
        return !(before is 'が' or 'を' or 'は' or 'も' && comma >= 2 && AfterNoun(text[comma - 2]));
    }

    private static bool EndsWithAdverbial(string text, int comma)
    {
        var before = text.AsSpan(0, comma);
        foreach (var ending in AdverbialEndings)
        {
            if (before.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AfterNoun(char c) =>
        c is ')' or '」' or '等' || ScriptTokenizer.ScriptOf(c) is TokenScript.Kanji or TokenScript.Katakana or TokenScript.Latin or TokenScript.Digit;
}
