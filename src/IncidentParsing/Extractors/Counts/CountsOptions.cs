using IncidentParsing.Model;

namespace IncidentParsing.Extractors.Counts;

/// <summary>Caller additions to the count vocabularies (<c>counters.tsv</c>, <c>qualifiers.tsv</c>, <c>Numbers/non-numbers.tsv</c>).</summary>
public sealed class CountsOptions
{
    internal List<Counter> ExtraCounters { get; } = [];

    internal List<CountQualifierWord> ExtraQualifiers { get; } = [];

    internal List<string> ExtraNonNumberWords { get; } = [];

    /// <summary>
    /// Adds a counter word: <c>AddCounter("口", CounterKind.Record)</c>; <paramref name="notBefore"/> are the continuations
    /// that make it another word (名 + 簿 = 名簿).
    /// </summary>
    public CountsOptions AddCounter(string word, CounterKind kind, params string[] notBefore)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        ExtraCounters.Add(new Counter(word, kind, notBefore));
        return this;
    }

    /// <summary>
    /// Adds a word that qualifies a count: <c>AddQualifier("超過", CountQualifier.MoreThan, after: true)</c> for a word
    /// after the number or counter, <c>after: false</c> for one before the number.
    /// </summary>
    public CountsOptions AddQualifier(string word, CountQualifier qualifier, bool after)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        ExtraQualifiers.Add(new CountQualifierWord(word, after, qualifier, IsTotal: false));
        return this;
    }

    /// <summary>Adds a word that marks a total (計, 合計), before the number when <paramref name="after"/> is false.</summary>
    public CountsOptions AddTotalWord(string word, bool after = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        ExtraQualifiers.Add(new CountQualifierWord(word, after, CountQualifier.Exact, IsTotal: true));
        return this;
    }

    /// <summary>Adds a word with kanji numerals that is no number (a place or a personal name: 千代田, 一二三).</summary>
    public CountsOptions AddNonNumberWord(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        ExtraNonNumberWords.Add(word);
        return this;
    }
}
