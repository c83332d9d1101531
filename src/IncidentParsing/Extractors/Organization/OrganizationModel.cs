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

    // One weight per feature of the space; a feature the file does not weigh counts for nothing.
    private readonly double[] _weights;
    private readonly double _none;

    public OrganizationModel(IEnumerable<string[]> rows, FeatureSpace space)
    {
        _weights = new double[space.Count];
        foreach (var row in rows)
        {
            if (row is not [var feature, var value, ..] || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double w))
            {
                continue;
            }
            if (feature == None)
            {
                _none = w;
            }
            else if (feature == Threshold)
            {
                MinScore = w;
            }
            else if (space.IndexOf(feature) is int i and >= 0)
            {
                _weights[i] = w;
            }
        }
    }

    /// <summary>The least probability at which the best candidate is taken at all.</summary>
    public double MinScore { get; }

    /// <summary>
    /// The probability of each candidate (the rows of <paramref name="features"/>, <paramref name="scores"/> in the
    /// same order); returns the rest of the total: the probability that the organization is none of them.
    /// </summary>
    public double Score(ReadOnlySpan<double> features, int width, Span<double> scores)
    {
        // Subtract the largest exponent before exponentiating, so no weight overflows.
        double max = _none;
        for (int i = 0; i < scores.Length; i++)
        {
            var row = features.Slice(i * width, width);
            double z = 0;
            for (int f = 0; f < row.Length; f++)
            {
                z += _weights[f] * row[f];
            }
            scores[i] = z;
            max = Math.Max(max, z);
        }
        double none = Math.Exp(_none - max);
        double total = none;
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Exp(scores[i] - max);
            total += scores[i];
        }
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] /= total;
        }
        return none / total;
    }
}
