using System.Text;
using IncidentParsing.Model;

namespace IncidentParsing.Export.Formats;

/// <summary>
/// <c>csv</c> (RFC 4180): a header row, then one row per incident with the columns of <see cref="IncidentRow"/>. The text
/// starts with a byte order mark, so spreadsheet tools that guess the encoding read the Japanese as UTF-8.
/// </summary>
internal sealed class CsvFormat : IncidentFormat
{
    public override string Name => "csv";

    public override async Task WriteAsync(Stream output, IAsyncEnumerable<Incident> incidents, Func<Incident, string?>? documentText = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(incidents);
        // The writer passes its buffer on to the stream whenever it fills: rows never pile up in memory.
        await using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        IncidentCsv.WriteHeader(text);
        await foreach (var incident in incidents.WithCancellation(cancellationToken))
        {
            IncidentCsv.WriteRow(text, IncidentTable.ToRow(incident));
        }
        await text.FlushAsync(cancellationToken);
    }
}
