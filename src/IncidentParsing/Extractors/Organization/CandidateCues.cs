using IncidentParsing.Text;

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

    public CandidateCues(IReadOnlyList<string[]> rows, FeatureSpace space)
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
        _before = new Side(before, space);
        _after = new Side(after, space);
    }

    /// <summary>The feature names that rows of <c>candidate-cues.tsv</c> give.</summary>
    public static IEnumerable<string> FeatureNames(IReadOnlyList<string[]> rows) =>
        rows.Where(r => r.Length >= 3).Select(r => r[0]).Distinct(StringComparer.Ordinal);

    /// <summary>Sets, in <paramref name="features"/>, every feature whose cue stands around <c>text[start..end)</c>.</summary>
    public void AddAround(string text, int start, int end, Span<double> features, List<PhraseHit> hits)
    {
        AddAfter(text, end, features, hits);
        // "株式会社X(IIJ社)より報告": a short bracket after the name (its short name, its address) does not part them.
        if (end < text.Length && text[end] == '(' && text.IndexOf(')', end, Math.Min(MaxBracket, text.Length - end)) is int close and > 0)
        {
            AddAfter(text, close + 1, features, hits);
        }
        // "個人情報保護委員会、警察に報告", "A及びBにおいて": the cue after a list takes each of its names.
        if (NextInList(text, end) is int next and > 0)
        {
            AddAfter(text, next, features, hits);
        }
        hits.Clear();
        int from = Math.Max(0, start - MaxGap - _before.MaxLength);
        _before.Phrases.FindAll(text, from, start, hits);
        foreach (var hit in hits)
        {
            if (hit.End >= start - MaxGap && !Breaks(text, hit.End, start))
            {
                features[_before.IndexOf[hit.Phrase]] = 1;
            }
        }
    }

    // Where the list's next name ends, after 、 ・ 及び or および; -1 where no name follows.
    private static int NextInList(string text, int end)
    {
        int at = end;
        foreach (var joint in ListJoints)
        {
            if (text.AsSpan(end).StartsWith(joint, StringComparison.Ordinal))
            {
                at = end + joint.Length;
                break;
            }
        }
        if (at == end || at >= text.Length || !NameScanner.IsNameChar(text[at]))
        {
            return -1;
        }
        int next = at;
        while (next < text.Length && next - at < MaxListName && NameScanner.IsNameChar(text[next]) && text[next] != '・')
        {
            next++;
        }
        return next;
    }

    private const int MaxListName = 24;

    private static readonly string[] ListJoints = ["、", "・", "及び", "および", "並びに", "ならびに"];

    private void AddAfter(string text, int end, Span<double> features, List<PhraseHit> hits)
    {
        hits.Clear();
        _after.Phrases.FindAll(text, end, Math.Min(text.Length, end + _after.MaxLength), hits);
        foreach (var hit in hits)
        {
            if (hit.Start == end)
            {
                features[_after.IndexOf[hit.Phrase]] = 1;
            }
        }
    }

    // 委託先である X and 委託先の X take the cue; 委託事業者から東京都 gives it to the one before the particle.
    private static bool Breaks(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        return gap.IndexOfAny("。\nがはへをに") >= 0 || gap.Contains("から", StringComparison.Ordinal) || gap.Contains("より", StringComparison.Ordinal);
    }

    private sealed class Side
    {
        public Side(Dictionary<string, string> features, FeatureSpace space)
        {
            Phrases = new PhraseSet(features.Keys);
            IndexOf = Enumerable.Range(0, Phrases.Count).Select(i => space[features[Phrases[i]]]).ToArray();
            MaxLength = features.Count == 0 ? 0 : features.Keys.Max(k => k.Length);
        }

        public PhraseSet Phrases { get; }

        // The feature index of each phrase.
        public int[] IndexOf { get; }

        public int MaxLength { get; }
    }
}
