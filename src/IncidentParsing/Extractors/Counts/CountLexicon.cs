using IncidentParsing.Lexicons;
using IncidentParsing.Model;

namespace IncidentParsing.Extractors.Counts;

/// <summary>What a counter counts; decides whether a count can be the headline.</summary>
public enum CounterKind
{
    /// <summary>People: 名, 人, 世帯.</summary>
    Person,
    /// <summary>Records or accounts: 件, ユーザー, 契約, ファイル.</summary>
    Record,
    /// <summary>Objects: 台, 個, 枚.</summary>
    Thing,
    /// <summary>Organizations and sites: 社, 校, 事業所.</summary>
    Organization,
}

/// <summary>A counter word and the words that, right after it, show it is not one (名 + 簿 = 名簿).</summary>
/// <param name="Word">The counter as written.</param>
/// <param name="Kind">What it counts.</param>
/// <param name="NotBefore">Continuations that turn it into another word.</param>
internal sealed record Counter(string Word, CounterKind Kind, IReadOnlyList<string> NotBefore);

/// <summary>A word that qualifies a count (約, 以上, 計).</summary>
/// <param name="Word">The word.</param>
/// <param name="After">True if it follows the number or counter; false if it precedes the number.</param>
/// <param name="Qualifier">The qualifier it sets, unless it marks a total.</param>
/// <param name="IsTotal">True for 計, 合計, 総数.</param>
internal sealed record CountQualifierWord(string Word, bool After, CountQualifier Qualifier, bool IsTotal);

/// <summary>The counter and qualifier vocabularies, loaded once (<c>counters.tsv</c>, <c>qualifiers.tsv</c>).</summary>
internal sealed class CountLexicon
{
    /// <summary>In a counter's exclusions: any kanji right after it.</summary>
    public const string AnyKanji = "[kanji]";

    public CountLexicon(IEnumerable<Counter> extraCounters, IEnumerable<CountQualifierWord> extraQualifiers)
    {
        var counters = Lexicon.ReadEmbedded("Extractors/Counts/counters.tsv")
            .Where(r => r.Length >= 2)
            .Select(r => new Counter(r[0], ParseKind(r[1]), r.Length > 2 ? r[2].Split(',', StringSplitOptions.RemoveEmptyEntries) : []))
            .Concat(extraCounters);
        // Longest first, so that 名様 wins over 名 and ユニークブラウザ over ブラウザ.
        Counters = counters.GroupBy(c => c.Word, StringComparer.Ordinal).Select(g => g.Last())
            .OrderByDescending(c => c.Word.Length).ToArray();
        var qualifiers = Lexicon.ReadEmbedded("Extractors/Counts/qualifiers.tsv")
            .Where(r => r.Length >= 3)
            .Select(r => new CountQualifierWord(r[0], r[1] == "after", ParseQualifier(r[2]), r[2] == "total"))
            .Concat(extraQualifiers)
            .OrderByDescending(q => q.Word.Length)
            .ToArray();
        Before = qualifiers.Where(q => !q.After).ToArray();
        After = qualifiers.Where(q => q.After).ToArray();
    }

    /// <summary>Counters, longest first.</summary>
    public Counter[] Counters { get; }

    /// <summary>Words before the number, longest first.</summary>
    public CountQualifierWord[] Before { get; }

    /// <summary>Words after the number or counter, longest first.</summary>
    public CountQualifierWord[] After { get; }

    /// <summary>The longest counter at <paramref name="at"/> that is not the start of another word.</summary>
    public Counter? CounterAt(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..];
        if (rest.IsEmpty)
        {
            return null;
        }
        foreach (var c in Counters)
        {
            // The first character rules most counters out without a comparison.
            if ((c.Word.Length > 0 && c.Word[0] != rest[0]) || !rest.StartsWith(c.Word, StringComparison.Ordinal))
            {
                continue;
            }
            var after = rest[c.Word.Length..];
            bool blocked = false;
            foreach (var w in c.NotBefore)
            {
                blocked |= w == AnyKanji ? after.Length > 0 && after[0] is >= '\u4E00' and <= '\u9FFF' : after.StartsWith(w, StringComparison.Ordinal);
            }
            if (!blocked)
            {
                return c;
            }
        }
        return null;
    }

    /// <summary>The longest word of <paramref name="words"/> starting at <paramref name="at"/>.</summary>
    public static CountQualifierWord? StartingAt(CountQualifierWord[] words, ReadOnlySpan<char> text, int at)
    {
        foreach (var q in words)
        {
            if (text[at..].StartsWith(q.Word, StringComparison.Ordinal))
            {
                return q;
            }
        }
        return null;
    }

    /// <summary>The longest word of <paramref name="words"/> ending at <paramref name="end"/>.</summary>
    public static CountQualifierWord? EndingAt(CountQualifierWord[] words, ReadOnlySpan<char> text, int end)
    {
        foreach (var q in words)
        {
            if (end >= q.Word.Length && text[..end].EndsWith(q.Word, StringComparison.Ordinal))
            {
                return q;
            }
        }
        return null;
    }

    private static CounterKind ParseKind(string s) => s switch
    {
        "person" => CounterKind.Person,
        "record" => CounterKind.Record,
        "thing" => CounterKind.Thing,
        "organization" => CounterKind.Organization,
        _ => throw new InvalidDataException($"counters.tsv: unknown kind '{s}'"),
    };

    private static CountQualifier ParseQualifier(string s) => s switch
    {
        "approximately" => CountQualifier.Approximately,
        "more-than" => CountQualifier.MoreThan,
        "up-to" => CountQualifier.UpTo,
        "cumulative" => CountQualifier.Cumulative,
        "exact" or "total" => CountQualifier.Exact,
        _ => throw new InvalidDataException($"qualifiers.tsv: unknown qualifier '{s}'"),
    };
}
