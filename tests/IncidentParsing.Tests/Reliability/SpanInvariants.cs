using System.Text.Json.Nodes;
using IncidentParsing.Json;
using IncidentParsing.Model;

namespace IncidentParsing.Tests.Reliability;

/// <summary>Checks every value an incident carries against the input it came from.</summary>
internal static class SpanInvariants
{
    /// <summary>Every object in the incident's JSON with <c>text</c>, <c>start</c> and <c>end</c> must be exactly <c>input[start..end)</c>.</summary>
    public static void AssertInside(string input, IEnumerable<Incident> incidents)
    {
        int previousEnd = 0;
        foreach (var incident in incidents)
        {
            Assert.InRange(incident.Source.Start, previousEnd, input.Length);
            Assert.InRange(incident.Source.End, incident.Source.Start, input.Length);
            previousEnd = incident.Source.End;
            var node = JsonNode.Parse(IncidentJson.Serialize(incident, indented: false))!;
            Walk(node, input, incident);
            foreach (var d in incident.Diagnostics)
            {
                Assert.InRange(d.Start, 0, input.Length);
                Assert.InRange(d.End, d.Start, input.Length);
            }
        }
    }

    // JSON (UTF-8) cannot carry a lone surrogate: the writer puts U+FFFD in its place.
    private static string AsJsonCarriesIt(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            bool pairStart = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]);
            if (pairStart)
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }

    private static void Walk(JsonNode? node, string input, Incident incident)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["text"] is JsonValue t && obj["start"] is JsonValue s && obj["end"] is JsonValue e
                    && t.TryGetValue<string>(out var text) && s.TryGetValue<int>(out int start) && e.TryGetValue<int>(out int end))
                {
                    Assert.InRange(start, incident.Source.Start, incident.Source.End);
                    Assert.InRange(end, start, incident.Source.End);
                    Assert.Equal(AsJsonCarriesIt(input[start..end]), text);
                }
                foreach (var (_, child) in obj)
                {
                    Walk(child, input, incident);
                }
                break;
            case JsonArray arr:
                foreach (var child in arr)
                {
                    Walk(child, input, incident);
                }
                break;
        }
    }
}
