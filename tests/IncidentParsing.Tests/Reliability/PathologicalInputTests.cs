using System.Diagnostics;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Reliability;

/// <summary>
/// Inputs built to trip backtracking or quadratic scans. Each must parse, keep spans inside, and take
/// time that grows linearly: doubling the input may at most ~2.5× the time (a complexity check, not a speed claim).
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    public static TheoryData<string> Shapes => ["brackets", "year-line", "commas", "eras", "digits", "headers", "blank-lines"];

    private static string Build(string shape, int size) => shape switch
    {
        "brackets" => new string('(', size / 2) + new string(')', size / 2),
        "year-line" => new string('年', size),
        "commas" => string.Concat(Enumerable.Repeat("1,", size / 2)),
        "eras" => string.Concat(Enumerable.Repeat("令和", size / 2)),
        "digits" => string.Concat(Enumerable.Repeat("2024年12月31日", size / 11)),
        "headers" => string.Concat(Enumerable.Repeat("【セキュリティ事件簿#2024-1】a\n", size / 22)),
        _ => string.Concat(Enumerable.Repeat("個人情報の流出について\n\n\n", size / 15)),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Parses_in_linear_time(string shape)
    {
        const int size = 1 << 19;
        var small = Build(shape, size);
        var large = Build(shape, size * 2);
        SpanInvariants.AssertInside(small, Parser.Parse(small).Incidents);
        // The machine is shared (CI, other builds): a quadratic scan fails every attempt, load noise does not.
        string report = "";
        for (int attempt = 0; attempt < 3; attempt++)
        {
            double t1 = Fastest(small);
            double t2 = Fastest(large);
            report += $" {t1:F1} ms for {small.Length} chars, {t2:F1} ms for {large.Length};";
            // Below a few tens of milliseconds the load of a shared 2-core machine (the rest of the suite runs in
            // parallel) dominates; a quadratic scan of a million characters takes minutes, so only a real slope fails.
            if (t2 <= Math.Max(2.5 * t1, 100))
            {
                return;
            }
        }
        Assert.Fail($"{shape}:{report}");
    }

    [Fact]
    public void Deeply_nested_brackets_do_not_overflow_the_stack()
    {
        string input = new string('(', 100_000) + "2024年1月1日" + new string(')', 100_000) + "\n" + new string('【', 100_000);
        SpanInvariants.AssertInside(input, Parser.Parse(input).Incidents);
    }

    private static double Fastest(string input)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var sw = Stopwatch.StartNew();
            Parser.Parse(input);
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
