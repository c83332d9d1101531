namespace IncidentParsing.Numbers;

/// <summary>How a number was written and what it says beyond its value.</summary>
[Flags]
public enum NumberForms
{
    /// <summary>Nothing notable.</summary>
    None = 0,
    /// <summary>Contains Arabic digits.</summary>
    Arabic = 1,
    /// <summary>Contains kanji digits or kanji units (十百千万億兆).</summary>
    Kanji = 2,
    /// <summary>Written with a minus sign or マイナス.</summary>
    Negative = 4,
    /// <summary>Has a fractional part (<c>2.5</c>, <c>7.2万</c>, <c>四点八</c>).</summary>
    Decimal = 8,
    /// <summary>
    /// Vague: <c>数十</c>, <c>千数百</c>, <c>十数</c>. <see cref="NumberMention.Value"/> is then the lower
    /// reading (数 = 2) and <see cref="NumberMention.UpperValue"/> the upper one (数 = 9).
    /// </summary>
    Vague = 16,
    /// <summary>余 or 余り inside the number (<c>10余万</c>): the value is a lower bound.</summary>
    MoreThan = 32,
    /// <summary>Digits grouped with commas or spaces (<c>1,092</c>).</summary>
    Grouped = 64,
}

/// <summary>A number found in a text: where it stands, what it is worth, and how it was written.</summary>
/// <param name="Start">Offset of the first character (inclusive).</param>
/// <param name="End">Offset after the last character (exclusive).</param>
/// <param name="Value">The value; for a vague number the lower reading.</param>
/// <param name="UpperValue">The upper reading of a vague number; equal to <paramref name="Value"/> otherwise.</param>
/// <param name="Forms">How the number was written.</param>
public readonly record struct NumberMention(int Start, int End, decimal Value, decimal UpperValue, NumberForms Forms)
{
    /// <summary>Number of characters the mention covers.</summary>
    public int Length => End - Start;

    /// <summary>True for <c>数十</c>-style numbers that give no exact value.</summary>
    public bool IsVague => (Forms & NumberForms.Vague) != 0;

    /// <summary>True when the value has no fractional part.</summary>
    public bool IsInteger => Value == decimal.Truncate(Value);

    /// <summary>The value as a whole number, when it is one and fits.</summary>
    public bool TryGetInt64(out long value)
    {
        if (IsInteger && Value >= long.MinValue && Value <= long.MaxValue)
        {
            value = (long)Value;
            return true;
        }
        value = 0;
        return false;
    }
}
