namespace IncidentParsing.Dates;

/// <summary>A number read inside a date: ASCII digits (the text is normalized) or kanji numerals.</summary>
/// <param name="Value">The value.</param>
/// <param name="End">Offset after the number.</param>
/// <param name="Digits">How many ASCII digits were written; 0 for kanji.</param>
internal readonly record struct DateNumber(int Value, int End, int Digits)
{
    public bool IsKanji => Digits == 0;

    private const string KanjiDigits = "〇一二三四五六七八九";

    /// <summary>Every character <see cref="IsKanjiNumeral"/> accepts.</summary>
    public const string KanjiNumeralChars = KanjiDigits + "十百千零";

    /// <summary>True for a character that can start a kanji numeral.</summary>
    public static bool IsKanjiNumeral(char c) => KanjiDigits.Contains(c) || c is '十' or '百' or '千' or '零';

    /// <summary>Reads the number at <paramref name="at"/> (at most five ASCII digits, or a kanji numeral below 10000).</summary>
    public static bool TryRead(ReadOnlySpan<char> text, int at, out DateNumber number)
    {
        number = default;
        if (at >= text.Length)
        {
            return false;
        }
        if (char.IsAsciiDigit(text[at]))
        {
            int i = at, value = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                if (i - at >= 5)
                {
                    return false;
                }
                value = (value * 10) + (text[i] - '0');
                i++;
            }
            number = new DateNumber(value, i, i - at);
            return true;
        }
        return TryReadKanji(text, at, out number);
    }

    private static bool TryReadKanji(ReadOnlySpan<char> text, int at, out DateNumber number)
    {
        number = default;
        int i = at;
        // A positional run first (二〇一八), then an optional multiplicative tail (十九, 二千, 三十一).
        int positional = 0, positionalDigits = 0;
        while (i < text.Length && Digit(text[i]) is int d and >= 0)
        {
            positional = (positional * 10) + d;
            positionalDigits++;
            i++;
            if (positionalDigits > 4)
            {
                return false;
            }
        }
        if (i < text.Length && text[i] is '十' or '百' or '千')
        {
            // 二千, 三十一: a single digit before a unit multiplies it; a longer run is a
            // positional prefix of the hundreds (二〇十九 = 20·100 + 19).
            int prefix = positionalDigits > 1 ? positional : -1;
            int total = 0, current = positionalDigits == 1 ? positional : 0;
            while (i < text.Length)
            {
                char c = text[i];
                int unit = c switch { '千' => 1000, '百' => 100, '十' => 10, _ => 0 };
                if (unit > 0)
                {
                    total += (current == 0 ? 1 : current) * unit;
                    current = 0;
                }
                else if (Digit(c) is int digit and >= 0)
                {
                    current = (current * 10) + digit;
                }
                else
                {
                    break;
                }
                i++;
            }
            total += current;
            if (prefix >= 0)
            {
                if (total >= 100)
                {
                    return false;
                }
                total += prefix * 100;
            }
            number = new DateNumber(total, i, 0);
            return true;
        }
        if (positionalDigits == 0)
        {
            return false;
        }
        number = new DateNumber(positional, i, 0);
        return true;
    }

    private static int Digit(char c) => c == '零' ? 0 : KanjiDigits.IndexOf(c);
}
