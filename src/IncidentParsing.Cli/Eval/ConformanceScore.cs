using System.Text.Json;
using static IncidentParsing.Cli.Eval.JsonLookup;

namespace IncidentParsing.Cli.Eval;

/// <summary>
/// Scores the <c>dates</c> or <c>numbers</c> output on a conformance set (cases from other projects' test suites, in
/// <c>conformance/</c>). A case passes when every expected item is matched by a found item whose span overlaps it and
/// whose value agrees (dates: the value, past or future reading, an alternative, or the same digits where the expected
/// value leaves the year or month as <c>XXXX</c>, a range's end too; numbers: equal within 1e-9 relative), and a negative
/// case (nothing expected, the list exhaustive) finds nothing. The figures are those of the project's reference scorer.
/// </summary>
internal sealed class ConformanceScore
{
    public static readonly string[] GatedDates = ["absolute-date", "era-date", "date-range", "month-part", "fiscal-year", "time", "datetime"];
    public static readonly string[] GatedNumbers = ["arabic", "fullwidth", "kanji", "mixed-myriad", "decimal-myriad", "approximate"];

    private int _tp, _fn, _fp;

    public required bool Numbers { get; init; }

    /// <summary>Passed and total cases by category, and by source (the id's prefix).</summary>
    public SortedDictionary<string, (int Passed, int Total)> ByCategory { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, (int Passed, int Total)> BySource { get; } = new(StringComparer.Ordinal);

    public List<string> Failures { get; } = [];

    public IReadOnlyList<string> Gated => Numbers ? GatedNumbers : GatedDates;

    public int Cases => ByCategory.Values.Sum(v => v.Total);

    public int Passed => ByCategory.Values.Sum(v => v.Passed);

    public int GatedPassed => Gated.Sum(k => ByCategory.GetValueOrDefault(k).Passed);

    public int GatedTotal => Gated.Sum(k => ByCategory.GetValueOrDefault(k).Total);

    public double Recall => _tp + _fn > 0 ? (double)_tp / (_tp + _fn) : 1.0;

    public double Precision => _tp + _fp > 0 ? (double)_tp / (_tp + _fp) : 1.0;

    /// <summary>Scores <paramref name="found"/> (id → the items found) on <paramref name="cases"/> (the JSON Lines records).</summary>
    public static ConformanceScore Score(IEnumerable<JsonElement> cases, IReadOnlyDictionary<string, List<JsonElement>> found, bool numbers)
    {
        var score = new ConformanceScore { Numbers = numbers };
        foreach (var c in cases)
        {
            string id = c.GetProperty("id").GetString()!;
            var items = found.GetValueOrDefault(id) ?? [];
            var used = new HashSet<int>();
            bool ok = true;
            var expected = c.GetProperty("expected").EnumerateArray().ToList();
            foreach (var exp in expected)
            {
                int hit = Enumerable.Range(0, items.Count).FirstOrDefault(i => !used.Contains(i) && score.ItemOk(exp, items[i]), -1);
                if (hit < 0)
                {
                    ok = false;
                    score._fn++;
                }
                else
                {
                    used.Add(hit);
                    score._tp++;
                }
            }
            bool exhaustive = !c.TryGetProperty("exhaustive", out var ex) || ex.ValueKind != JsonValueKind.False;
            if (expected.Count == 0 && exhaustive && items.Count > 0)
            {
                ok = false;
            }
            if (exhaustive)
            {
                score._fp += items.Count - used.Count;
            }
            Count(score.ByCategory, c.GetProperty("category").GetString()!, ok);
            Count(score.BySource, id.Split('-', 2)[0], ok);
            if (!ok)
            {
                score.Failures.Add(id);
            }
        }
        return score;
    }

    private static void Count(SortedDictionary<string, (int Passed, int Total)> counts, string key, bool ok)
    {
        var (passed, total) = counts.GetValueOrDefault(key);
        counts[key] = (passed + (ok ? 1 : 0), total + 1);
    }

    private bool ItemOk(JsonElement exp, JsonElement item)
    {
        if (!Overlaps(exp, item))
        {
            return false;
        }
        if (!Numbers)
        {
            return DateOk(exp, Str(item, "value")) && (!exp.TryGetProperty("end", out var end) || DateOk(end.GetString(), Str(item, "rangeEnd")));
        }
        if (!NumberOk(exp.GetProperty("value"), Get(item, "value")))
        {
            return false;
        }
        return !exp.TryGetProperty("end", out var numberEnd) || NumberOk(numberEnd, Get(item, "rangeEnd") ?? Get(item, "endValue"));
    }

    private static bool Overlaps(JsonElement exp, JsonElement item)
    {
        if (exp.TryGetProperty("spanAssumed", out var assumed) && assumed.ValueKind == JsonValueKind.True)
        {
            return true;
        }
        int s = exp.GetProperty("offset").GetInt32();
        int e = s + exp.GetProperty("text").GetString()!.Length;
        return Get(item, "start") is { ValueKind: JsonValueKind.Number } fs && Get(item, "end") is { ValueKind: JsonValueKind.Number } fe
            && fs.GetInt32() < e && s < fe.GetInt32();
    }

    // A range's end: its value, or the same digits where it leaves some as X.
    private static bool DateOk(string? expected, string? found) =>
        NormDate(found) is { } v && expected is not null && (NormDate(expected) == v || XMatch(expected, v));

    private static bool DateOk(JsonElement exp, string? found)
    {
        string? v = NormDate(found);
        if (v is null)
        {
            return false;
        }
        var candidates = new[] { Str(exp, "value"), Str(exp, "past"), Str(exp, "future") }
            .Concat(Strings(exp, "alternatives")).Where(c => c is not null).Select(NormDate);
        if (candidates.Contains(v))
        {
            return true;
        }
        return new[] { Str(exp, "value") }.Concat(Strings(exp, "literal")).Any(p => XMatch(p, v));
    }

    // 09:42:00 is 09:42 where the text gives minutes.
    private static string? NormDate(string? v)
    {
        if (v is null)
        {
            return null;
        }
        v = v.Trim();
        return v.Length >= 9 && v.EndsWith(":00", StringComparison.Ordinal) && v[^9] == 'T' && char.IsAsciiDigit(v[^8]) && char.IsAsciiDigit(v[^7])
            && v[^6] == ':' && char.IsAsciiDigit(v[^5]) && char.IsAsciiDigit(v[^4]) ? v[..^3] : v;
    }

    // XXXX-10-02 matches 2016-10-02: X is any character, the rest must agree, same length.
    private static bool XMatch(string? pattern, string value) =>
        pattern is not null && pattern.Contains('X', StringComparison.Ordinal) && pattern.Length == value.Length
        && pattern.Zip(value).All(p => p.First == 'X' || p.First == p.Second);

    private static bool NumberOk(JsonElement expected, JsonElement? found)
    {
        if (found is not { ValueKind: JsonValueKind.Number or JsonValueKind.String } f || !TryNumber(f, out double value) || !TryNumber(expected, out double e))
        {
            return false;
        }
        return Math.Abs(value - e) <= 1e-9 * Math.Max(1.0, Math.Abs(e));
    }

    private static bool TryNumber(JsonElement e, out double value)
    {
        value = 0;
        return e.ValueKind == JsonValueKind.Number ? e.TryGetDouble(out value)
            : e.ValueKind == JsonValueKind.String && double.TryParse(e.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    private static IEnumerable<string?> Strings(JsonElement e, string name) =>
        Get(e, name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : null) : [];
}
