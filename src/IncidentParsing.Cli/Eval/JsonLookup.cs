using System.Text.Json;

namespace IncidentParsing.Cli.Eval;

/// <summary>Reading the loosely typed JSON of parses, gold files and conformance cases: a missing property and a null one are alike.</summary>
internal static class JsonLookup
{
    /// <summary>The property <paramref name="name"/> of an object, or null where there is none or it is null.</summary>
    public static JsonElement? Get(JsonElement? e, string name) =>
        e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    /// <summary>The property <paramref name="name"/> when it is a string, else null.</summary>
    public static string? Str(JsonElement? e, string name) => Get(e, name) is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
}
