using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using IncidentParsing.Model;

namespace IncidentParsing.Cli;

/// <summary>The JSON Lines shape shared by <c>dates</c> and <c>numbers</c>: <c>{"id","input","reference"?}</c> in, <c>{"id","found":[…]}</c> out.</summary>
internal static class JsonLines
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>One input line: id, text, and an optional reference date.</summary>
    public readonly record struct Case(string Id, string Input, JapaneseDate? Reference);

    /// <summary>Reads every case; a line that is not a JSON object with an input is skipped with a message on stderr.</summary>
    public static async IAsyncEnumerable<Case> ReadAsync(TextReader reader, JapaneseDate? defaultReference)
    {
        string? line;
        int n = 0;
        while ((line = await reader.ReadLineAsync()) is not null)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            Case? c = null;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                string id = root.TryGetProperty("id", out var idEl) ? idEl.ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                string input = root.TryGetProperty("input", out var inEl) && inEl.ValueKind == JsonValueKind.String ? inEl.GetString()! : "";
                JapaneseDate? reference = defaultReference;
                if (root.TryGetProperty("reference", out var refEl) && refEl.ValueKind == JsonValueKind.String
                    && JapaneseDate.TryParseIso(refEl.GetString(), out var r))
                {
                    reference = r;
                }
                c = new Case(id, input, reference);
            }
            catch (JsonException)
            {
                await Console.Error.WriteLineAsync($"incident-parse: line {n} is not JSON; skipped");
            }
            if (c is { } value)
            {
                yield return value;
            }
        }
    }

    /// <summary>Parses <c>--reference</c>.</summary>
    public static JapaneseDate? Reference(CliArguments args)
    {
        string? s = args["reference"];
        if (s is null)
        {
            return null;
        }
        return JapaneseDate.TryParseIso(s, out var d) && d.Precision == DatePrecision.Day
            ? d
            : throw new CliUsageException($"--reference must be YYYY-MM-DD, not '{s}'");
    }
}
