using IncidentParsing.Export;
using IncidentParsing.Model;
using Parquet;
using Parquet.Schema;

namespace IncidentParsing.Cli;

/// <summary>
/// <c>parquet</c>: one row per incident with the columns of <see cref="IncidentRow"/>; list columns are Parquet lists
/// of strings and the <c>…Day</c> columns DATE (null where the text gives no day), so DuckDB, pandas, Polars and Spark
/// read a corpus directly. The rows are written at the end, in one row group.
/// </summary>
/// <remarks>
/// Written column by column through Parquet.Net's low-level writer, each column's Parquet type chosen from its
/// property's type: no reflection over the row class at write time and no compiled expressions, so the native
/// (ahead-of-time compiled) tool writes the same bytes as the portable one.
/// </remarks>
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
            await WriteRowsAsync(rows, output, cancellationToken);
            return;
        }
        // A pipe or a device cannot seek, which the Parquet writer may need: the bytes are made first.
        using var buffer = new MemoryStream();
        await WriteRowsAsync(rows, buffer, cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static async Task WriteRowsAsync(List<IncidentRow> rows, Stream output, CancellationToken cancellationToken)
    {
        var columns = IncidentColumns.All;
        var fields = columns.Select(FieldOf).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, cancellationToken: cancellationToken);
        using var group = writer.CreateRowGroup();
        for (int i = 0; i < columns.Count; i++)
        {
            await WriteColumnAsync(group, fields[i], columns[i], rows, cancellationToken);
        }
        group.CompleteValidate();
    }

    private static Field FieldOf(IncidentColumns.Column column) => column.Type switch
    {
        var t when t == typeof(IReadOnlyList<string>) => new ListField(column.Name, new DataField<string>("element")),
        var t when t == typeof(string) => new DataField<string>(column.Name),
        var t when t == typeof(int) => new DataField<int>(column.Name),
        var t when t == typeof(bool) => new DataField<bool>(column.Name),
        var t when t == typeof(long?) => new DataField<long?>(column.Name),
        var t when t == typeof(bool?) => new DataField<bool?>(column.Name),
        var t when t == typeof(DateOnly?) => new DataField<DateOnly?>(column.Name),
        var t => throw new NotSupportedException($"no Parquet column for {column.Name} of type {t}"),
    };

    private static Task WriteColumnAsync(ParquetRowGroupWriter group, Field field, IncidentColumns.Column column, List<IncidentRow> rows,
        CancellationToken cancellationToken)
    {
        var type = column.Type;
        if (field is ListField list)
        {
            return WriteListAsync(group, (DataField)list.Item, rows.Select(r => (IReadOnlyList<string>)column.Value(r)!), cancellationToken);
        }
        var data = (DataField)field;
        return type switch
        {
            _ when type == typeof(string) => group.WriteAsync(data, rows.Select(r => (string?)column.Value(r)).ToArray()!, null),
            _ when type == typeof(int) => group.WriteAsync<int>(data, Values<int>(column, rows), null, null, cancellationToken),
            _ when type == typeof(bool) => group.WriteAsync<bool>(data, Values<bool>(column, rows), null, null, cancellationToken),
            _ when type == typeof(long?) => group.WriteAsync<long>(data, Values<long?>(column, rows), null, null, cancellationToken),
            _ when type == typeof(bool?) => group.WriteAsync<bool>(data, Values<bool?>(column, rows), null, null, cancellationToken),
            _ when type == typeof(DateOnly?) => group.WriteAsync<DateOnly>(data, Values<DateOnly?>(column, rows), null, null, cancellationToken),
            _ => throw new NotSupportedException($"no Parquet column for {column.Name} of type {type}"),
        };
    }

    private static T[] Values<T>(IncidentColumns.Column column, List<IncidentRow> rows) => rows.Select(r => (T)column.Value(r)!).ToArray();

    // A list of strings in Dremel levels: definition 3 for an item, 1 for an empty list (the list is there, without
    // items); repetition 0 opens a row's list, 1 continues it.
    private static Task WriteListAsync(ParquetRowGroupWriter group, DataField item, IEnumerable<IReadOnlyList<string>> lists,
        CancellationToken cancellationToken)
    {
        var values = new List<ReadOnlyMemory<char>>();
        var definitions = new List<int>();
        var repetitions = new List<int>();
        foreach (var items in lists)
        {
            if (items.Count == 0)
            {
                definitions.Add(1);
                repetitions.Add(0);
                continue;
            }
            for (int i = 0; i < items.Count; i++)
            {
                values.Add(items[i].AsMemory());
                definitions.Add(item.MaxDefinitionLevel);
                repetitions.Add(i == 0 ? 0 : 1);
            }
        }
        return group.WriteAllPartsAsync<ReadOnlyMemory<char>>(item, values.ToArray(), definitions.ToArray(), repetitions.ToArray(), cancellationToken);
    }
}
