namespace IncidentParsing.Tests.Reliability;

/// <summary>
/// How many cases a reliability property runs: 10^4 by default (CI), more with
/// <c>INCIDENTPARSING_PROPERTY_CASES</c> (the nightly-style run sets 1000000).
/// </summary>
internal static class PropertyCases
{
    public static int Count { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("INCIDENTPARSING_PROPERTY_CASES"), out int n) && n > 0 ? n : 10_000;
}
