using System.Text.Json.Serialization;

namespace IncidentParsing.Model;

/// <summary>The part an organization named in a notice plays in it (beyond the contract).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<PartyRole>))]
public enum PartyRole
{
    /// <summary>The organization that issues the notice and is responsible for the data (<see cref="Incident.Organization"/>).</summary>
    Issuer,
    /// <summary>Handles the data on the organization's behalf (委託先, 再委託先), or reported the breach to it.</summary>
    Contractor,
    /// <summary>Provides or runs a system or service the organization uses (a mail service, a booking system).</summary>
    Service,
    /// <summary>The organization's parent or group (親会社, グループ).</summary>
    Parent,
    /// <summary>A subsidiary or group company of the organization (子会社, グループ会社).</summary>
    Subsidiary,
    /// <summary>In a news article, the organization whose data it was (<see cref="Incident.Organization"/>).</summary>
    Victim,
    /// <summary>A regulator, supervisor or police body (個人情報保護委員会, 警察).</summary>
    Authority,
}

/// <summary>An organization named in the notice, with its part and where it was read.</summary>
/// <param name="Name">The name, spaces collapsed.</param>
/// <param name="Role">The part it plays.</param>
/// <param name="Source">Where it was read.</param>
public sealed record Party(string Name, PartyRole Role, SourceText Source);
