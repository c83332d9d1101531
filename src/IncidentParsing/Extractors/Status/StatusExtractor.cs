using IncidentParsing.Extractors.Kinds;
using IncidentParsing.Extractors.TitleClassification;
using IncidentParsing.Layout;
using IncidentParsing.Lexicons;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Status;

/// <summary>
/// Decides <see cref="Model.Incident.LeakStatus"/> from how the notice states that data left. In order:
/// a statement in the title (<c>漏えいのおそれについて</c>); the first statement in the body that states,
/// doubts or denies the leak itself (not its consequences: <c>不正使用は確認されておりません</c> and
/// sections on 二次被害 are not about the leak, nor are sentences that recount an earlier announcement);
/// a title that names the leak as a noun (<c>個人情報の流出について</c>); a statement that exposed data was
/// actually seen; and last what the incident's kinds imply (a misdelivered letter has reached someone, a lost
/// USB stick has not been seen to leak). Null where the notice says nothing about data leaving.
/// </summary>
[Requires(typeof(TitleClassificationExtractor))]
[Requires(typeof(KindsExtractor))]
public sealed class StatusExtractor : IIncidentExtractor
{
    private const int StatementWindow = 40;
    // The longest secondary word (それ以上の外部) must fit before the leak word.
    private const int SecondaryReach = 7;

    private readonly StatusLexicon _lexicon;

    /// <summary>Creates the extractor with the embedded vocabulary.</summary>
    public StatusExtractor() : this(new StatusOptions())
    {
    }

    /// <summary>Creates the extractor with the embedded vocabulary plus the caller's.</summary>
    public StatusExtractor(StatusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _lexicon = new StatusLexicon(Lexicon.ReadEmbedded("Extractors/Status/leak-status.tsv").Concat(options.Rows));
    }

    private enum Reading
    {
        Nothing,
        Noun,
        Confirmed,
        Possible,
        NotConfirmed,

        /// <summary>A doubt that describes who is concerned (漏えいのおそれがある方): possible, when nothing else is said.</summary>
        DoubtOfWho,
    }

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        if (!context.Incident.IsIncident)
        {
            return;
        }
        var regions = NoticeRegions.Of(context);
        var title = regions.Title;
        if (FirstStatement(context, _lexicon.Leaks, title.Start, title.End, out bool titleNoun, out _)
            || FirstStatement(context, _lexicon.Leaks, regions.BodyStart, context.Text.Length, out _, out var doubt))
        {
            return;
        }
        if (titleNoun)
        {
            Decide(context, LeakStatus.Confirmed, title.Start, title.End);
            return;
        }
        if (FirstStatement(context, _lexicon.Viewed, regions.BodyStart, context.Text.Length, out _, out _))
        {
            return;
        }
        if (doubt.End > doubt.Start)
        {
            Decide(context, LeakStatus.Possible, doubt.Start, doubt.End);
            return;
        }
        if ((DefaultFromKinds(context, regions.BodyStart) ?? FromKinds(context.Incident, _lexicon.ExposureDefaults)) is { } status)
        {
            context.Incident.LeakStatus = status;
        }
    }

    // The kinds' default; a default that needs a denial of harm holds only where the body has one.
    private LeakStatus? DefaultFromKinds(ExtractionContext context, int bodyStart)
    {
        int? denial = null;
        foreach (var (status, kind, harmDenied) in _lexicon.Defaults)
        {
            if (!context.Incident.Kinds.Contains(kind))
            {
                continue;
            }
            if (!harmDenied)
            {
                return status;
            }
            denial ??= HarmDenial(context, bodyStart);
            if (denial >= 0)
            {
                return status;
            }
        }
        return null;
    }

    // 悪用などは現時点で確認されていない, 二次被害が発生したとの情報はありません: where the body says no misuse was
    // seen, the start of that harm word; -1 when it never does.
    private int HarmDenial(ExtractionContext context, int bodyStart)
    {
        var text = context.Text;
        var regions = NoticeRegions.Of(context);
        foreach (var found in _lexicon.Harm.FindAll(text, bodyStart, text.Length))
        {
            if (regions.IsReference(found.Start))
            {
                continue;
            }
            int end = Clauses.SentenceEnd(text, found.End, text.Length);
            if (_lexicon.Negation.Occurs(text, found.End, end))
            {
                return found.Start;
            }
        }
        return -1;
    }

    // Reads each occurrence of a word of `words` in [from, to) in order and decides on the first that states something.
    private bool FirstStatement(ExtractionContext context, PhraseSet words, int from, int to, out bool sawNoun, out (int Start, int End) doubt)
    {
        sawNoun = false;
        doubt = default;
        var text = context.Text;
        var regions = NoticeRegions.Of(context);
        bool inTitle = regions.IsTitle(from);
        foreach (var found in words.FindAllJoined(text, from, to))
        {
            int start = found.Start;
            int end = found.End;
            if (!inTitle && (regions.IsReference(start) || regions.IsSecondary(start)))
            {
                continue;
            }
            bool leakWord = ReferenceEquals(words, _lexicon.Leaks);
            var reading = Read(text, start, end, to,
                canHappen: !leakWord || _lexicon.CanHappen[found.Phrase],
                bare: !leakWord || _lexicon.BareNoun[found.Phrase]);
            if (reading == Reading.Noun && leakWord && _lexicon.TitleNoun[found.Phrase])
            {
                sawNoun = true;
            }
            if (reading == Reading.DoubtOfWho && doubt.End == 0 && !RecountsAnnouncement(text, start))
            {
                doubt = (Clauses.SentenceStart(text, start, from), Clauses.SentenceEnd(text, end, to));
            }
            // Checked last: most occurrences are bare nouns, and only a statement needs its whole sentence read.
            if (ToStatus(reading) is { } status && (inTitle || (!RecountsAnnouncement(text, start) && !IsQuestion(text, end, to))))
            {
                if (status != LeakStatus.NotConfirmed && !inTitle && DeniedByListIntro(text, start, from))
                {
                    status = LeakStatus.NotConfirmed;
                }
                Decide(context, status, Clauses.SentenceStart(text, start, from), Clauses.SentenceEnd(text, end, to));
                return true;
            }
        }
        return false;
    }

    // Q.自分のカード情報が漏洩したのかどうか、どうすればわかりますか。: a reader's question states nothing.
    private static bool IsQuestion(string text, int end, int to)
    {
        var sentence = text.AsSpan(end, Clauses.SentenceEnd(text, end, to) - end).TrimEnd();
        return sentence.EndsWith("?") || sentence.EndsWith("か。") || sentence.EndsWith("か");
    }

    // 以下のような事実は一切確認されておりません。 / - 当該情報が外部に流出したことを示す事実: a bullet under a line
    // that denies the list it introduces is denied too.
    private bool DeniedByListIntro(string text, int at, int floor)
    {
        int lineStart = Clauses.SentenceStart(text, at, floor);
        if (lineStart >= text.Length || lineStart == 0 || !IsBulletMark(text[lineStart]))
        {
            return false;
        }
        int previous = lineStart - 1; // the newline ending the line above
        while (previous > floor)
        {
            int start = text.LastIndexOf('\n', previous - 1, previous - floor) + 1;
            if (start < previous && !IsBulletMark(text[start]))
            {
                var intro = text.AsSpan(start, previous - start).TrimEnd().TrimEnd('。');
                return intro.Contains("以下", StringComparison.Ordinal) && _lexicon.Negation.EndsAt(text, start + intro.Length, start);
            }
            previous = start - 1;
        }
        return false;
    }

    private static bool IsBulletMark(char c) => c is '-' or '・' or '•' or '●' or '○' or '■' or '□' or '◆' or '*';

    // What the clause after a leak word says about it: doubted, denied, happened, or nothing (a bare noun).
    private Reading Read(string text, int start, int end, int limit, bool canHappen, bool bare)
    {
        if (_lexicon.Secondary.EndsAt(text, start, Math.Max(0, start - SecondaryReach)))
        {
            return Reading.Nothing;
        }
        int windowEnd = Clauses.SentenceEnd(text, end, Math.Min(limit, end + StatementWindow));
        int consequence = IndexOrMax(_lexicon.Consequence.IndexIn(text, end, windowEnd));
        int modal = IndexOrMax(_lexicon.Modal.IndexIn(text, end, windowEnd));
        int negation = IndexOrMax(_lexicon.Negation.IndexIn(text, end, windowEnd));
        if (modal < consequence && modal <= negation)
        {
            int modalEnd = modal + _lexicon.Modal[_lexicon.Modal.MatchAt(text, modal, windowEnd)].Length;
            if (_lexicon.Low.StartsAt(text, modalEnd, windowEnd))
            {
                return Reading.NotConfirmed;
            }
            return IsModifier(text, modalEnd, windowEnd) ? Reading.DoubtOfWho : Reading.Possible;
        }
        if (negation < consequence)
        {
            return Reading.NotConfirmed;
        }
        if (canHappen && (bare || _lexicon.Happened.StartsAt(text, end, windowEnd)))
        {
            return Reading.Confirmed;
        }
        return Reading.Noun;
    }

    // 「漏えいの可能性がある方」 describes who is concerned; 「可能性があること」 states the doubt.
    private bool IsModifier(string text, int at, int end)
    {
        if (at < end && text[at] is 'が' or 'の' or 'は')
        {
            at++;
        }
        if (!text.AsSpan(at, Math.Max(0, end - at)).StartsWith("ある", StringComparison.Ordinal))
        {
            return false;
        }
        int next = at + 2;
        return next < end && !_lexicon.Main.StartsAt(text, next, end);
    }

    private bool RecountsAnnouncement(string text, int at)
    {
        int start = Clauses.SentenceStart(text, at);
        int end = Clauses.SentenceEnd(text, at);
        return _lexicon.Announced.Occurs(text, start, end);
    }

    private static LeakStatus? FromKinds(IncidentDraft incident, (LeakStatus Status, IncidentKind Kind)[] table)
    {
        foreach (var (status, kind) in table)
        {
            if (incident.Kinds.Contains(kind))
            {
                return status;
            }
        }
        return null;
    }

    private void Decide(ExtractionContext context, LeakStatus status, int start, int end)
    {
        context.Incident.LeakStatus = status;
        var text = context.Text;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        context.Annotate(this, "leak", status switch
        {
            LeakStatus.Confirmed => "confirmed",
            LeakStatus.Possible => "possible",
            _ => "not-confirmed",
        }, start, end);
    }

    private static LeakStatus? ToStatus(Reading reading) => reading switch
    {
        Reading.Confirmed => LeakStatus.Confirmed,
        Reading.Possible => LeakStatus.Possible,
        Reading.NotConfirmed => LeakStatus.NotConfirmed,
        _ => null,
    };

    private static int IndexOrMax(int index) => index < 0 ? int.MaxValue : index;
}
