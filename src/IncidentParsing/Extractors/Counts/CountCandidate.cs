using IncidentParsing.Model;

namespace IncidentParsing.Extractors.Counts;

/// <summary>A count found in a notice's normalized text, with what the headline choice needs to know.</summary>
/// <param name="Start">Normalized offset of the count (qualifiers included).</param>
/// <param name="End">Normalized offset after the count.</param>
/// <param name="Value">The number.</param>
/// <param name="Unit">The counter as written (人分, 件…).</param>
/// <param name="Kind">What the counter counts.</param>
/// <param name="Qualifier">How sure the count is.</param>
/// <param name="Subject">What is counted, if the text says it.</param>
internal sealed record CountCandidate(int Start, int End, long Value, string Unit, CounterKind Kind, CountQualifier Qualifier, string? Subject)
{
    /// <summary>Marked as a total (計, 合計, 総数).</summary>
    public bool IsTotal { get; init; }

    /// <summary>The people counted act in the sentence (職員1名が, 学生が39名おり): not affected data subjects.</summary>
    public bool IsActor { get; init; }

    /// <summary>A population that a smaller count is drawn from (363名中240名: 363).</summary>
    public bool IsPopulation { get; init; }

    /// <summary>Followed by the data it is about (8台の車の情報, 39名の成績).</summary>
    public bool HasDataAfter { get; init; }

    /// <summary>
    /// Counts what carried the data or who received it (学生85人に対して配信, 1553件のメール), not whose data it was; a
    /// count stated as data (5人分, 400名の個人情報) is preferred to it.
    /// </summary>
    public bool IsIncidental { get; init; }

    /// <summary>Stated as the data of so many (35人分, 400名の個人情報).</summary>
    public bool IsPortion => IsStatedAsData(Unit, HasDataAfter);

    /// <summary>Whether a count with <paramref name="unit"/> (人分…) or followed by its data is stated as data.</summary>
    public static bool IsStatedAsData(string unit, bool dataAfter) => unit.EndsWith('分') || dataAfter;
}
