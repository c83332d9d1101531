using IncidentParsing.Collections;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Fields;

/// <summary>A leaked field before it is written onto the incident: where, and under which heading.</summary>
internal readonly record struct ListedField(FieldHit Hit, string? Group, bool Optional);

/// <summary>What the readers found in one notice; the extractor resolves it onto the incident, then disposes of it.</summary>
internal sealed class FieldFindings : IDisposable
{
    // Pooled: a notice's findings are read once, sorted and deduplicated onto the incident.
    public PooledList<ListedField> Fields { get; } = new();

    public PooledList<FieldHit> Excluded { get; } = new();

    // Scratch lists reused by the line reader for every line of the notice (one notice, one thread).
    internal List<(int Start, int End, bool Head)> ItemScratch { get; } = [];

    internal List<FieldHit> HitScratch { get; } = [];

    internal List<(int Start, int End)> UnknownScratch { get; } = [];

    /// <summary>Phrases stated as not leaked, in text order and merged: a field inside one is never a leaked field.</summary>
    public IReadOnlyList<TextSpan> ExclusionZones => _zones;

    private readonly List<TextSpan> _zones = [];

    /// <summary>Adds a zone; zones arrive in text order (the statement reader reads forward).</summary>
    public void AddExclusionZone(TextSpan zone)
    {
        if (_zones.Count > 0 && zone.Start <= _zones[^1].End)
        {
            var last = _zones[^1];
            _zones[^1] = new TextSpan(Math.Min(last.Start, zone.Start), Math.Max(last.End, zone.End));
            return;
        }
        _zones.Add(zone);
    }

    /// <summary>Returns the pooled storage.</summary>
    public void Dispose()
    {
        Fields.Dispose();
        Excluded.Dispose();
    }

    public bool InExclusionZone(int offset)
    {
        int lo = 0;
        int hi = _zones.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < _zones[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= _zones[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }
}
