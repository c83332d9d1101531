using System.Text;
using IncidentParsing.Tokenization;

namespace IncidentParsing.MeCab;

/// <summary>The script of a whole morpheme: one script, or <see cref="TokenScript.Mixed"/>.</summary>
internal static class SurfaceScript
{
    public static TokenScript Of(ReadOnlySpan<char> surface)
    {
        TokenScript? script = null;
        for (int i = 0; i < surface.Length; i++)
        {
            var current = ScriptAt(surface, ref i);
            // ー and 々 take the script of what they extend (ラーメン is katakana, 人々 kanji).
            if (script is null || script == current || (surface[i] is 'ー' or '々' && script is not TokenScript.Symbol))
            {
                script ??= current;
                continue;
            }
            return TokenScript.Mixed;
        }
        return script ?? TokenScript.Symbol;
    }

    private static TokenScript ScriptAt(ReadOnlySpan<char> surface, ref int i)
    {
        char c = surface[i];
        if (char.IsHighSurrogate(c) && i + 1 < surface.Length && char.IsLowSurrogate(surface[i + 1]))
        {
            int codePoint = char.ConvertToUtf32(c, surface[++i]);
            // CJK Unified Ideographs extensions B and later (𠮷) live in planes 2 and 3.
            return codePoint is >= 0x20000 and < 0x40000 ? TokenScript.Kanji
                : Rune.IsLetter(new Rune(codePoint)) ? TokenScript.Latin : TokenScript.Symbol;
        }
        return Token.ScriptOf(c);
    }
}
