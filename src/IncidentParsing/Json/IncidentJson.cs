using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using IncidentParsing.Model;

namespace IncidentParsing.Json;

/// <summary>Reads and writes incidents as the contract's JSON, with Japanese written unescaped.</summary>
public static class IncidentJson
{
    // Built on first use, each on its own: a run writes one of them, and building a context's options is not free.
    private static readonly Lazy<IncidentJsonContext> IndentedContext = new(() => new(Options(indented: true)));
    private static readonly Lazy<IncidentJsonContext> CompactContext = new(() => new(Options(indented: false)));

    /// <summary>Indented output.</summary>
    internal static IncidentJsonContext Indented => IndentedContext.Value;

    /// <summary>One-line output, for JSON Lines.</summary>
    internal static IncidentJsonContext Compact => CompactContext.Value;

    /// <summary>One incident as JSON.</summary>
    public static string Serialize(Incident incident, bool indented = true) =>
        JsonSerializer.Serialize(incident, (indented ? Indented : Compact).Incident);

    /// <summary>Incidents as one JSON array.</summary>
    public static string Serialize(IReadOnlyList<Incident> incidents, bool indented = true) =>
        JsonSerializer.Serialize(incidents, (indented ? Indented : Compact).IReadOnlyListIncident);

    /// <summary>Reads one incident.</summary>
    public static Incident? Deserialize(string json) => JsonSerializer.Deserialize(json, Indented.Incident);

    /// <summary>Reads an array of incidents.</summary>
    public static List<Incident>? DeserializeList(string json) => JsonSerializer.Deserialize(json, Indented.ListIncident);

    /// <summary>Writes incidents as one JSON array to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<Incident> incidents, bool indented = true) =>
        JsonSerializer.Serialize(stream, incidents, (indented ? Indented : Compact).IReadOnlyListIncident);

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
