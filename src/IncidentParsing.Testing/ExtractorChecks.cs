using System.Reflection;
using System.Text.Json.Nodes;
using IncidentParsing.Json;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Testing;

/// <summary>
/// The invariants every extractor keeps, checked on a parser that holds it: parsing never throws and no extractor fails
/// (<see cref="DiagnosticCodes.ExtractorFailed"/>); every value's span lies inside the input and its text is the input's
/// characters there; a post parses to the same values alone and inside a dump of posts. Each check returns the violations
/// it found (empty when there are none), so any test framework can assert on it.
/// </summary>
/// <example>
/// <code>
/// var parser = ExtractorChecks.ParserFor(new TollFreeNumberExtractor());
/// Assert.Empty(ExtractorChecks.Check(parser, myPosts));
/// </code>
/// </example>
public static class ExtractorChecks
{
    /// <summary>
    /// A parser holding <paramref name="extractor"/> and the built-in extractors it requires (<see cref="RequiresAttribute"/>,
    /// followed through theirs), in the default order: the extractor checked alone.
    /// </summary>
    public static IncidentParser ParserFor(IIncidentExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var required = new HashSet<Type>();
        var pending = new Stack<Type>([extractor.GetType()]);
        while (pending.Count > 0)
        {
            foreach (var r in pending.Pop().GetCustomAttributes<RequiresAttribute>())
            {
                if (required.Add(r.Extractor))
                {
                    pending.Push(r.Extractor);
                }
            }
        }
        var builder = new IncidentParserBuilder();
        foreach (var e in new IncidentParserBuilder().UseDefaults().Extractors)
        {
            if (e.GetType() == extractor.GetType())
            {
                builder.Use(extractor);
            }
            else if (required.Any(t => t.IsInstanceOfType(e)))
            {
                builder.Use(e);
            }
        }
        return builder.Use(extractor).Build();
    }

    /// <summary>
    /// Every invariant: on each of <paramref name="posts"/> alone, on all of them in one dump (blank lines between), and on
    /// <paramref name="randomInputs"/> random texts made from their characters (seeded by <paramref name="seed"/>, so a
    /// failure repeats). The posts should be whole posts that a dump splits apart (headed as the seed blog's are); a
    /// notice that is not a post is checked alone and at random.
    /// </summary>
    public static IReadOnlyList<string> Check(IncidentParser parser, IEnumerable<string> posts, int randomInputs = 100, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(posts);
        var list = posts.ToList();
        var problems = new List<string>();
        foreach (string post in list)
        {
            problems.AddRange(ParsesCleanly(parser, post));
        }
        problems.AddRange(SameInsideADump(parser, list));
        var random = new Random(seed);
        string alphabet = string.Concat(list) is { Length: > 0 } all ? all : "個人情報の漏えい、不正アクセス。2031年4月1日\n";
        for (int i = 0; i < randomInputs; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }
            problems.AddRange(ParsesCleanly(parser, new string(chars)));
        }
        return problems;
    }

    /// <summary>Parses <paramref name="input"/>: no exception, no failing extractor, every span inside the input.</summary>
    public static IReadOnlyList<string> ParsesCleanly(IncidentParser parser, string input)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(input);
        IReadOnlyList<Incident> incidents;
        try
        {
            incidents = parser.Parse(input, "check").Incidents;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [$"throws {ex.GetType().Name}: {ex.Message} on {Excerpt(input)}"];
        }
        var problems = new List<string>();
        foreach (var d in incidents.SelectMany(i => i.Diagnostics).Where(d => d.Code == DiagnosticCodes.ExtractorFailed))
        {
            problems.Add($"{d.Message} on {Excerpt(input)}");
        }
        problems.AddRange(SpansInside(input, incidents));
        return problems;
    }

    /// <summary>
    /// Every value of <paramref name="incidents"/> that carries a span (an object with <c>text</c>, <c>start</c>, <c>end</c> in
    /// the incident's JSON) lies inside its incident and holds exactly the input's characters there; incidents follow
    /// one another; diagnostics point inside the input.
    /// </summary>
    public static IReadOnlyList<string> SpansInside(string input, IEnumerable<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(incidents);
        var problems = new List<string>();
        int previousEnd = 0;
        foreach (var incident in incidents)
        {
            var (start, end) = (incident.Source.Start, incident.Source.End);
            if (start < previousEnd || end < start || end > input.Length)
            {
                problems.Add($"incident at [{start}, {end}) is out of order or outside the input ({input.Length} characters)");
                continue;
            }
            previousEnd = end;
            Walk(JsonNode.Parse(IncidentJson.Serialize(incident, indented: false)), input, start, end, problems);
            foreach (var d in incident.Diagnostics.Where(d => d.Start < 0 || d.End < d.Start || d.End > input.Length))
            {
                problems.Add($"diagnostic {d.Code} at [{d.Start}, {d.End}) is outside the input");
            }
        }
        return problems;
    }

    /// <summary>Each post parses to the same values alone and inside a dump of all of them, its offsets shifted by where it stands.</summary>
    public static IReadOnlyList<string> SameInsideADump(IncidentParser parser, IReadOnlyList<string> posts)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(posts);
        if (posts.Count < 2)
        {
            return [];
        }
        var alone = posts.Select(p => parser.Parse(p, "check").Incidents).ToList();
        if (alone.Any(a => a.Count != 1))
        {
            return []; // not posts a dump splits apart: checked alone only
        }
        var dumped = parser.Parse(string.Join("\n\n", posts), "check").Incidents;
        if (dumped.Count != posts.Count)
        {
            return [$"a dump of {posts.Count} posts gave {dumped.Count} incidents"];
        }
        var problems = new List<string>();
        int offset = 0;
        for (int i = 0; i < posts.Count; i++)
        {
            if (Relative(alone[i][0], 0) != Relative(dumped[i], offset))
            {
                problems.Add($"post {i} ({Excerpt(posts[i])}) parses otherwise inside a dump");
            }
            offset += posts[i].Length + 2;
        }
        return problems;
    }

    // The incident's JSON with every offset made relative to where its post starts.
    private static string Relative(Incident incident, int offset)
    {
        var node = JsonNode.Parse(IncidentJson.Serialize(incident, indented: false))!;
        Shift(node, offset);
        return node.ToJsonString();
    }

    private static void Shift(JsonNode? node, int offset)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (string key in new[] { "start", "end", "bodyStart" })
                {
                    if (obj[key] is JsonValue v && v.TryGetValue<int>(out int n))
                    {
                        obj[key] = n - offset;
                    }
                }
                foreach (var (_, child) in obj.ToList())
                {
                    Shift(child, offset);
                }
                break;
            case JsonArray arr:
                foreach (var child in arr)
                {
                    Shift(child, offset);
                }
                break;
        }
    }

    private static void Walk(JsonNode? node, string input, int incidentStart, int incidentEnd, List<string> problems)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["text"] is JsonValue t && obj["start"] is JsonValue s && obj["end"] is JsonValue e
                    && t.TryGetValue<string>(out var text) && s.TryGetValue<int>(out int start) && e.TryGetValue<int>(out int end))
                {
                    if (start < incidentStart || end < start || end > incidentEnd)
                    {
                        problems.Add($"span [{start}, {end}) '{text}' lies outside its incident [{incidentStart}, {incidentEnd})");
                    }
                    else if (AsJsonCarriesIt(input[start..end]) != text)
                    {
                        problems.Add($"span [{start}, {end}) says '{text}' where the input has '{input[start..end]}'");
                    }
                }
                foreach (var (_, child) in obj)
                {
                    Walk(child, input, incidentStart, incidentEnd, problems);
                }
                break;
            case JsonArray arr:
                foreach (var child in arr)
                {
                    Walk(child, input, incidentStart, incidentEnd, problems);
                }
                break;
        }
    }

    // JSON (UTF-8) cannot carry a lone surrogate: the writer puts U+FFFD in its place.
    private static string AsJsonCarriesIt(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
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

    private static string Excerpt(string input) => input.Length <= 40 ? $"'{input}'" : $"'{input[..40]}…' ({input.Length} characters)";
}
