namespace IncidentParsing.Numbers;

/// <summary>
/// Computes the value of a token sequence (<see cref="NumberTokenizer"/>) and how many of its tokens
/// form one well-built number: units descend inside a myriad section (千 → 百 → 十), a myriad unit
/// closes a section, an atom after a unit is smaller than that unit, and pieces separated by spaces
/// continue the number only where the structure demands it (<c>3 万 4,500</c>, <c>一百 五 十 二</c>).
/// </summary>
internal static class NumberEvaluator
{
    /// <summary>Values beyond this are not quantities (and would overflow on the next unit).</summary>
    private const decimal Limit = 1e20m;

    /// <summary>The lower and upper reading of 数 (数十 = 20 … 90).</summary>
    private const decimal VagueLow = 2, VagueHigh = 9;

    /// <summary>Evaluates the longest valid prefix of <paramref name="tokens"/>; returns its token count (0: no number).</summary>
    public static int Evaluate(ReadOnlySpan<NumberToken> tokens, bool upper, out decimal value, out NumberForms forms)
    {
        decimal total = 0, section = 0;
        decimal? pending = null;
        decimal lastSmall = decimal.MaxValue, lastMyriad = 0;
        bool sawAtomOrSmall = false;
        forms = NumberForms.None;
        int good = 0;
        for (int k = 0; k < tokens.Length; k++)
        {
            var t = tokens[k];
            bool ok = t.Kind switch
            {
                NumberTokenKind.Arabic or NumberTokenKind.Kanji or NumberTokenKind.Vague =>
                    TakeAtom(tokens, k, upper, section, lastSmall, lastMyriad, ref pending),
                NumberTokenKind.SmallUnit => TakeSmallUnit(t, ref section, ref pending, ref lastSmall),
                NumberTokenKind.Myriad => TakeMyriad(t, ref total, ref section, ref pending, ref lastSmall, ref lastMyriad),
                NumberTokenKind.Surplus => !t.SpaceBefore && (pending is not null || section > 0)
                    && k + 1 < tokens.Length && tokens[k + 1].Kind == NumberTokenKind.Myriad && !tokens[k + 1].SpaceBefore,
                NumberTokenKind.Fraction => !t.SpaceBefore && pending is null && (section > 0 || total > 0),
                _ => false,
            };
            if (!ok)
            {
                break;
            }
            if (t.Kind == NumberTokenKind.Fraction)
            {
                section += t.Value;
            }
            forms |= FormsOf(t);
            sawAtomOrSmall |= t.IsAtom || t.Kind == NumberTokenKind.SmallUnit;
            good = k + 1;
            if (t.Kind == NumberTokenKind.Fraction)
            {
                break;
            }
        }
        value = total + section + (pending ?? 0);
        if (!sawAtomOrSmall)
        {
            return 0;
        }
        // A trailing 余 without its unit is not part of the number.
        while (good > 0 && tokens[good - 1].Kind == NumberTokenKind.Surplus)
        {
            good--;
        }
        return good;
    }

    private static NumberForms FormsOf(in NumberToken t)
    {
        var f = t.Kind switch
        {
            NumberTokenKind.Arabic => NumberForms.Arabic,
            NumberTokenKind.Vague => NumberForms.Vague | NumberForms.Kanji,
            NumberTokenKind.Surplus => NumberForms.MoreThan,
            _ => NumberForms.Kanji,
        };
        if (t.HasFraction)
        {
            f |= NumberForms.Decimal;
        }
        if (t.Grouped)
        {
            f |= NumberForms.Grouped;
        }
        return f;
    }

    private static bool TakeAtom(ReadOnlySpan<NumberToken> tokens, int k, bool upper, decimal section, decimal lastSmall,
        decimal lastMyriad, ref decimal? pending)
    {
        var t = tokens[k];
        if (pending is not null)
        {
            return false;
        }
        bool afterUnit = k > 0 && tokens[k - 1].IsUnit;
        bool unitFollows = k + 1 < tokens.Length && tokens[k + 1].IsUnit;
        if (t.SpaceBefore && !(afterUnit && (unitFollows || t.Kind == NumberTokenKind.Kanji || t.Grouped)))
        {
            return false;
        }
        if (t.Kind == NumberTokenKind.Vague && !afterUnit && !unitFollows)
        {
            return false;
        }
        decimal v = t.Kind == NumberTokenKind.Vague ? (upper ? VagueHigh : VagueLow) : t.Value;
        if (!unitFollows)
        {
            // The last atom fills the places below the last unit: 千1, 20万2000; not 5百2000.
            decimal limit = lastSmall != decimal.MaxValue ? lastSmall : lastMyriad > 0 && section == 0 ? lastMyriad : decimal.MaxValue;
            if (v >= limit)
            {
                return false;
            }
        }
        pending = v;
        return true;
    }

    private static bool TakeSmallUnit(in NumberToken t, ref decimal section, ref decimal? pending, ref decimal lastSmall)
    {
        if ((t.SpaceBefore && pending is null) || t.Value >= lastSmall)
        {
            return false;
        }
        // 零十 is ten: a zero multiplier means the implicit one.
        decimal multiplier = pending is { } p && p != 0 ? p : 1;
        decimal add = multiplier * t.Value;
        if (multiplier > Limit / t.Value || section + add > Limit)
        {
            return false;
        }
        section += add;
        pending = null;
        lastSmall = t.Value;
        return true;
    }

    private static bool TakeMyriad(in NumberToken t, ref decimal total, ref decimal section, ref decimal? pending,
        ref decimal lastSmall, ref decimal lastMyriad)
    {
        if (t.SpaceBefore && pending is null)
        {
            return false;
        }
        decimal v = section + (pending ?? 0);
        if (pending is null && section == 0)
        {
            return false; // 万 alone, 万万
        }
        if (lastMyriad > 0 && t.Value >= lastMyriad)
        {
            // 一万五千億: a larger unit multiplies everything before it.
            decimal whole = total + v;
            if (whole > Limit / t.Value)
            {
                return false;
            }
            total = whole * t.Value;
        }
        else
        {
            if (v > Limit / t.Value)
            {
                return false;
            }
            total += v * t.Value;
        }
        lastMyriad = t.Value;
        section = 0;
        pending = null;
        lastSmall = decimal.MaxValue;
        return true;
    }
}
