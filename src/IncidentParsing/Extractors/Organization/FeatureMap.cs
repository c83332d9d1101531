using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace IncidentParsing.Extractors.Organization;

/// <summary>
/// A candidate's features by name, as <see cref="Model.OrganizationCandidate.Features"/> shows them: the features it
/// has and their values, kept as two small arrays over the extractor's <see cref="FeatureSpace"/> (a candidate is
/// kept with every incident, so it stays small).
/// </summary>
internal sealed class FeatureMap : IReadOnlyDictionary<string, double>
{
    private readonly FeatureSpace _space;
    private readonly int[] _features;
    private readonly double[] _values;

    /// <summary>The features of <paramref name="row"/> that are set, and <paramref name="always"/> even where it is zero.</summary>
    public FeatureMap(FeatureSpace space, ReadOnlySpan<double> row, int always)
    {
        _space = space;
        int n = 0;
        for (int f = 0; f < row.Length; f++)
        {
            n += row[f] != 0 || f == always ? 1 : 0;
        }
        _features = new int[n];
        _values = new double[n];
        n = 0;
        for (int f = 0; f < row.Length; f++)
        {
            if (row[f] != 0 || f == always)
            {
                _features[n] = f;
                _values[n++] = row[f];
            }
        }
    }

    public int Count => _features.Length;

    public IEnumerable<string> Keys => _features.Select(f => _space[f]);

    public IEnumerable<double> Values => _values;

    public double this[string key] => TryGetValue(key, out double value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        int f = _space.IndexOf(key);
        int at = f < 0 ? -1 : Array.IndexOf(_features, f);
        value = at < 0 ? 0 : _values[at];
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (int i = 0; i < _features.Length; i++)
        {
            yield return new KeyValuePair<string, double>(_space[_features[i]], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
