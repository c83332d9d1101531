#:project ../src/IncidentParsing/IncidentParsing.csproj
#:property PublishAot=false
// A runnable quick start: `dotnet run samples/quickstart.cs [NOTICES.txt]` (a .NET 10 file-based program).
// With the package instead of the source tree, replace the first line by `#:package IncidentParsing@0.1.0`.
using IncidentParsing.Export;
using IncidentParsing.Json;
using IncidentParsing.Pipeline;

string path = args.Length > 0 ? args[0] : Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "..", "seeds", "001_54a9b36208e9067f.txt");
var parser = IncidentParser.CreateDefault();               // immutable: build once, share across threads
var incidents = parser.Parse(File.ReadAllText(path), Path.GetFileName(path)).Incidents;

foreach (var row in incidents.Select(IncidentRow.From))   // the flat rows the CSV and Parquet exports write
{
    Console.WriteLine($"{row.CasebookId,-9} {row.Published,-10} {row.Organization ?? "?",-20} affected={row.Affected?.ToString() ?? "-",-8} [{string.Join(", ", row.Kinds)}] {row.Title}");
}

// The full contract JSON of the first incident, with every value's source text and offsets.
if (incidents.Count > 0)
{
    Console.WriteLine(IncidentJson.Serialize(incidents[0]));
}
