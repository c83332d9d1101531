using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace IncidentParsing.Extractors.Organization;

/// <summary>
/// A candidate's features by name, as <see cref="Model.OrganizationCandidate.Features"/> shows them: the features it
/// has and their values, over the extractor's <see cref="FeatureSpace"/>. A candidate is kept with every incident, so
/// it stays small: nearly every feature is 0 or 1, so the map keeps the indices of those set, and values only for the
/// one feature that always has its own (recurrence) and for any other that is not 1.
/// </summary>
internal sealed class FeatureMap : IReadOnlyDictionary<string, double>
{
    private readonly FeatureSpace _space;
    private readonly ushort[] _features;
    // Values where they are not 1, by position in _features; null when every set feature is 1 but the always one.
    private readonly double[]? _values;
    private readonly int _always;
    private readonly double _alwaysValue;

    /// <summary>The features of <paramref name="row"/> that are set, and <paramref name="always"/> even where it is zero.</summary>
    public FeatureMap(FeatureSpace space, ReadOnlySpan<double> row, int always)
    {
        _space = space;
        _always = always;
        _alwaysValue = always >= 0 && always < row.Length ? row[always] : 0;
        int n = 0;
        bool binary = true;
        for (int f = 0; f < row.Length; f++)
        {
            if (row[f] != 0 || f == always)
            {
                n++;
                binary &= f == always || row[f] == 1;
            }
        }
        _features = new ushort[n];
        _values = binary ? null : new double[n];
        n = 0;
        for (int f = 0; f < row.Length; f++)
        {
            if (row[f] != 0 || f == always)
            {
                if (_values is not null)
                {
                    _values[n] = row[f];
                }
                _features[n++] = checked((ushort)f);
            }
        }
    }

    public int Count => _features.Length;

    public IEnumerable<string> Keys => _features.Select(f => _space[f]);

    public IEnumerable<double> Values => Enumerable.Range(0, _features.Length).Select(ValueAt);

    public double this[string key] => TryGetValue(key, out double value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        int f = _space.IndexOf(key);
        int at = f < 0 ? -1 : Array.IndexOf(_features, (ushort)f);
        value = at < 0 ? 0 : ValueAt(at);
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (int i = 0; i < _features.Length; i++)
        {
            yield return new KeyValuePair<string, double>(_space[_features[i]], ValueAt(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private double ValueAt(int at) => _values is not null ? _values[at] : _features[at] == _always ? _alwaysValue : 1;
}
