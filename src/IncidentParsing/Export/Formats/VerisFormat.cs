using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentParsing.Json;
using IncidentParsing.Model;

namespace IncidentParsing.Export.Formats;

/// <summary>
/// <c>veris</c>: each incident as a VERIS 1.4 record (the vocabulary of the VERIS Community Database), one per line, so
/// the incidents join VCDB-style analyses: actions and actors from the kinds, the confidentiality attribute with data
/// varieties from the fields and <c>data_total</c> from the headline count, the timeline's first date, the organization
/// as the victim (in Japan). A notice that reports no incident, or gives no date at all (VERIS requires the year), has
/// no record. What the notice does not say is VERIS's <c>Unknown</c>.
/// </summary>
internal sealed class VerisFormat : IncidentFormat
{
    public override string Name => "veris";

    public override async Task WriteAsync(Stream output, IAsyncEnumerable<Incident> incidents, Func<Incident, string?>? documentText = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(incidents);
        var options = new JsonSerializerOptions { Encoder = IncidentJson.Compact.Options.Encoder };
        await foreach (var incident in incidents.WithCancellation(cancellationToken))
        {
            if (Record(incident) is { } record)
            {
                await output.WriteAsync(Encoding.UTF8.GetBytes(record.ToJsonString(options) + "\n"), cancellationToken);
            }
        }
        await output.FlushAsync(cancellationToken);
    }

    /// <summary>The VERIS record of <paramref name="incident"/>, or null where there is none.</summary>
    internal static JsonObject? Record(Incident incident)
    {
        if (!incident.IsIncident || FirstDate(incident) is not { } date)
        {
            return null;
        }
        var kinds = incident.Kinds.Count == 0 ? [IncidentKind.Other] : incident.Kinds;
        string id = Id(incident);
        var incidentTime = new JsonObject { ["year"] = date.Year };
        if (date.Month > 0)
        {
            incidentTime["month"] = date.Month;
        }
        if (date.Day > 0)
        {
            incidentTime["day"] = date.Day;
        }
        return new JsonObject
        {
            ["schema_version"] = "1.4.1",
            ["incident_id"] = id,
            ["security_incident"] = "Confirmed",
            ["summary"] = incident.Title.Length > 0 ? incident.Title : "(no title)",
            ["reference"] = incident.Source.Document,
            ["confidence"] = "Medium",
            ["timeline"] = new JsonObject { ["incident"] = incidentTime },
            ["victim"] = Victim(incident),
            ["action"] = Actions(kinds),
            ["actor"] = Actors(kinds),
            ["asset"] = new JsonObject { ["assets"] = new JsonArray(new JsonObject { ["variety"] = "Unknown" }), ["cloud"] = new JsonArray("Unknown") },
            ["attribute"] = new JsonObject { ["confidentiality"] = Confidentiality(incident) },
            ["discovery_method"] = new JsonObject { ["unknown"] = true },
            ["plus"] = new JsonObject { ["master_id"] = id },
        };
    }

    // The incident's first date: when it occurred, else the earliest of its timeline, else the notice's own.
    private static JapaneseDate? FirstDate(Incident incident)
    {
        var occurred = incident.Timeline.Where(e => e.Event == TimelineEventCode.Occurred).Select(e => (JapaneseDate?)e.Date).FirstOrDefault();
        return occurred ?? incident.Timeline.Select(e => (JapaneseDate?)e.Date).OrderBy(d => d!.Value.FirstDay).FirstOrDefault() ?? incident.Published;
    }

    // A stable identifier: the same notice in the same document gets the same id on every run.
    private static string Id(Incident incident)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{incident.Source.Document}\n{incident.Source.Start}\n{incident.Title}"));
        return new Guid(hash.AsSpan(0, 16)).ToString().ToUpperInvariant();
    }

    private static JsonObject Victim(Incident incident)
    {
        bool government = incident.Reportability?.Regime == "public-sector";
        var victim = new JsonObject
        {
            ["country"] = new JsonArray("JP"),
            ["employee_count"] = "Unknown",
            // NAICS 92 is public administration; 00 says the industry is not known.
            ["industry"] = government ? "92" : "00",
            ["government"] = new JsonArray(government ? "Unknown" : "NA"),
        };
        if (incident.Organization is { } name)
        {
            victim["victim_id"] = name;
        }
        return victim;
    }

    // Each kind's VERIS action: category, variety, vector (and a social action's target).
    private static readonly Dictionary<IncidentKind, (string Action, string Variety, string Vector)> ActionOf = new()
    {
        [IncidentKind.UnauthorizedAccess] = ("hacking", "Unknown", "Unknown"),
        [IncidentKind.Ddos] = ("hacking", "DoS", "Unknown"),
        [IncidentKind.Ransomware] = ("malware", "Ransomware", "Unknown"),
        [IncidentKind.Malware] = ("malware", "Unknown", "Unknown"),
        [IncidentKind.WebSkimming] = ("malware", "Capture app data", "Web application"),
        [IncidentKind.Phishing] = ("social", "Phishing", "Email"),
        [IncidentKind.Loss] = ("error", "Loss", "Unknown"),
        [IncidentKind.Misdelivery] = ("error", "Misdelivery", "Unknown"),
        [IncidentKind.Exposure] = ("error", "Misconfiguration", "Unknown"),
        [IncidentKind.ImproperDisposal] = ("error", "Disposal error", "Unknown"),
        [IncidentKind.ImproperHandling] = ("misuse", "Data mishandling", "Unknown"),
        [IncidentKind.InsiderMisuse] = ("misuse", "Privilege abuse", "Unknown"),
        [IncidentKind.Theft] = ("physical", "Theft", "Unknown"),
    };

    private static JsonObject Actions(IReadOnlyList<IncidentKind> kinds)
    {
        var actions = new JsonObject();
        foreach (var kind in kinds)
        {
            if (!ActionOf.TryGetValue(kind, out var a))
            {
                actions["unknown"] ??= new JsonObject();
                continue;
            }
            if (actions[a.Action] is not JsonObject action)
            {
                action = new JsonObject { ["variety"] = new JsonArray(), ["vector"] = new JsonArray() };
                if (a.Action == "social")
                {
                    action["target"] = new JsonArray("Unknown");
                }
                actions[a.Action] = action;
            }
            Add(action["variety"]!.AsArray(), a.Variety);
            Add(action["vector"]!.AsArray(), a.Vector);
        }
        return actions;
    }

    // Attacks come from outside, errors and misuse from inside; a theft's thief is not known.
    private static JsonObject Actors(IReadOnlyList<IncidentKind> kinds)
    {
        var actors = new JsonObject();
        foreach (var kind in kinds)
        {
            string action = ActionOf.TryGetValue(kind, out var a) ? a.Action : "unknown";
            switch (action)
            {
                case "hacking" or "malware" or "social":
                    actors["external"] ??= new JsonObject { ["variety"] = new JsonArray("Unknown"), ["motive"] = new JsonArray("Unknown") };
                    break;
                case "error":
                    actors["internal"] ??= new JsonObject { ["variety"] = new JsonArray("Unknown"), ["motive"] = new JsonArray("NA") };
                    break;
                case "misuse":
                    actors["internal"] ??= new JsonObject { ["variety"] = new JsonArray("Unknown"), ["motive"] = new JsonArray("Unknown") };
                    break;
                default:
                    actors["unknown"] ??= new JsonObject();
                    break;
            }
        }
        return actors;
    }

    // The data's VERIS varieties from the field categories.
    private static readonly Dictionary<FieldCategory, string> VarietyOf = new()
    {
        [FieldCategory.Medical] = "Medical",
        [FieldCategory.PatientId] = "Medical",
        [FieldCategory.CardNumber] = "Payment",
        [FieldCategory.CardHolder] = "Payment",
        [FieldCategory.CardExpiry] = "Payment",
        [FieldCategory.CardSecurityCode] = "Payment",
        [FieldCategory.BankAccount] = "Bank",
        [FieldCategory.Password] = "Credentials",
        [FieldCategory.LoginId] = "Credentials",
        [FieldCategory.GovernmentId] = "Sensitive Personal",
        [FieldCategory.Other] = "Other",
    };

    private static JsonObject Confidentiality(Incident incident)
    {
        var data = new JsonArray();
        foreach (var variety in incident.Fields.Select(f => VarietyOf.GetValueOrDefault(f.Category, "Personal")).Distinct())
        {
            data.Add((JsonNode)new JsonObject { ["variety"] = variety }); // the non-generic Add: no reflection
        }
        var confidentiality = new JsonObject
        {
            ["data_disclosure"] = incident.LeakStatus switch
            {
                LeakStatus.Confirmed => "Yes",
                LeakStatus.Possible => "Potentially",
                LeakStatus.NotConfirmed => "Unknown",
                _ => "Unknown",
            },
        };
        if (data.Count > 0)
        {
            confidentiality["data"] = data;
        }
        if (incident.Affected is { } affected)
        {
            confidentiality["data_total"] = affected.Value;
        }
        return confidentiality;
    }

    private static void Add(JsonArray array, string value)
    {
        if (!array.Any(n => n?.GetValue<string>() == value))
        {
            array.Add((JsonNode)JsonValue.Create(value));
        }
    }
}
