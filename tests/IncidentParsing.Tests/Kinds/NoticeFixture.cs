using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Kinds;

/// <summary>Parses a short notice written for a test with the default extractors (or a configured builder).</summary>
internal static class NoticeFixture
{
    private static readonly IncidentParser Default = IncidentParser.CreateDefault();

    public static Incident Parse(string notice) => Default.Parse(notice, "test.txt").Incidents[0];

    public static Incident Parse(string notice, Func<IncidentParserBuilder, IncidentParserBuilder> configure) =>
        configure(new IncidentParserBuilder().UseDefaults()).Build().Parse(notice, "test.txt").Incidents[0];

    /// <summary>A notice as the blog writes it: header, title, date, blank line, body.</summary>
    public static string Notice(string title, string body) => $"【セキュリティ事件簿#2025-101】{title} 2025/3/4\n\n{body}\n";

    /// <summary>Every value an incident carries with offsets lies inside <paramref name="input"/> and equals its slice.</summary>
    public static void AssertSpansInside(string input, Incident incident)
    {
        foreach (var a in incident.Annotations)
        {
            AssertSlice(input, a.Text, a.Start, a.End);
        }
        if (incident.OrganizationSource is { } org)
        {
            AssertSlice(input, org.Text, org.Start, org.End);
        }
        if (incident.CauseSource is { } cause)
        {
            AssertSlice(input, cause.Text, cause.Start, cause.End);
        }
    }

    private static void AssertSlice(string input, string text, int start, int end)
    {
        Assert.InRange(start, 0, input.Length);
        Assert.InRange(end, start, input.Length);
        Assert.Equal(input[start..end], text);
    }
}
