namespace IncidentParsing.Numbers;

/// <summary>What a <see cref="NumberExpression"/> is built from.</summary>
internal enum NumberExpressionKind
{
    /// <summary>One number as <see cref="JapaneseNumberParser"/> reads it.</summary>
    Number,
    /// <summary>A fraction: <c>4分の3</c>, <c>3/5</c>, <c>1と4分の1</c>.</summary>
    Fraction,
    /// <summary>A power or scientific notation: <c>1.1の23乗</c>, <c>2^5</c>, <c>2e5</c>, <c>12.32×10の14乗</c>.</summary>
    Power,
    /// <summary>A number with a multiplier word or suffix: <c>3ダース</c>, <c>40k</c>, <c>1.2M</c>.</summary>
    Scaled,
    /// <summary>A two-sided range: <c>20から100未満</c>, <c>100以上300以下</c>, <c>20~100</c>.</summary>
    Range,
}

/// <summary>
/// A numeric expression that goes beyond a single number: fractions, powers, suffixes and two-sided
/// ranges. Offsets refer to the text that was read.
/// </summary>
/// <param name="Start">Offset of the first character (inclusive).</param>
/// <param name="End">Offset after the last character (exclusive).</param>
/// <param name="Value">The value; for a range its lower end.</param>
/// <param name="RangeEnd">The upper end of a range; null otherwise.</param>
/// <param name="Kind">What the expression is.</param>
/// <param name="IsVague">True when built on a vague number (数十).</param>
internal readonly record struct NumberExpression(int Start, int End, decimal Value, decimal? RangeEnd, NumberExpressionKind Kind, bool IsVague = false);
