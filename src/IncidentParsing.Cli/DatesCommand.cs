using System.Text.Json;
using IncidentParsing.Dates;

namespace IncidentParsing.Cli;

/// <summary><c>incident-parse dates</c>: runs the date recognizer over JSON Lines cases.</summary>
internal static class DatesCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextReader stdin, TextWriter stdout)
    {
        var reference = JsonLines.Reference(args);
        var recognizer = JapaneseDateRecognizer.Default;
        var buffer = new MemoryStream();
        await foreach (var c in JsonLines.ReadAsync(stdin, reference))
        {
            // The recognizer takes the input as written (full-width digits and all) and gives offsets into it.
            var mentions = recognizer.Recognize(c.Input, c.Reference);
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, JsonLines.WriterOptions))
            {
                json.WriteStartObject();
                json.WriteString("id", c.Id);
                json.WriteStartArray("found");
                foreach (var m in mentions)
                {
                    var span = m.Span;
                    json.WriteStartObject();
                    json.WriteString("text", c.Input.AsSpan(span.Start, span.Length));
                    json.WriteNumber("start", span.Start);
                    json.WriteNumber("end", span.End);
                    json.WriteString("value", m.ValueIso);
                    if (m.RangeEndIso is { } end)
                    {
                        json.WriteString("rangeEnd", end);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            await stdout.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
        return CliApp.Ok;
    }
}
