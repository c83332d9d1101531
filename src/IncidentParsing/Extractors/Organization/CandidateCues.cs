using IncidentParsing.Extractors.Statements;

namespace IncidentParsing.Extractors.Organization;

/// <summary>
/// The words around a name that say what part it plays (<c>candidate-cues.tsv</c>): <c>委託先である X</c> makes X a
/// contractor, <c>X が運営する</c> an operator, <c>X において</c> the place it happened.
/// </summary>
internal sealed class CandidateCues
{
    // "委託先である株式会社X", "委託先の X": how far a cue before a name may stand from it.
    private const int MaxGap = 4;
    private const int MaxBracket = 30;

    private readonly Side _before;
    private readonly Side _after;

    public CandidateCues(IEnumerable<string[]> rows)
    {
        var before = new Dictionary<string, string>(StringComparer.Ordinal);
        var after = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row is [var feature, var side, var phrase, ..])
            {
                (side == "before" ? before : after).TryAdd(phrase, feature);
            }
        }
        _before = new Side(before);
        _after = new Side(after);
    }

    /// <summary>Sets, in <paramref name="features"/>, every feature whose cue stands around <c>text[start..end)</c>.</summary>
    public void AddAround(string text, int start, int end, Dictionary<string, double> features, List<PhraseHit> hits)
    {
        AddAfter(text, end, features, hits);
        // "株式会社X(IIJ社)より報告": a short bracket after the name (its short name, its address) does not part them.
        if (end < text.Length && text[end] == '(' && text.IndexOf(')', end, Math.Min(MaxBracket, text.Length - end)) is int close and > 0)
        {
            AddAfter(text, close + 1, features, hits);
        }
        hits.Clear();
        int from = Math.Max(0, start - MaxGap - _before.MaxLength);
        _before.Phrases.FindAll(text, from, start, hits);
        foreach (var hit in hits)
        {
            if (hit.End >= start - MaxGap && !Breaks(text, hit.End, start))
            {
                features[_before.FeatureOf[hit.Phrase]] = 1;
            }
        }
    }

    private void AddAfter(string text, int end, Dictionary<string, double> features, List<PhraseHit> hits)
    {
        hits.Clear();
        _after.Phrases.FindAll(text, end, Math.Min(text.Length, end + _after.MaxLength), hits);
        foreach (var hit in hits)
        {
            if (hit.Start == end)
            {
                features[_after.FeatureOf[hit.Phrase]] = 1;
            }
        }
    }

    private static bool Breaks(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny("。\n") >= 0;

    private sealed class Side
    {
        public Side(Dictionary<string, string> features)
        {
            Phrases = new PhraseSet(features.Keys);
            FeatureOf = Enumerable.Range(0, Phrases.Count).Select(i => features[Phrases[i]]).ToArray();
            MaxLength = features.Count == 0 ? 0 : features.Keys.Max(k => k.Length);
        }

        public PhraseSet Phrases { get; }

        public string[] FeatureOf { get; }

        public int MaxLength { get; }
    }
}
