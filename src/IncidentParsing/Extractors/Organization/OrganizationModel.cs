using System.Collections.Frozen;
using System.Globalization;

namespace IncidentParsing.Extractors.Organization;

/// <summary>
/// The weights of the organization model (<c>organization-weights.tsv</c>, written by
/// <c>tools/fit-organization.py</c>): a conditional logit over one notice's candidates and "none of them". A
/// candidate weighs <c>e^(sum of weight * feature)</c>, and the notice's own facts (its kind, whether it lists many
/// organizations) are features of every candidate, so they move all candidates against "none", which weighs
/// <c>e^none</c>. A candidate's score is its share of the total: the probability that it is the organization.
/// </summary>
internal sealed class OrganizationModel
{
    private const string None = "none";
    private const string Threshold = "threshold";

    private readonly FrozenDictionary<string, double> _weights;
    private readonly double _none;

    public OrganizationModel(IEnumerable<string[]> rows)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row is [var feature, var value, ..] && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double w))
            {
                weights[feature] = w;
            }
        }
        _none = weights.GetValueOrDefault(None);
        MinScore = weights.GetValueOrDefault(Threshold);
        weights.Remove(None);
        weights.Remove(Threshold);
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The least probability at which the best candidate is taken at all.</summary>
    public double MinScore { get; }

    /// <summary>
    /// The probability of each candidate, in <paramref name="scores"/> in the same order; the rest of the total is
    /// the probability that the notice names its organization nowhere among them. Returns that rest.
    /// </summary>
    public double Score(IReadOnlyList<IReadOnlyDictionary<string, double>> candidates, double[] scores)
    {
        // Subtract the largest exponent before exponentiating, so no weight overflows.
        double max = _none;
        for (int i = 0; i < candidates.Count; i++)
        {
            double z = 0;
            foreach (var (feature, value) in candidates[i])
            {
                z += _weights.GetValueOrDefault(feature) * value;
            }
            scores[i] = z;
            max = Math.Max(max, z);
        }
        double none = Math.Exp(_none - max);
        double total = none;
        for (int i = 0; i < candidates.Count; i++)
        {
            scores[i] = Math.Exp(scores[i] - max);
            total += scores[i];
        }
        for (int i = 0; i < candidates.Count; i++)
        {
            scores[i] /= total;
        }
        return none / total;
    }
}
