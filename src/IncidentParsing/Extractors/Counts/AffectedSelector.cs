using IncidentParsing.Model;

namespace IncidentParsing.Extractors.Counts;

/// <summary>
/// Picks the headline count: how many people or records were affected. Only counts of people and
/// records qualify (not servers, companies or sites), and not people who act in the sentence
/// (職員1名が, 閲覧した学生が39名おり) or a population a subset is drawn from (363名中…); recipients and
/// messages (85人に対して配信, メール1,000通) only where no count is stated as data (5人分). A stated
/// total is preferred when it is of the same order as the largest count; otherwise the largest wins.
/// </summary>
internal static class AffectedSelector
{
    public static CountCandidate? Select(IReadOnlyList<CountCandidate> counts)
    {
        CountCandidate? largest = null, largestTotal = null;
        bool portionStated = false;
        foreach (var c in counts)
        {
            portionStated |= Qualifies(c) && c.IsPortion;
        }
        foreach (var c in counts)
        {
            if (!Qualifies(c) || (portionStated && c.IsIncidental))
            {
                continue;
            }
            if (largest is null || c.Value > largest.Value)
            {
                largest = c;
            }
            if (c.IsTotal && (largestTotal is null || c.Value > largestTotal.Value))
            {
                largestTotal = c;
            }
        }
        if (largest is null)
        {
            // Things count only when the data is about them (8台の車の情報).
            foreach (var c in counts)
            {
                if (c.HasDataAfter && c.Kind == CounterKind.Thing && (largest is null || c.Value > largest.Value))
                {
                    largest = c;
                }
            }
        }
        // A total a few breakdown lines add up to beats a stray larger number nearby (計26件 vs 約30人を前に).
        var chosen = largestTotal is not null && largest is not null && largestTotal.Value * 2 >= largest.Value ? largestTotal : largest;
        return chosen is { Qualifier: CountQualifier.Approximately } ? Precisely(chosen, counts) : chosen;
    }

    // 約15万人 and, further on, 148,620人: the same number stated exactly is the headline.
    private static CountCandidate Precisely(CountCandidate rounded, IReadOnlyList<CountCandidate> counts)
    {
        foreach (var c in counts)
        {
            if (c.Qualifier is CountQualifier.Exact or CountQualifier.Cumulative && c.Kind == rounded.Kind && Qualifies(c)
                && Math.Abs(c.Value - rounded.Value) * RoundingTolerance <= rounded.Value)
            {
                return c;
            }
        }
        return rounded;
    }

    // How far a rounded count may stand from the exact one it rounds: a tenth.
    private const int RoundingTolerance = 10;

    private static bool Qualifies(CountCandidate c) =>
        c.Kind is CounterKind.Person or CounterKind.Record && !c.IsActor && !c.IsPopulation;
}
