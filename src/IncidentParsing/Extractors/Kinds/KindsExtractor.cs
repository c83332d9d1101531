using IncidentParsing.Extractors.TitleClassification;
using IncidentParsing.Layout;
using IncidentParsing.Lexicons;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Kinds;

/// <summary>
/// Decides what happened (<see cref="Model.Incident.Kinds"/>) from cue phrases in the title and in the
/// statements about the incident. Prevention plans, advice to customers and references to other entries
/// are skipped, a cue denied in its own clause (<c>不正アクセスではありません</c>) or used as advice
/// (<c>フィッシング対策</c>) does not count, and weak cues (consequences such as <c>不正利用</c>) count only
/// when nothing stronger is found. Each kind found is annotated with the phrase that gave it.
/// </summary>
[Requires(typeof(TitleClassificationExtractor))]
public sealed class KindsExtractor : IIncidentExtractor
{
    private const int AfterWindow = 8;
    private const int DenialWindow = 30;
    private const int PairWindow = 50;
    private const int MaxParenthetical = 20;
    private static readonly int KindCount = Enum.GetValues<IncidentKind>().Length;

    private readonly KindLexicon _lexicon;

    /// <summary>Creates the extractor with the embedded cues.</summary>
    public KindsExtractor() : this(new KindsOptions())
    {
    }

    /// <summary>Creates the extractor with the embedded cues plus the caller's.</summary>
    public KindsExtractor(KindsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _lexicon = new KindLexicon(Lexicon.ReadEmbedded("Extractors/Kinds/kinds.tsv").Concat(options.Rows));
    }

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        if (!context.Incident.IsIncident)
        {
            return;
        }
        var text = context.Text;
        var regions = NoticeRegions.Of(context);
        // The first strong and weak hit per kind: small, per call, on the stack.
        Span<PhraseHit?> strong = stackalloc PhraseHit?[KindCount];
        Span<PhraseHit?> weak = stackalloc PhraseHit?[KindCount];
        strong.Clear();
        weak.Clear();
        foreach (var hit in _lexicon.Cues.FindAllJoined(text, regions.Title.Start, text.Length))
        {
            var readings = _lexicon.Readings[hit.Phrase];
            // Only readings that could still add something are checked: repeated cues cost a lookup, not a scan.
            if (!CouldAdd(readings, strong, weak) || !IsStatement(regions, hit.Start) || IsAdviceOrDenied(text, hit))
            {
                continue;
            }
            // A phrase read one way alone and another way beside a set's word (不正に取得: unauthorized access, but
            // an insider's act where an employee is named) is read the narrower way where that holds.
            bool paired = false;
            foreach (var cue in readings)
            {
                if (cue.Requires is not null && PairHolds(text, hit, cue.Requires))
                {
                    paired = true;
                    var found = cue.Strong ? strong : weak;
                    found[(int)cue.Kind] ??= hit;
                }
            }
            if (!paired)
            {
                foreach (var cue in readings)
                {
                    if (cue.Requires is null)
                    {
                        var found = cue.Strong ? strong : weak;
                        found[(int)cue.Kind] ??= hit;
                    }
                }
            }
        }
        var chosen = strong.ContainsAnyExcept((PhraseHit?)null) ? strong : weak;
        Suppress(chosen);
        for (int k = 0; k < KindCount; k++)
        {
            if (chosen[k] is { } evidence)
            {
                Record(context, (IncidentKind)k, evidence.Start, evidence.End);
            }
        }
        if (context.Incident.Kinds.Count == 0)
        {
            AddFallback(context, regions);
        }
    }

    private static bool CouldAdd(KindCue[] readings, ReadOnlySpan<PhraseHit?> strong, ReadOnlySpan<PhraseHit?> weak)
    {
        foreach (var c in readings)
        {
            if ((c.Strong ? strong : weak)[(int)c.Kind] is null)
            {
                return true;
            }
        }
        return false;
    }

    // The title always speaks about the incident; in the body, advice and references do not.
    private static bool IsStatement(NoticeRegions regions, int offset) =>
        regions.IsTitle(offset) || (!regions.IsAdvisory(offset) && !regions.IsReference(offset));

    private bool IsAdviceOrDenied(string text, PhraseHit hit)
    {
        int afterEnd = Math.Min(text.Length, hit.End + AfterWindow);
        if (_lexicon.After.Occurs(text, hit.End, afterEnd) || _lexicon.Before.EndsAt(text, hit.Start, Math.Max(0, hit.Start - AfterWindow)))
        {
            return true;
        }
        int clauseEnd = Clauses.ClauseEnd(text, hit.End, DenialWindow);
        return _lexicon.Negation.Occurs(text, hit.End, clauseEnd);
    }

    // A pair fires when a word of its set stands near the cue in the same sentence (as the agent, where
    // the set says so) and no cancelling word stands near it.
    private bool PairHolds(string text, PhraseHit hit, string setName)
    {
        if (!_lexicon.Sets.TryGetValue(setName, out var set))
        {
            return false;
        }
        int from = NearSentenceStart(text, hit.Start);
        int to = NearSentenceEnd(text, hit.End);
        _lexicon.Follows.TryGetValue(setName, out var follow);
        bool near = false;
        foreach (var word in set.FindAll(text, from, to))
        {
            if (follow is null || follow.StartsAt(text, SkipParenthetical(text, word.End, to), to))
            {
                near = true;
                break;
            }
        }
        return near && !(_lexicon.Cancels.TryGetValue(setName, out var cancel) && cancel.Occurs(text, from, to));
    }

    // The pair window: up to PairWindow characters on either side of the cue, not across a sentence end (nor a 。 in
    // brackets: the words of a pair stand in one clause).
    private static int NearSentenceStart(string text, int at) =>
        Clauses.SentenceStart(text, at, Math.Max(0, at - PairWindow), throughBrackets: false);

    private static int NearSentenceEnd(string text, int at) =>
        Clauses.SentenceEnd(text, at, at + PairWindow, throughBrackets: false);

    // 元職員(元技能長)が: the agent particle comes after a short parenthetical.
    private static int SkipParenthetical(string text, int at, int limit)
    {
        if (at >= limit || text[at] != '(')
        {
            return at;
        }
        int close = text.IndexOf(')', at, Math.Min(MaxParenthetical, limit - at));
        return close < 0 ? at : close + 1;
    }

    private void Suppress(Span<PhraseHit?> chosen)
    {
        foreach (var (winner, loser) in _lexicon.Suppressions)
        {
            if (chosen[(int)winner] is not null)
            {
                chosen[(int)loser] = null;
            }
        }
    }

    private void AddFallback(ExtractionContext context, NoticeRegions regions)
    {
        if (_lexicon.FallbackKind is not { } kind)
        {
            return;
        }
        var text = context.Text;
        foreach (var hit in _lexicon.FallbackWords.FindAll(text, regions.Title.Start, text.Length))
        {
            if (IsStatement(regions, hit.Start))
            {
                Record(context, kind, hit.Start, hit.End);
                return;
            }
        }
    }

    private void Record(ExtractionContext context, IncidentKind kind, int start, int end)
    {
        context.Incident.Kinds.Add(kind);
        context.Annotate(this, "kind", KindLexicon.Code(kind), start, end);
    }
}
