using System.Text;
using System.Text.Json;
using IncidentParsing.Numbers;

namespace IncidentParsing.Cli;

/// <summary>
/// <c>incident-parse numbers</c>: runs <see cref="NumberExpressionReader"/> over JSON Lines cases and writes
/// <c>{"id","found":[{"text","start","end","value"}]}</c>, offsets into the raw input. A two-sided range
/// adds <c>"rangeEnd"</c>; a vague number (数十, value = its lower reading) adds <c>"vague": true</c>.
/// </summary>
internal static class NumbersCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextReader stdin, TextWriter stdout)
    {
        var reader = new NumberExpressionReader();
        var reference = JsonLines.Reference(args);
        using var buffer = new MemoryStream();
        await foreach (var c in JsonLines.ReadAsync(stdin, reference))
        {
            buffer.SetLength(0);
            using (var w = new Utf8JsonWriter(buffer, JsonLines.WriterOptions))
            {
                Write(w, c.Id, c.Input, reader.ReadRaw(c.Input));
            }
            await stdout.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
        return CliApp.Ok;
    }

    private static void Write(Utf8JsonWriter w, string id, string input, IReadOnlyList<NumberExpression> found)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteStartArray("found");
        foreach (var m in found)
        {
            w.WriteStartObject();
            w.WriteString("text", input[m.Start..m.End]);
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            w.WriteNumber("value", m.Value);
            if (m.RangeEnd is { } rangeEnd)
            {
                w.WriteNumber("rangeEnd", rangeEnd);
            }
            if (m.IsVague)
            {
                w.WriteBoolean("vague", true);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
