namespace IncidentParsing.Numbers;

/// <summary>What a piece of a number is.</summary>
internal enum NumberTokenKind : byte
{
    /// <summary>Arabic digits, possibly grouped and with a fraction.</summary>
    Arabic,
    /// <summary>Positional kanji digits (二〇二三, 三), possibly with a fraction.</summary>
    Kanji,
    /// <summary>数 standing for an unknown digit (数十, 千数百).</summary>
    Vague,
    /// <summary>十, 百, 千.</summary>
    SmallUnit,
    /// <summary>万, 億, 兆.</summary>
    Myriad,
    /// <summary>余 / 余り / あまり between a number and a myriad unit (10余万).</summary>
    Surplus,
    /// <summary>A fraction after a unit (二百・〇三, 2千万点5544).</summary>
    Fraction,
}

/// <summary>One piece of a number.</summary>
internal struct NumberToken
{
    public NumberTokenKind Kind;
    public bool SpaceBefore;
    public bool Grouped;
    public bool HasFraction;
    public int Start;
    public int End;
    public decimal Value;

    public readonly bool IsAtom => Kind is NumberTokenKind.Arabic or NumberTokenKind.Kanji or NumberTokenKind.Vague;

    public readonly bool IsUnit => Kind is NumberTokenKind.SmallUnit or NumberTokenKind.Myriad;
}

/// <summary>
/// Splits the characters of one number candidate into <see cref="NumberToken"/>s. Pure functions over a
/// span: no state, no allocation.
/// </summary>
internal static class NumberTokenizer
{
    /// <summary>Longest run of Arabic digits read as a number; longer runs are identifiers, not quantities.</summary>
    public const int MaxDigits = 20;

    /// <summary>Most spaces skipped between two pieces of one number (<c>約 756 万</c>).</summary>
    private const int MaxSpaces = 2;

    /// <summary>Reads up to <paramref name="tokens"/>.Length tokens from <paramref name="start"/>; returns how many.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, int start, Span<NumberToken> tokens)
    {
        int n = 0;
        int pos = start;
        while (n < tokens.Length && pos < text.Length)
        {
            int at = pos;
            bool space = false;
            if (n > 0)
            {
                int spaces = 0;
                while (at < text.Length && text[at] == ' ' && spaces <= MaxSpaces)
                {
                    at++;
                    spaces++;
                }
                if (spaces > MaxSpaces)
                {
                    break;
                }
                space = spaces > 0;
            }
            if (!TryRead(text, at, n == 0, n > 0 ? tokens[n - 1].Kind : null, out var token))
            {
                break;
            }
            token.SpaceBefore = space;
            tokens[n++] = token;
            pos = token.End;
        }
        return n;
    }

    private static bool TryRead(ReadOnlySpan<char> text, int pos, bool first, NumberTokenKind? previous, out NumberToken token)
    {
        token = default;
        if (pos >= text.Length)
        {
            return false;
        }
        char c = text[pos];
        if (NumeralChars.IsAsciiDigit(c))
        {
            return ReadArabic(text, pos, out token);
        }
        if (first && c == '.' && pos + 1 < text.Length && NumeralChars.IsAsciiDigit(text[pos + 1])
            && (pos == 0 || !(text[pos - 1] == '.' || NumeralChars.IsAsciiDigit(text[pos - 1]))))
        {
            // .77 = 0.77; but not the dots of ...9 or 192.168.
            int end = ReadArabicFraction(text, pos + 1, out decimal fraction);
            token = new NumberToken { Kind = NumberTokenKind.Arabic, Start = pos, End = end, Value = fraction, HasFraction = true };
            return true;
        }
        if (NumeralChars.KanjiDigit(c) >= 0)
        {
            ReadKanjiDigits(text, pos, out token);
            return true;
        }
        if (NumeralChars.SmallUnit(c) is int small and > 0)
        {
            token = new NumberToken { Kind = NumberTokenKind.SmallUnit, Start = pos, End = pos + 1, Value = small };
            return true;
        }
        if (NumeralChars.Myriad(c) is long myriad and > 0)
        {
            token = new NumberToken { Kind = NumberTokenKind.Myriad, Start = pos, End = pos + 1, Value = myriad };
            return true;
        }
        bool afterUnit = previous is NumberTokenKind.SmallUnit or NumberTokenKind.Myriad;
        if (c == '数' && (afterUnit || (pos + 1 < text.Length && NumeralChars.IsUnit(text[pos + 1]))))
        {
            token = new NumberToken { Kind = NumberTokenKind.Vague, Start = pos, End = pos + 1 };
            return true;
        }
        if (!first && previous is not null && ReadSurplus(text, pos, out token))
        {
            return true;
        }
        return afterUnit && ReadFraction(text, pos, out token);
    }

    // 余 / 余り / あまり, only when a myriad unit follows at once (10余万); elsewhere they are a qualifier.
    private static bool ReadSurplus(ReadOnlySpan<char> text, int pos, out NumberToken token)
    {
        token = default;
        int len = text[pos..].StartsWith("余り") ? 2 : text[pos..].StartsWith("あまり") ? 3 : text[pos] == '余' ? 1 : 0;
        if (len == 0 || pos + len >= text.Length || NumeralChars.Myriad(text[pos + len]) == 0)
        {
            return false;
        }
        token = new NumberToken { Kind = NumberTokenKind.Surplus, Start = pos, End = pos + len };
        return true;
    }

    // 点 + Arabic digits or ・/点 + kanji digits right after a unit: 2千万点5544, 二百・〇三.
    private static bool ReadFraction(ReadOnlySpan<char> text, int pos, out NumberToken token)
    {
        token = default;
        if (pos + 1 >= text.Length || text[pos] is not ('点' or '・'))
        {
            return false;
        }
        int end;
        decimal fraction;
        if (text[pos] == '点' && NumeralChars.IsAsciiDigit(text[pos + 1]))
        {
            end = ReadArabicFraction(text, pos + 1, out fraction);
        }
        else if (NumeralChars.KanjiDigit(text[pos + 1]) >= 0)
        {
            end = ReadKanjiFraction(text, pos + 1, out fraction);
        }
        else
        {
            return false;
        }
        token = new NumberToken { Kind = NumberTokenKind.Fraction, Start = pos, End = end, Value = fraction, HasFraction = true };
        return true;
    }

    private static bool ReadArabic(ReadOnlySpan<char> text, int pos, out NumberToken token)
    {
        token = default;
        int j = pos;
        decimal value = 0;
        while (j < text.Length && NumeralChars.IsAsciiDigit(text[j]))
        {
            value = value * 10 + (text[j] - '0');
            j++;
            if (j - pos > MaxDigits)
            {
                return false;
            }
        }
        int intDigits = j - pos;
        bool grouped = false;
        if (intDigits is >= 1 and <= 3)
        {
            grouped = ReadGroups(text, ref j, ref value, separatorsWithComma: true)
                || ReadGroups(text, ref j, ref value, separatorsWithComma: false);
        }
        bool fraction = false;
        if (j + 1 < text.Length && NumeralChars.IsAsciiDigit(text[j + 1]) && AcceptsDecimalPoint(text, pos, j, intDigits, value))
        {
            j = ReadArabicFraction(text, j + 1, out decimal part);
            value += part;
            fraction = true;
        }
        token = new NumberToken { Kind = NumberTokenKind.Arabic, Start = pos, End = j, Value = value, Grouped = grouped, HasFraction = fraction };
        return true;
    }

    // ',' or '、' followed by exactly three digits (1,092 / 5、450); or, with plain spaces, at least two
    // such groups (1 234 567), since "423 0000" and "2 3" are separate numbers.
    private static bool ReadGroups(ReadOnlySpan<char> text, ref int j, ref decimal value, bool separatorsWithComma)
    {
        int k = j;
        decimal v = value;
        int groups = 0;
        while (k + 3 < text.Length
            && (separatorsWithComma ? text[k] is ',' or '、' : text[k] == ' ')
            && NumeralChars.IsAsciiDigit(text[k + 1]) && NumeralChars.IsAsciiDigit(text[k + 2]) && NumeralChars.IsAsciiDigit(text[k + 3])
            && (k + 4 >= text.Length || !NumeralChars.IsAsciiDigit(text[k + 4]))
            && groups < 6)
        {
            v = v * 1000 + ((text[k + 1] - '0') * 100) + ((text[k + 2] - '0') * 10) + (text[k + 3] - '0');
            k += 4;
            groups++;
        }
        if (groups == 0 || (!separatorsWithComma && groups < 2))
        {
            return false;
        }
        j = k;
        value = v;
        return true;
    }

    private static bool AcceptsDecimalPoint(ReadOnlySpan<char> text, int start, int point, int intDigits, decimal value)
    {
        char c = text[point];
        if (c == '点')
        {
            return true;
        }
        if (c == '・')
        {
            // 1・2年生 lists two numbers; only 0・08 is unmistakably a decimal.
            return intDigits == 1 && value == 0;
        }
        if (c != '.')
        {
            return false;
        }
        // A dotted chain (192.168.1.2, 2024.8.9, v1.2.3) is separate numbers, not a decimal.
        if (start >= 2 && text[start - 1] == '.' && NumeralChars.IsAsciiDigit(text[start - 2]))
        {
            return false;
        }
        int k = point + 1;
        while (k < text.Length && NumeralChars.IsAsciiDigit(text[k]))
        {
            k++;
        }
        return !(k + 1 < text.Length && text[k] == '.' && NumeralChars.IsAsciiDigit(text[k + 1]));
    }

    private static int ReadArabicFraction(ReadOnlySpan<char> text, int pos, out decimal fraction)
    {
        fraction = 0;
        decimal scale = 0.1m;
        int j = pos;
        while (j < text.Length && NumeralChars.IsAsciiDigit(text[j]) && j - pos < MaxDigits)
        {
            fraction += (text[j] - '0') * scale;
            scale /= 10;
            j++;
        }
        return j;
    }

    private static int ReadKanjiFraction(ReadOnlySpan<char> text, int pos, out decimal fraction)
    {
        fraction = 0;
        decimal scale = 0.1m;
        int j = pos;
        int d;
        while (j < text.Length && (d = NumeralChars.KanjiDigit(text[j])) >= 0 && j - pos < MaxDigits)
        {
            fraction += d * scale;
            scale /= 10;
            j++;
        }
        return j;
    }

    private static void ReadKanjiDigits(ReadOnlySpan<char> text, int pos, out NumberToken token)
    {
        int j = pos;
        decimal value = 0;
        int d;
        while (j < text.Length && (d = NumeralChars.KanjiDigit(text[j])) >= 0 && j - pos < MaxDigits)
        {
            value = value * 10 + d;
            j++;
        }
        bool fraction = false;
        if (j + 1 < text.Length && text[j] is '・' or '点' && NumeralChars.KanjiDigit(text[j + 1]) >= 0)
        {
            j = ReadKanjiFraction(text, j + 1, out decimal part);
            value += part;
            fraction = true;
        }
        token = new NumberToken { Kind = NumberTokenKind.Kanji, Start = pos, End = j, Value = value, HasFraction = fraction };
    }
}
