// Parses a notice file through the packed IncidentParsing package and checks what a customer relies on:
// incidents come out, their JSON follows the contract, the flat rows and CSV line up with them.
using IncidentParsing.Export;
using IncidentParsing.Json;
using IncidentParsing.MeCab;
using IncidentParsing.Pipeline;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: PackageConsumer NOTICES.txt");
    return 2;
}
string text = File.ReadAllText(args[0]);
var parser = IncidentParser.CreateDefault();
var incidents = parser.Parse(text, Path.GetFileName(args[0])).Incidents;
var rows = incidents.Select(IncidentRow.From).ToList();
using var csvBytes = new MemoryStream();
await IncidentFormat.Csv.WriteAsync(csvBytes, incidents);
var csv = System.Text.Encoding.UTF8.GetString(csvBytes.ToArray());
string json = IncidentJson.Serialize(incidents);
int csvLines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length;

var problems = new List<string>();
if (incidents.Count == 0)
{
    problems.Add("no incident parsed");
}
if (rows.Count != incidents.Count || csvLines < incidents.Count + 1)
{
    problems.Add($"rows {rows.Count}, CSV lines {csvLines}, incidents {incidents.Count}");
}
if (IncidentJson.DeserializeList(json)?.Count != incidents.Count)
{
    problems.Add("JSON does not read back");
}
foreach (var incident in incidents)
{
    if (text[incident.Source.Start..incident.Source.End].Length == 0)
    {
        problems.Add($"empty notice at {incident.Source.Start}");
    }
}
// The MeCab package: where libmecab and a dictionary are installed, the same text parses into the same notices.
if (MeCabTokenizer.IsAvailable(out string reason))
{
    var withMeCab = new IncidentParserBuilder().UseDefaults().UseMeCab().Build().Parse(text, Path.GetFileName(args[0])).Incidents;
    if (withMeCab.Count != incidents.Count)
    {
        problems.Add($"MeCab parser found {withMeCab.Count} notices, the built-in one {incidents.Count}");
    }
    Console.WriteLine($"IncidentParsing.MeCab from the package: {withMeCab.Count} incidents");
}
else
{
    Console.WriteLine($"IncidentParsing.MeCab restored; MeCab itself is not installed here ({reason})");
}
string version = typeof(IncidentParser).Assembly.GetName().Version?.ToString() ?? "?";
Console.WriteLine($"IncidentParsing {version} from the package: {incidents.Count} incidents, {rows.Count(r => r.IsIncident)} reporting an incident");
foreach (var row in rows.Take(3))
{
    Console.WriteLine($"  {row.CasebookId} {row.Title} [{string.Join(',', row.Kinds)}] affected={row.Affected}");
}
foreach (var p in problems)
{
    Console.Error.WriteLine("PackageConsumer: " + p);
}
return problems.Count == 0 ? 0 : 1;
