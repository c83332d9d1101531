using System.Text;
using System.Text.Json;
using static IncidentParsing.Cli.Eval.JsonLookup;
using System.Text.RegularExpressions;

namespace IncidentParsing.Cli.Eval;

/// <summary>
/// Scores parsed incidents against hand-made gold files (the gold format: one JSON file per document, each notice
/// with <c>titleStartsWith</c> and the facets to compare, no offsets). Notices are paired by title; where a document
/// has one gold and one parsed notice left over, they are paired anyway and count against the title only.
/// The figures are those of the project's reference scorer: segmentation F1, accuracy of title, isIncident,
/// organization, published, leakStatus and affected, F1 of kinds, counts, fields, excludedFields, dates and reports,
/// and their mean as <c>overall</c>.
/// </summary>
internal sealed partial class GoldScore
{
    public static readonly string[] Accuracies = ["title", "isIncident", "organization", "published", "leakStatus", "affected"];
    public static readonly string[] SetScores = ["kinds", "counts", "fields", "excludedFields", "dates", "reports"];

    private readonly Prf _segmentation = new();
    private readonly Dictionary<string, Acc> _accuracy = Accuracies.ToDictionary(k => k, _ => new Acc());
    private readonly Dictionary<string, Prf> _sets = SetScores.ToDictionary(k => k, _ => new Prf());

    /// <summary>Documents scored (present in both the gold and the parse).</summary>
    public int Documents { get; private set; }

    /// <summary>What went wrong, notice by notice (missing notices; with detail, titles, organizations and dates).</summary>
    public List<string> Notes { get; } = [];

    public (double P, double R, double F1) Segmentation => _segmentation.F1();

    public double Accuracy(string facet) => _accuracy[facet].Value;

    public int Scored(string facet) => _accuracy[facet].N;

    public (double P, double R, double F1) Set(string facet) => _sets[facet].F1();

    /// <summary>The mean of segmentation F1, the six accuracies and the six F1s.</summary>
    public double Overall =>
        (Segmentation.F1 + Accuracies.Sum(Accuracy) + SetScores.Sum(k => Set(k).F1)) / (1 + Accuracies.Length + SetScores.Length);

    /// <summary>Scores <paramref name="parsed"/> (a JSON array of incidents, or one object) against every <c>*.json</c> in <paramref name="goldDirectory"/>.</summary>
    public static GoldScore Score(JsonElement parsed, string goldDirectory, bool detail = false)
    {
        var score = new GoldScore();
        var byDocument = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
        foreach (var incident in Incidents(parsed))
        {
            string document = Path.GetFileName(Str(Get(incident, "source"), "document") ?? "");
            if (!byDocument.TryGetValue(document, out var list))
            {
                byDocument[document] = list = [];
            }
            list.Add(incident);
        }
        foreach (string file in Directory.EnumerateFiles(goldDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllBytes(file));
            string document = Str(gold.RootElement, "document") ?? "";
            if (byDocument.TryGetValue(document, out var predicted))
            {
                score.Documents++;
                score.ScoreDocument(document, gold.RootElement.GetProperty("notices").EnumerateArray().ToList(), predicted, detail);
            }
        }
        return score;
    }

    private void ScoreDocument(string document, List<JsonElement> golds, List<JsonElement> predicted, bool detail)
    {
        var pairs = Align(golds, predicted);
        int matched = pairs.Count(p => p.Predicted is not null);
        _segmentation.Tp += matched;
        _segmentation.Fn += pairs.Count - matched;
        _segmentation.Fp += predicted.Count - matched;
        foreach (var (g, found, titled) in pairs)
        {
            string label = $"{document}:{Str(g, "casebookId") ?? ""}:{Str(g, "titleStartsWith")}";
            _accuracy["title"].Add(titled);
            if (found is not { } p)
            {
                Notes.Add($"MISSING {label}");
                continue;
            }
            if (!titled && detail)
            {
                Notes.Add($"TITLE {label}: got {Quote(Str(p, "title"))}");
            }
            _accuracy["isIncident"].Add(Bool(p, "isIncident") == Bool(g, "isIncident"));
            if (!Bool(g, "isIncident"))
            {
                continue;
            }
            ScoreIncident(label, g, p, detail);
        }
    }

    private void ScoreIncident(string label, JsonElement g, JsonElement p, bool detail)
    {
        var organizations = Strings(Get(g, "organization"));
        if (organizations.Count > 0)
        {
            bool ok = organizations.Select(Norm).Contains(Norm(Str(p, "organization")));
            _accuracy["organization"].Add(ok);
            if (!ok && detail)
            {
                Notes.Add($"ORG {label}: got {Quote(Str(p, "organization"))} want [{string.Join(", ", organizations.Select(Quote))}]");
            }
        }
        if (Str(g, "published") is { Length: > 0 } published)
        {
            _accuracy["published"].Add(Day(Str(p, "published")) == published);
        }
        if (Str(g, "leakStatus") is { Length: > 0 } status)
        {
            _accuracy["leakStatus"].Add(Str(p, "leakStatus") == status);
        }
        if (Get(g, "affected") is { ValueKind: JsonValueKind.Object } affected)
        {
            _accuracy["affected"].Add(Number(Get(Get(p, "affected"), "value")) == Number(Get(affected, "value")));
        }
        _sets["kinds"].Add(Strings(Get(p, "kinds")), Strings(Get(g, "kinds")));
        _sets["counts"].Add(Items(Get(p, "counts")).Select(c => Number(c.ValueKind == JsonValueKind.Object ? Get(c, "value") : c))
            .Where(v => v is not null).Select(v => ((long)v!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Items(Get(g, "counts")).Select(c => ((long)c.GetDouble()).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        _sets["fields"].Add(Categories(Get(p, "fields")), Strings(Get(g, "fields")));
        _sets["excludedFields"].Add(Categories(Get(p, "excludedFields")), Strings(Get(g, "excludedFields")));
        var predictedDates = PredictedDates(p);
        var goldDates = Strings(Get(g, "dates")).ToHashSet(StringComparer.Ordinal);
        _sets["dates"].Add(predictedDates, goldDates);
        if (detail && !predictedDates.SetEquals(goldDates))
        {
            Notes.Add($"DATES {label}: extra [{string.Join(", ", predictedDates.Except(goldDates).Order(StringComparer.Ordinal))}] "
                + $"missing [{string.Join(", ", goldDates.Except(predictedDates).Order(StringComparer.Ordinal))}]");
        }
        _sets["reports"].Add(Items(Get(p, "reports")).Select(r => $"{Str(r, "to")}|{Day(Str(r, "date"))}"),
            Items(Get(g, "reports")).Select(r => $"{Str(r, "to")}|{Str(r, "date")}"));
    }

    // Each gold notice takes the first unused parsed notice whose title starts with its titleStartsWith (or, for a
    // title of six characters or more, the other way round), unless their casebook ids differ.
    internal static List<(JsonElement Gold, JsonElement? Predicted, bool Titled)> Align(List<JsonElement> golds, List<JsonElement> predicted)
    {
        var used = new HashSet<int>();
        var pairs = new List<(JsonElement Gold, JsonElement? Predicted, bool Titled)>();
        foreach (var g in golds)
        {
            string key = Norm(Str(g, "titleStartsWith"));
            int match = -1;
            for (int i = 0; i < predicted.Count && match < 0; i++)
            {
                string t = Norm(Str(predicted[i], "title"));
                if (used.Contains(i) || key.Length == 0 || !(t.StartsWith(key, StringComparison.Ordinal) || (t.Length >= 6 && key.StartsWith(t, StringComparison.Ordinal))))
                {
                    continue;
                }
                if (Str(g, "casebookId") is { Length: > 0 } gid && Str(predicted[i], "casebookId") is { Length: > 0 } pid && gid != pid)
                {
                    continue;
                }
                match = i;
            }
            if (match >= 0)
            {
                used.Add(match);
            }
            pairs.Add((g, match >= 0 ? predicted[match] : null, match >= 0));
        }
        var left = Enumerable.Range(0, predicted.Count).Where(i => !used.Contains(i)).ToList();
        var missing = pairs.Select((pair, i) => (pair, i)).Where(x => x.pair.Predicted is null).ToList();
        if (left.Count == 1 && missing.Count == 1)
        {
            pairs[missing[0].i] = (missing[0].pair.Gold, predicted[left[0]], false);
        }
        return pairs;
    }

    private static HashSet<string> PredictedDates(JsonElement incident)
    {
        var dates = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? value)
        {
            if (Day(value) is { } d)
            {
                dates.Add(d);
            }
        }
        foreach (var e in Items(Get(incident, "timeline")))
        {
            Add(Str(e, "date"));
            Add(Str(e, "rangeEnd"));
        }
        Add(Str(incident, "published"));
        Add(Str(Get(incident, "exposurePeriod"), "from"));
        Add(Str(Get(incident, "exposurePeriod"), "until"));
        foreach (var r in Items(Get(incident, "reports")))
        {
            Add(Str(r, "date"));
        }
        return dates;
    }

    private static IEnumerable<string> Categories(JsonElement? items) =>
        Items(items).Select(f => f.ValueKind == JsonValueKind.Object ? Str(f, "category") : f.ValueKind == JsonValueKind.String ? f.GetString() : null)
            .Where(c => !string.IsNullOrEmpty(c))!;

    private static IEnumerable<JsonElement> Incidents(JsonElement parsed) => parsed.ValueKind switch
    {
        JsonValueKind.Array => parsed.EnumerateArray(),
        JsonValueKind.Object when Get(parsed, "incidents") is { ValueKind: JsonValueKind.Array } list => list.EnumerateArray(),
        JsonValueKind.Object => [parsed],
        _ => [],
    };

    // NFKC, whitespace removed: titles and names compare as a reader reads them.
    private static string Norm(string? s) => s is null ? "" : Whitespace().Replace(s.Normalize(NormalizationForm.FormKC), "");

    // An ISO value at its own precision with the time dropped (2024-08-09T18:42 → 2024-08-09); null for anything else.
    private static string? Day(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        string d = value.Split('T')[0];
        return IsoDate().IsMatch(d) ? d : null;
    }

    private static bool Bool(JsonElement e, string name) => Get(e, name) is { ValueKind: JsonValueKind.True };

    private static double? Number(JsonElement? e) => e is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : null;

    private static IEnumerable<JsonElement> Items(JsonElement? e) => e is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];

    private static List<string> Strings(JsonElement? e) =>
        Items(e).Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList();

    private static string Quote(string? s) => s is null ? "None" : $"'{s}'";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex IsoDate();

    private sealed class Prf
    {
        public int Tp { get; set; }

        public int Fp { get; set; }

        public int Fn { get; set; }

        public void Add(IEnumerable<string> predicted, IEnumerable<string> gold)
        {
            var p = predicted.ToHashSet(StringComparer.Ordinal);
            var g = gold.ToHashSet(StringComparer.Ordinal);
            Tp += p.Count(g.Contains);
            Fp += p.Count(x => !g.Contains(x));
            Fn += g.Count(x => !p.Contains(x));
        }

        public (double P, double R, double F1) F1()
        {
            double p = Tp + Fp > 0 ? (double)Tp / (Tp + Fp) : 1.0;
            double r = Tp + Fn > 0 ? (double)Tp / (Tp + Fn) : 1.0;
            return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
        }
    }

    private sealed class Acc
    {
        public int Ok { get; private set; }

        public int N { get; private set; }

        public double Value => N > 0 ? (double)Ok / N : 1.0;

        public void Add(bool ok)
        {
            N++;
            Ok += ok ? 1 : 0;
        }
    }
}
