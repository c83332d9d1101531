using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentParsing.Json;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Testing;

/// <summary>One case of a spec file: a notice and what its incident must say.</summary>
/// <param name="File">The spec file's name.</param>
/// <param name="Name">What the case shows.</param>
/// <param name="Notice">The notice's text, of the spec's own making.</param>
/// <param name="Expect">Properties of the incident's JSON and their values; the others are not compared.</param>
/// <param name="Gap">Why the parser does not meet the case yet (a known gap), or null.</param>
public sealed record SpecCase(string File, string Name, string Notice, JsonObject Expect, string? Gap)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}: {Name}";
}

/// <summary>
/// Spec files: cases in data, each a notice and the values (and the spans' texts) its incident must have, read from a
/// JSON array of <c>{"name", "notice", "expect": {…}, "gap"?}</c>. <c>expect</c> lists properties of the incident's JSON:
/// a scalar must be equal; a list of scalars must hold the same items (in any order); a list of objects must have as many
/// items, each holding the listed properties of the object at its place; an object holds the listed properties. A case
/// with a <c>gap</c> is a known gap: it is expected to fail until the gap is closed.
/// </summary>
public static class ExtractorSpecs
{
    // Japanese in the messages as it is written, not as \u escapes.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <summary>The cases of the spec file at <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">The file is not a JSON array of cases.</exception>
    public static IReadOnlyList<SpecCase> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })
            as JsonArray ?? throw new FormatException($"{path}: a spec file is a JSON array of cases");
        string file = Path.GetFileName(path);
        return root.Select((node, i) => node is JsonObject c && c["notice"]?.GetValue<string>() is { } notice && c["expect"] is JsonObject expect
                ? new SpecCase(file, c["name"]?.GetValue<string>() ?? $"case {i + 1}", notice, expect, c["gap"]?.GetValue<string>())
                : throw new FormatException($"{path}: case {i + 1} needs a notice and an expect object"))
            .ToList();
    }

    /// <summary>Parses the case's notice with <paramref name="parser"/> and says where its first incident differs from the case (empty when it does not).</summary>
    public static IReadOnlyList<string> Run(SpecCase spec, IncidentParser parser)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(parser);
        var incidents = parser.Parse(spec.Notice, spec.File).Incidents;
        if (incidents.Count == 0)
        {
            return ["no incident"];
        }
        var actual = JsonNode.Parse(IncidentJson.Serialize(incidents[0], indented: false))!.AsObject();
        var problems = new List<string>();
        Compare(spec.Expect, actual, "", problems);
        return problems;
    }

    private static void Compare(JsonObject expected, JsonObject actual, string path, List<string> problems)
    {
        foreach (var (name, want) in expected)
        {
            Compare(want, actual[name], path.Length == 0 ? name : $"{path}.{name}", problems);
        }
    }

    private static void Compare(JsonNode? want, JsonNode? got, string path, List<string> problems)
    {
        switch (want)
        {
            case JsonObject o when got is JsonObject g:
                Compare(o, g, path, problems);
                break;
            case JsonArray w when got is JsonArray g && w.All(x => x is not JsonObject):
                var wanted = w.Select(x => x?.ToJsonString(Readable)).Order().ToList();
                var found = g.Select(x => x?.ToJsonString(Readable)).Order().ToList();
                if (!wanted.SequenceEqual(found))
                {
                    problems.Add($"{path}: want [{string.Join(", ", wanted)}], got [{string.Join(", ", found)}]");
                }
                break;
            case JsonArray w when got is JsonArray g:
                if (w.Count != g.Count)
                {
                    problems.Add($"{path}: want {w.Count} items, got {g.Count}: {g.ToJsonString(Readable)}");
                    break;
                }
                for (int i = 0; i < w.Count; i++)
                {
                    Compare(w[i], g[i], $"{path}[{i}]", problems);
                }
                break;
            default:
                if (!JsonNode.DeepEquals(want, got))
                {
                    problems.Add($"{path}: want {want?.ToJsonString(Readable) ?? "null"}, got {got?.ToJsonString(Readable) ?? "null"}");
                }
                break;
        }
    }
}
