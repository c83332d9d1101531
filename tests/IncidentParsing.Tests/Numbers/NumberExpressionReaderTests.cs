using IncidentParsing.Numbers;

namespace IncidentParsing.Tests.Numbers;

public sealed class NumberExpressionReaderTests
{
    private static readonly NumberExpressionReader Reader = new();

    [Theory]
    [InlineData("４分の３", 0.75)]
    [InlineData("答えは五分の二です", 0.4)]
    [InlineData("3/5", 0.6)]
    [InlineData("1と4分の1", 1.25)]
    [InlineData("マイナス一と二分の一", -1.5)]
    [InlineData("1 3/5", 1.6)]
    [InlineData("１００億分の１", 1e-10)]
    public void Reads_fractions(string input, double value)
    {
        var e = Assert.Single(Reader.ReadRaw(input));
        Assert.Equal(NumberExpressionKind.Fraction, e.Kind);
        Assert.Equal((decimal)value, e.Value, 12);
    }

    [Theory]
    [InlineData("2^5", 32)]
    [InlineData("2e5", 200000)]
    [InlineData("-12e-1", -1.2)]
    [InlineData("2.5^-1", 0.4)]
    [InlineData("12.32×10の14乗", 1232000000000000)]
    [InlineData("３ダース", 36)]
    [InlineData("40k", 40000)]
    [InlineData("1.2M", 1200000)]
    public void Reads_powers_and_suffixes(string input, double value)
    {
        var e = Assert.Single(Reader.ReadRaw(input));
        Assert.Equal((decimal)value, e.Value, 9);
    }

    [Theory]
    [InlineData("20から100未満", 20, 100)]
    [InlineData("100以上300以下", 100, 300)]
    [InlineData("1000以上、1500以下", 1000, 1500)]
    [InlineData("20~100個", 20, 100)]
    [InlineData("20と30の間", 20, 30)]
    [InlineData("50以下20以上", 20, 50)]
    [InlineData("100より大きく300より小さい", 100, 300)]
    public void Joins_two_sided_ranges(string input, long low, long high)
    {
        var e = Assert.Single(Reader.ReadRaw(input));
        Assert.Equal(NumberExpressionKind.Range, e.Kind);
        Assert.Equal(low, e.Value);
        Assert.Equal(high, e.RangeEnd);
    }

    [Theory]
    [InlineData("2024/8/9")]
    [InlineData("03-1234-5678")]
    [InlineData("300と200は2つの数")]
    [InlineData("10より大きくyは20より小さい")]
    public void Leaves_dates_phone_numbers_and_lists_alone(string input)
    {
        Assert.DoesNotContain(Reader.ReadRaw(input), e => e.Kind is NumberExpressionKind.Range or NumberExpressionKind.Fraction);
    }
}
