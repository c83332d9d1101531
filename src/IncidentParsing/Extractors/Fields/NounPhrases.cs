using IncidentParsing.Tokenization;

namespace IncidentParsing.Extractors.Fields;

/// <summary>
/// Finds the noun phrase a predicate speaks about (sentences themselves are <see cref="Text.Clauses"/>'s), by walking back from the predicate: through
/// parentheses, through list commas (<c>氏名、住所</c>) and argument commas (<c>個人情報(…)が、</c>),
/// and stopping at a sentence end, an unmatched opening parenthesis, or a comma after a verb or
/// adverbial form (<c>…しており、</c>, <c>なお、</c>, <c>には、</c>).
/// </summary>
internal static class NounPhrases
{
    private const int MaxReach = 160;

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
