using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using IncidentParsing.Json;
using IncidentParsing.Model;

namespace IncidentParsing.Cli;

/// <summary>
/// Writes <c>json</c> (one array) or <c>jsonl</c> incident by incident as they are parsed, so a corpus of any
/// size never has to be held in memory. To <c>--output</c> it writes a temporary file renamed at the end.
/// </summary>
internal sealed class StreamingJsonOutput : IAsyncDisposable
{
    private const int FlushAt = 1 << 16;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushAt * 2);
    private readonly Utf8JsonWriter _json;
    private readonly bool _lines;
    private readonly TextWriter? _stdout;
    private readonly FileStream? _file;
    private readonly OutputTarget? _target;
    private bool _committed;

    private StreamingJsonOutput(bool lines, TextWriter? stdout, string? target)
    {
        _lines = lines;
        _stdout = stdout;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = !lines,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        });
        if (target is not null)
        {
            _target = OutputTarget.Of(target);
            _file = _target.Open(FlushAt);
        }
        if (!lines)
        {
            _json.WriteStartArray();
        }
    }

    /// <summary>True for the formats this writer streams.</summary>
    public static bool Handles(string format) => format is "json" or "jsonl";

    public static StreamingJsonOutput Open(string format, string? output, TextWriter stdout) =>
        new(format == "jsonl", output is null || output == "-" ? stdout : null, output is null || output == "-" ? null : output);

    public async ValueTask WriteAsync(Incident incident)
    {
        var info = (_lines ? IncidentJson.Compact : IncidentJson.Indented).Incident;
        JsonSerializer.Serialize(_json, incident, info);
        _json.Flush();
        if (_lines)
        {
            // Each object ends a line; the writer itself is reset so no separator comma is written.
            _buffer.Write("\n"u8);
            _json.Reset(_buffer);
        }
        if (_buffer.WrittenCount >= FlushAt)
        {
            await DrainAsync();
        }
    }

    /// <summary>Closes the array and, for a file, renames it into place.</summary>
    public async ValueTask CommitAsync()
    {
        if (!_lines)
        {
            _json.WriteEndArray();
            _json.Flush();
            _buffer.Write("\n"u8);
        }
        await DrainAsync();
        if (_file is not null)
        {
            await _file.FlushAsync();
            await _file.DisposeAsync();
            _target!.Commit();
        }
        else
        {
            await _stdout!.FlushAsync();
        }
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync();
        if (_file is not null && !_committed)
        {
            await _file.DisposeAsync();
            _target!.Abandon();
        }
    }

    private async ValueTask DrainAsync()
    {
        if (_buffer.WrittenCount == 0)
        {
            return;
        }
        if (_file is not null)
        {
            await _file.WriteAsync(_buffer.WrittenMemory);
        }
        else
        {
            // The buffer always ends after a whole incident, so no UTF-8 sequence is cut in two.
            await _stdout!.WriteAsync(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        }
        _buffer.ResetWrittenCount();
    }
}
