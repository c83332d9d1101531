using IncidentParsing.Model;
using IncidentParsing.Testing;

namespace IncidentParsing.Tests.Reliability;

/// <summary>Checks every value an incident carries against the input it came from (<see cref="ExtractorChecks.SpansInside"/>).</summary>
internal static class SpanInvariants
{
    public static void AssertInside(string input, IEnumerable<Incident> incidents) => Assert.Empty(ExtractorChecks.SpansInside(input, incidents));
}
