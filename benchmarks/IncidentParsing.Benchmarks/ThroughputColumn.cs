using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace IncidentParsing.Benchmarks;

/// <summary>Declares how many UTF-8 bytes of input one invocation of a benchmark reads.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InputBytesAttribute(string staticMethod) : Attribute
{
    /// <summary>A static method of the benchmark class: <c>long M(string benchmarkMethod, string parameters)</c>.</summary>
    public string StaticMethod { get; } = staticMethod;
}

/// <summary>A column with input megabytes (10^6 bytes of UTF-8) read per second, from the mean time.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => "MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (UTF-8, 10^6 bytes) parsed per second, from the mean";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        long bytes = InputBytes(benchmarkCase);
        if (stats is null || bytes <= 0)
        {
            return "-";
        }
        double seconds = stats.Mean / 1e9;
        return (bytes / seconds / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long InputBytes(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        var attr = type.GetCustomAttribute<InputBytesAttribute>();
        var method = attr is null ? null : type.GetMethod(attr.StaticMethod, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        if (method is null)
        {
            return 0;
        }
        string parameters = string.Join(",", benchmarkCase.Parameters.Items.Select(p => $"{p.Name}={p.Value}"));
        return (long)method.Invoke(null, [benchmarkCase.Descriptor.WorkloadMethod.Name, parameters])!;
    }
}
