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
        var columns = IncidentColumns.All.Select(ColumnOf).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => c.Field)), output, cancellationToken: cancellationToken);
        using var group = writer.CreateRowGroup();
        foreach (var column in columns)
        {
            await column.Write(group, rows, cancellationToken);
        }
        group.CompleteValidate();
    }

    // A column's Parquet field, chosen from its property's type, and how its values are written: one case per type.
    private static (Field Field, Func<ParquetRowGroupWriter, List<IncidentRow>, CancellationToken, Task> Write) ColumnOf(IncidentColumns.Column column)
    {
        var type = column.Type;
        string name = column.Name;
        T[] Values<T>(List<IncidentRow> rows) => rows.Select(r => (T)column.Value(r)!).ToArray();
        if (type == typeof(IReadOnlyList<string>))
        {
            var item = new DataField<string>("element");
            return (new ListField(name, item), (g, rows, ct) => WriteListAsync(g, item, Values<IReadOnlyList<string>>(rows), ct));
        }
        return type switch
        {
            _ when type == typeof(string) => With(new DataField<string>(name), (g, f, rows, _) => g.WriteAsync(f, rows.Select(r => (string?)column.Value(r)).ToArray()!, null)),
            _ when type == typeof(int) => With(new DataField<int>(name), (g, f, rows, ct) => g.WriteAsync<int>(f, Values<int>(rows), null, null, ct)),
            _ when type == typeof(bool) => With(new DataField<bool>(name), (g, f, rows, ct) => g.WriteAsync<bool>(f, Values<bool>(rows), null, null, ct)),
            _ when type == typeof(long?) => With(new DataField<long?>(name), (g, f, rows, ct) => g.WriteAsync<long>(f, Values<long?>(rows), null, null, ct)),
            _ when type == typeof(bool?) => With(new DataField<bool?>(name), (g, f, rows, ct) => g.WriteAsync<bool>(f, Values<bool?>(rows), null, null, ct)),
            _ when type == typeof(DateOnly?) => With(new DataField<DateOnly?>(name), (g, f, rows, ct) => g.WriteAsync<DateOnly>(f, Values<DateOnly?>(rows), null, null, ct)),
            _ => throw new NotSupportedException($"no Parquet column for {name} of type {type}"),
        };
    }

    private static (Field, Func<ParquetRowGroupWriter, List<IncidentRow>, CancellationToken, Task>) With(
        DataField field, Func<ParquetRowGroupWriter, DataField, List<IncidentRow>, CancellationToken, Task> write) =>
        (field, (group, rows, cancellationToken) => write(group, field, rows, cancellationToken));

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
