using IncidentParsing.Text;

namespace IncidentParsing.Tokenization;

/// <summary>
/// The built-in tokenizer: runs of one script (kanji, hiragana, katakana, Latin, digits) become
/// tokens, each symbol its own token. Needs no dictionary, so the package works where MeCab is not installed.
/// </summary>
internal sealed class ScriptTokenizer : ITokenizer
{
    /// <summary>The shared instance (it holds no state).</summary>
    public static ScriptTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "builtin";

    /// <inheritdoc />
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 3 + 1);
        int i = 0;
        while (i < text.Length)
        {
            var script = ScriptOf(text[i]);
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            int j = i + 1;
            if (script != TokenScript.Symbol)
            {
                while (j < text.Length && ContinuesRun(script, text[j]))
                {
                    j++;
                }
            }
            tokens.Add(new Token(new TextSpan(i, j), script, PartOfSpeech.Unknown, null, null));
            i = j;
        }
        return tokens;
    }

    private static bool ContinuesRun(TokenScript script, char c)
    {
        var s = ScriptOf(c);
        // ー continues katakana; 々 continues kanji; digits with , and . stay one number.
        return s == script || (script == TokenScript.Katakana && c == 'ー')
            || (script == TokenScript.Digit && (c == ',' || c == '.'));
    }

    /// <summary>The script of one character.</summary>
    public static TokenScript ScriptOf(char c) => c switch
    {
        >= '0' and <= '9' => TokenScript.Digit,
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' => TokenScript.Latin,
        >= '\u3041' and <= '\u309F' => TokenScript.Hiragana,
        >= '\u30A1' and <= '\u30FA' or '\u30FC' or '\u30FD' or '\u30FE' => TokenScript.Katakana,
        >= '\u4E00' and <= '\u9FFF' or '\u3005' or '\u3006' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' => TokenScript.Kanji,
        _ when char.IsLetter(c) => TokenScript.Latin,
        _ => TokenScript.Symbol,
    };
}
