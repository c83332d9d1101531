using System.Text.Json.Serialization;
using IncidentParsing.Export;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Json;

/// <summary>Source-generated JSON metadata for the model: camelCase, codes as kebab-case strings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Incident))]
[JsonSerializable(typeof(IReadOnlyList<Incident>))]
[JsonSerializable(typeof(List<Incident>))]
[JsonSerializable(typeof(ParseResult))]
[JsonSerializable(typeof(IncidentRow))]
internal sealed partial class IncidentJsonContext : JsonSerializerContext
{
}
