using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;

namespace IncidentParsing.Benchmarks;

/// <summary>Memory diagnoser, the MB/s column, and markdown reports for benchmarks/results/.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddColumn(new ThroughputColumn());
        AddDiagnoser(MemoryDiagnoser.Default);
        AddExporter(MarkdownExporter.GitHub);
        AddColumn(StatisticColumn.Median);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
