using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Fields;

/// <summary>A leaked field before it is written onto the incident: where, and under which heading.</summary>
internal readonly record struct ListedField(FieldHit Hit, string? Group, bool Optional);

/// <summary>What the readers found in one notice; the extractor resolves it onto the incident.</summary>
internal sealed class FieldFindings
{
    public List<ListedField> Fields { get; } = [];

    public List<FieldHit> Excluded { get; } = [];

    /// <summary>Phrases stated as not leaked: a field inside one is never a leaked field.</summary>
    public List<TextSpan> ExclusionZones { get; } = [];

    public bool InExclusionZone(int offset)
    {
        foreach (var z in ExclusionZones)
        {
            if (offset >= z.Start && offset < z.End)
            {
                return true;
            }
        }
        return false;
    }
}
