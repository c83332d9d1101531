using IncidentParsing.Extractors.Organization;

namespace IncidentParsing.Tests.Organization;

/// <summary>A candidate's features as the API shows them: the set ones with their values, from a compact store.</summary>
public sealed class FeatureMapTests
{
    private static readonly FeatureSpace Space = new(["contractor", "reporter"]);

    [Fact]
    public void Binary_features_read_as_one_and_the_always_feature_keeps_its_value_even_at_zero()
    {
        var row = new double[Space.Count];
        row[Space["contractor"]] = 1;
        row[Space.Line] = 1;
        var map = new FeatureMap(Space, row, Space.Recurs);
        Assert.Equal(3, map.Count);
        Assert.Equal(1, map["contractor"]);
        Assert.Equal(1, map["line"]);
        Assert.Equal(0, map["recurs"]); // shown although zero
        Assert.False(map.ContainsKey("reporter"));
        Assert.Throws<KeyNotFoundException>(() => map["reporter"]);
        Assert.Equal(map.Keys.Zip(map.Values), map.Select(p => (p.Key, p.Value)));

        row[Space.Recurs] = 1.3863;
        Assert.Equal(1.3863, new FeatureMap(Space, row, Space.Recurs)["recurs"]);
    }

    [Fact]
    public void A_value_other_than_one_is_kept_as_it_is()
    {
        var row = new double[Space.Count];
        row[Space["reporter"]] = 0.5;
        row[Space["contractor"]] = 1;
        var map = new FeatureMap(Space, row, Space.Recurs);
        Assert.Equal(0.5, map["reporter"]);
        Assert.Equal(1, map["contractor"]);
        Assert.Equal(new Dictionary<string, double> { ["contractor"] = 1, ["reporter"] = 0.5, ["recurs"] = 0 }, map.ToDictionary());
    }
}
