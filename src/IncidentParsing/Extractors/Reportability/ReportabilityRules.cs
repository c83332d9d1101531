using IncidentParsing.Lexicons;
using IncidentParsing.Model;

namespace IncidentParsing.Extractors.Reportability;

/// <summary>What a ground's conditions are asked of: an incident's facets, as parsed or as a gold file states them.</summary>
internal interface IGroundFacts
{
    /// <summary>The organization's regime, or null.</summary>
    string? Regime { get; }

    /// <summary>The headline count, or null.</summary>
    long? Affected { get; }

    bool HasField(FieldCategory category);

    bool HasKind(IncidentKind kind);

    /// <summary>True when the notice says <paramref name="phrase"/>.</summary>
    bool Says(string phrase);
}

/// <summary>One row of the grounds table: a reporting event, the conditions that make it hold, and its article.</summary>
internal sealed record GroundRule(string Code, FieldCategory[] Fields, IncidentKind? Kind, long? MoreThan, string? Regime, string? Phrase, string Rule)
{
    /// <summary>True when every condition of the row holds on <paramref name="facts"/> (a struct, so no boxing).</summary>
    public bool HoldsOn<TFacts>(in TFacts facts) where TFacts : struct, IGroundFacts
    {
        if (Regime is not null && Regime != facts.Regime)
        {
            return false;
        }
        foreach (var category in Fields)
        {
            if (!facts.HasField(category))
            {
                return false;
            }
        }
        return (Kind is not { } kind || facts.HasKind(kind))
            && (MoreThan is not { } threshold || facts.Affected > threshold)
            && (Phrase is not { } phrase || facts.Says(phrase));
    }
}

/// <summary>The rules of <c>reportability.tsv</c> (or the caller's table that replaces it), read once.</summary>
internal sealed class ReportabilityRules
{
    public ReportabilityRules(IReadOnlyList<string[]> rows)
    {
        var grounds = new List<GroundRule>();
        var regimes = new List<(string Regime, string How, string Word)>();
        var encrypted = new List<string>();
        var leaked = new HashSet<IncidentKind>();
        foreach (var row in rows)
        {
            switch (row[0])
            {
                case "ground" when row.Length >= 4:
                    grounds.Add(Ground(row));
                    break;
                case "regime" when row.Length >= 4:
                    regimes.AddRange(row[3].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (row[1], row[2], w)));
                    break;
                case "exception" when row.Length >= 3 && row[1] == "encrypted":
                    encrypted.Add(row[2]);
                    break;
                case "leaked-kinds" when row.Length >= 2:
                    leaked.UnionWith(row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ContractCode<IncidentKind>.Parse));
                    break;
            }
        }
        Grounds = grounds;
        Regimes = regimes;
        EncryptionPhrases = encrypted;
        LeakedKinds = leaked;
    }

    /// <summary>The grounds, in table order.</summary>
    public IReadOnlyList<GroundRule> Grounds { get; }

    /// <summary>How a name tells its regime: (regime, prefix|suffix|contains, word).</summary>
    public IReadOnlyList<(string Regime, string How, string Word)> Regimes { get; }

    /// <summary>Words saying the data was strongly encrypted.</summary>
    public IReadOnlyList<string> EncryptionPhrases { get; }

    /// <summary>Kinds in which data went astray whatever the notice says of leaking.</summary>
    public IReadOnlySet<IncidentKind> LeakedKinds { get; }

    /// <summary>The regime of an organization named <paramref name="name"/>: the first row that matches, else <c>business</c>.</summary>
    public string RegimeOf(string name)
    {
        foreach (var (regime, how, word) in Regimes)
        {
            bool match = how switch
            {
                "prefix" => name.StartsWith(word, StringComparison.Ordinal),
                "suffix" => name.EndsWith(word, StringComparison.Ordinal),
                _ => name.Contains(word, StringComparison.Ordinal),
            };
            if (match)
            {
                return regime;
            }
        }
        return "business";
    }

    // ground <code> <condition>… <rule>: the columns between the code and the rule are conditions.
    private static GroundRule Ground(string[] row)
    {
        FieldCategory[] fields = [];
        IncidentKind? kind = null;
        long? moreThan = null;
        string? regime = null, phrase = null;
        foreach (string condition in row[2..^1])
        {
            if (condition.StartsWith("field:", StringComparison.Ordinal))
            {
                fields = condition["field:".Length..].Split('+').Select(ContractCode<FieldCategory>.Parse).ToArray();
            }
            else if (condition.StartsWith("kind:", StringComparison.Ordinal))
            {
                kind = ContractCode<IncidentKind>.Parse(condition["kind:".Length..]);
            }
            else if (condition.StartsWith("affected>", StringComparison.Ordinal))
            {
                moreThan = long.Parse(condition["affected>".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (condition.StartsWith("regime:", StringComparison.Ordinal))
            {
                regime = condition["regime:".Length..];
            }
            else if (condition.StartsWith("text:", StringComparison.Ordinal))
            {
                phrase = condition["text:".Length..];
            }
            else
            {
                throw new FormatException($"reportability rules: '{condition}' is no condition (field:, kind:, affected>, regime:, text:)");
            }
        }
        return new GroundRule(row[1], fields, kind, moreThan, regime, phrase, row[^1]);
    }
}
