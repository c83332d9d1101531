using IncidentParsing.Text;

namespace IncidentParsing.Numbers;

/// <summary>
/// Reads numeric expressions on top of <see cref="JapaneseNumberParser"/>: fractions (<c>4分の3</c>,
/// <c>3/5</c>, <c>1と4分の1</c>), powers (<c>1.1の23乗</c>, <c>2^-1</c>, <c>2e5</c>), dozens and SI
/// suffixes (<c>3ダース</c>, <c>40k</c>) and two-sided ranges (<see cref="NumberRangeReader"/>). Meant for
/// general text; counts in notices use the plain numbers. Thread-safe.
/// </summary>
internal sealed class NumberExpressionReader
{
    private readonly JapaneseNumberParser _parser;

    /// <summary>A reader over <paramref name="parser"/> (the default parser if null).</summary>
    public NumberExpressionReader(JapaneseNumberParser? parser = null) => _parser = parser ?? JapaneseNumberParser.Default;

    /// <summary>The expressions in <paramref name="raw"/>, offsets into <paramref name="raw"/> (the text is normalized first).</summary>
    public IReadOnlyList<NumberExpression> ReadRaw(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var view = NormalizedText.Create(raw);
        var found = Read(view.Text);
        var mapped = new NumberExpression[found.Count];
        for (int i = 0; i < found.Count; i++)
        {
            var span = view.ToOriginal(new TextSpan(found[i].Start, found[i].End));
            mapped[i] = found[i] with { Start = span.Start, End = span.End };
        }
        return mapped;
    }

    /// <summary>The expressions in the normalized <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<NumberExpression> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var numbers = _parser.Find(text);
        var result = new List<NumberExpression>(numbers.Count);
        for (int k = 0; k < numbers.Count; k++)
        {
            var m = numbers[k];
            var plain = new NumberExpression(m.Start, m.End, m.Value, null, NumberExpressionKind.Number, m.IsVague);
            int used = TryCompose(text, numbers, k, out var composed);
            if (used == 0)
            {
                composed = TryScale(text, plain);
                used = 1;
            }
            if (result.Count > 0 && TryJoinWhole(text, result[^1], composed, out var mixed))
            {
                result[^1] = mixed;
            }
            else
            {
                result.Add(composed);
            }
            k += used - 1;
        }
        AddHalfDozens(text, result);
        return NumberRangeReader.Join(text, result);
    }

    // Two numbers that make one value: A分のB, A/B, AのB乗, A^B, AeB, A×10のB乗.
    private static int TryCompose(string text, IReadOnlyList<NumberMention> numbers, int k, out NumberExpression composed)
    {
        composed = default;
        var a = numbers[k];
        if (k + 1 >= numbers.Count)
        {
            return 0;
        }
        var b = numbers[k + 1];
        var gap = text.AsSpan(a.End, b.Start - a.End);
        if (Trim(gap) is "分の" && a.Value != 0)
        {
            composed = new NumberExpression(a.Start, b.End, b.Value / a.Value, null, NumberExpressionKind.Fraction);
            return 2;
        }
        if (gap is "/" && a.Value != 0 && b.Value != 0 && !ChainedAround(text, a.Start, b.End, '/'))
        {
            composed = new NumberExpression(a.Start, b.End, a.Value / b.Value, null, NumberExpressionKind.Fraction);
            return 2;
        }
        if (PowerGap(gap, out int sign) && (gap[0] != 'の' || text.AsSpan(b.End).StartsWith("乗")))
        {
            int end = gap[0] == 'の' ? b.End + 1 : b.End;
            decimal exponent = sign * b.Value;
            // 2e5 is 2 × 10^5; 2^5 and 2の5乗 are powers of 2.
            decimal value = gap[0] is 'e' or 'E' ? a.Value * Power(10, exponent) : Power(a.Value, exponent);
            composed = new NumberExpression(a.Start, end, value, null, NumberExpressionKind.Power);
            return 2;
        }
        if (k + 2 < numbers.Count && (gap is "×" or "x" or "*") && numbers[k + 1].Value == 10)
        {
            var c = numbers[k + 2];
            var gap2 = text.AsSpan(b.End, c.Start - b.End);
            if (gap2 is "の" && text.AsSpan(c.End).StartsWith("乗"))
            {
                composed = new NumberExpression(a.Start, c.End + 1, a.Value * Power(10, c.Value), null, NumberExpressionKind.Power);
                return 3;
            }
        }
        return 0;
    }

    // ^, ^-, ^--, e, e-, e+, の, のマイナス: the exponent's own sign is already in b.
    private static bool PowerGap(ReadOnlySpan<char> gap, out int sign)
    {
        sign = 1;
        if (gap.Length == 0)
        {
            return false;
        }
        bool ok = gap[0] is '^' or 'e' or 'E' or 'の';
        int minus = 0;
        for (int i = 1; i < gap.Length && ok; i++)
        {
            if (NumeralChars.IsMinus(gap[i]))
            {
                minus++;
            }
            else if (gap[i] != '+')
            {
                ok = false;
            }
        }
        // e-1: the minus belongs to the exponent; ^--23 cancels out.
        sign = minus % 2 == 1 ? -1 : 1;
        return ok;
    }

    // 1 と 4分の1, 300と2ダース, 五 は 四 分の 一, 1 3/5: a whole number joined to a fraction or dozen.
    private static bool TryJoinWhole(string text, NumberExpression whole, NumberExpression part, out NumberExpression mixed)
    {
        mixed = default;
        if (whole.Kind != NumberExpressionKind.Number || part.Kind is not (NumberExpressionKind.Fraction or NumberExpressionKind.Scaled)
            || part.Start < whole.End)
        {
            return false;
        }
        var gap = Trim(text.AsSpan(whole.End, part.Start - whole.End));
        bool joined = gap is "と" or "又" or "また" or "は" || (gap.Length == 0 && part.Start > whole.End && part.Kind == NumberExpressionKind.Fraction);
        if (!joined || (part.Kind == NumberExpressionKind.Scaled && gap is not "と"))
        {
            return false;
        }
        decimal value = whole.Value < 0 ? whole.Value - part.Value : whole.Value + part.Value;
        mixed = new NumberExpression(whole.Start, part.End, value, null, part.Kind);
        return true;
    }

    // 3ダース, 40k, 1.2M, .0012G.
    private static NumberExpression TryScale(string text, NumberExpression n)
    {
        var rest = text.AsSpan(n.End);
        if (rest.StartsWith("ダース"))
        {
            return n with { End = n.End + 3, Value = n.Value * 12, Kind = NumberExpressionKind.Scaled };
        }
        int at = rest.Length > 0 && rest[0] == ' ' ? 1 : 0;
        if (at < rest.Length && (at + 1 >= rest.Length || !NumeralChars.IsAsciiLetter(rest[at + 1])))
        {
            decimal scale = rest[at] switch { 'k' or 'K' => 1e3m, 'M' => 1e6m, 'G' => 1e9m, _ => 0 };
            if (scale > 0 && (n.Start == 0 || !NumeralChars.IsAsciiLetter(text[n.Start - 1])))
            {
                return n with { End = n.End + at + 1, Value = n.Value * scale, Kind = NumberExpressionKind.Scaled };
            }
        }
        return n;
    }

    private static void AddHalfDozens(string text, List<NumberExpression> result)
    {
        for (int at = text.IndexOf("半ダース", StringComparison.Ordinal); at >= 0; at = text.IndexOf("半ダース", at + 4, StringComparison.Ordinal))
        {
            int insert = result.FindIndex(e => e.Start > at);
            var half = new NumberExpression(at, at + 4, 6, null, NumberExpressionKind.Scaled);
            result.Insert(insert < 0 ? result.Count : insert, half);
        }
    }

    private static bool ChainedAround(string text, int start, int end, char separator) =>
        (start >= 2 && text[start - 1] == separator && NumeralChars.IsAsciiDigit(text[start - 2]))
        || (end + 1 < text.Length && text[end] == separator && NumeralChars.IsAsciiDigit(text[end + 1]));

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s) => s.Trim(' ');

    private static decimal Power(decimal a, decimal exponent)
    {
        double v = Math.Pow((double)Math.Abs(a), (double)exponent) * Math.Sign(a);
        return double.IsFinite(v) && Math.Abs(v) < 7.9e27 ? (decimal)v : 0;
    }
}
