using System.Text.Json;
using IncidentParsing.Json;
using IncidentParsing.Model;

namespace IncidentParsing.Export.Formats;

/// <summary><c>json</c>: one indented array; <c>jsonl</c>: one compact incident per line. Both written as they come.</summary>
internal sealed class JsonFormat(bool lines) : IncidentFormat
{
    // Flushed to the stream past this many bytes, so a corpus of any size is never held in memory.
    private const int FlushAt = 1 << 16;
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public override string Name => lines ? "jsonl" : "json";

    public override async Task WriteAsync(Stream output, IAsyncEnumerable<Incident> incidents, Func<Incident, string?>? documentText = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(incidents);
        var context = lines ? IncidentJson.Compact : IncidentJson.Indented;
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = !lines, Encoder = context.Options.Encoder });
        if (!lines)
        {
            json.WriteStartArray();
        }
        await foreach (var incident in incidents.WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(json, incident, context.Incident);
            if (lines)
            {
                // Each object ends a line; the writer is reset so that no separator comma is written.
                await json.FlushAsync(cancellationToken);
                await output.WriteAsync(NewLine, cancellationToken);
                json.Reset();
            }
            else if (json.BytesPending >= FlushAt)
            {
                await json.FlushAsync(cancellationToken);
            }
        }
        if (!lines)
        {
            json.WriteEndArray();
            await json.FlushAsync(cancellationToken);
            await output.WriteAsync(NewLine, cancellationToken);
        }
        await output.FlushAsync(cancellationToken);
    }
}
