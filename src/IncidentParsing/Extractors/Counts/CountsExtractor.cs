using System.Globalization;
using IncidentParsing.Model;
using IncidentParsing.Numbers;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Counts;

/// <summary>
/// Reads every count in a notice (<see cref="Incident.Counts"/>) and picks the headline
/// (<see cref="Incident.Affected"/>). Vocabularies: <c>counters.tsv</c> and <c>qualifiers.tsv</c> in this folder.
/// </summary>
public sealed class CountsExtractor : IIncidentExtractor
{
    private readonly CountReader _reader;
    private readonly JapaneseNumberParser _numbers;

    /// <summary>Creates the extractor with the embedded vocabularies plus <paramref name="options"/>.</summary>
    public CountsExtractor(CountsOptions? options = null)
    {
        options ??= new CountsOptions();
        _reader = new CountReader(new CountLexicon(options.ExtraCounters, options.ExtraQualifiers));
        _numbers = options.ExtraNonNumberWords.Count == 0 ? JapaneseNumberParser.Default : new JapaneseNumberParser(options.ExtraNonNumberWords);
    }

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var numbers = NoticeNumbers.Of(context, _numbers);
        var counts = _reader.Read(context.Text, numbers.Mentions, (s, e) => IsEnclosedNumeral(context.OriginalChars(s, e)));
        context.Incident.Counts.Clear();
        var headline = AffectedSelector.Select(counts);
        foreach (var c in counts)
        {
            var count = ToCount(context, c);
            context.Incident.Counts.Add(count);
            if (ReferenceEquals(c, headline))
            {
                context.Incident.Affected = count; // the same value, without reading its text again
                headline = null;
            }
        }
        if (headline is not null)
        {
            context.Incident.Affected = ToCount(context, headline);
        }
    }

    private static Count ToCount(ExtractionContext context, CountCandidate c)
    {
        var source = context.SourceValue(c.Start, c.End);
        return new Count(c.Value, c.Unit, c.Qualifier, c.Subject, source.Text, source.Start, source.End) { IsTotal = c.IsTotal };
    }

    // ① ➀ ㉑: list markers that NFKC turned into plain digits.
    private static bool IsEnclosedNumeral(ReadOnlySpan<char> original)
    {
        foreach (char ch in original)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.OtherNumber || ch is >= '\u2460' and <= '\u24FF' or >= '\u2776' and <= '\u2793')
            {
                return true;
            }
        }
        return false;
    }
}
