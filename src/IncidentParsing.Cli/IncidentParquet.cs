using IncidentParsing.Export;
using IncidentParsing.Model;
using Parquet.Serialization;

namespace IncidentParsing.Cli;

/// <summary>
/// <c>parquet</c>: one row per incident with the columns of <see cref="IncidentRow"/>; list columns are Parquet lists
/// of strings and the <c>…Day</c> columns DATE (null where the text gives no day), so DuckDB, pandas, Polars and Spark
/// read a corpus directly. The rows are written at the end, in one row group.
/// </summary>
internal sealed class IncidentParquet : IncidentFormat
{
    public override string Name => "parquet";

    public override bool IsBinary => true;

    public override async Task WriteAsync(Stream output, IAsyncEnumerable<Incident> incidents, Func<Incident, string?>? documentText = null,
        CancellationToken cancellationToken = default)
    {
        var rows = new List<IncidentRow>();
        await foreach (var incident in incidents.WithCancellation(cancellationToken))
        {
            rows.Add(IncidentRow.From(incident));
        }
        if (output.CanSeek)
        {
            await ParquetSerializer.SerializeAsync(rows, output, cancellationToken: cancellationToken);
            return;
        }
        // A pipe or a device cannot seek, which the Parquet writer may need: the bytes are made first.
        using var buffer = new MemoryStream();
        await ParquetSerializer.SerializeAsync(rows, buffer, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }
}
