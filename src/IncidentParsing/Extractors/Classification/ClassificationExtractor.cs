using IncidentParsing.Extractors.Kinds;
using IncidentParsing.Extractors.Status;
using IncidentParsing.Layout;
using IncidentParsing.Lexicons;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Classification;

/// <summary>
/// Decides <see cref="Model.Incident.IsIncident"/>. A blog post is judged by its title (how-tos, tool introductions
/// and rankings are not incidents; <c>Notices/title-cues.tsv</c>). Any other notice is judged by what it says: an
/// incident word in its title, or an incident kind or a leak statement found in its body; unless its title makes it
/// a warning about impersonation or fraud, a statistics article, a policy page, a product announcement, a
/// maintenance notice or a help page's question (<c>notice-cues.tsv</c>). It reads the kinds and the leak status, so it runs after them.
/// </summary>
[Requires(typeof(KindsExtractor))]
[Requires(typeof(StatusExtractor))]
public sealed class ClassificationExtractor : IIncidentExtractor
{
    private readonly string[] _incidentCues;
    private readonly string[] _otherCues;
    private readonly string[] _warningCues;
    private readonly string[] _admissionCues;
    private readonly string[] _questionCues;
    private readonly string[] _pageCues;

    /// <summary>Creates the classifier with the embedded cues.</summary>
    public ClassificationExtractor()
    {
        var rows = Lexicon.ReadEmbedded("Notices/title-cues.tsv");
        _incidentCues = rows.Where(r => r.Length > 1 && r[1] == "incident").Select(r => r[0]).ToArray();
        _otherCues = rows.Where(r => r.Length > 1 && r[1] == "not-incident").Select(r => r[0]).ToArray();
        var notice = Lexicon.ReadEmbedded("Extractors/Classification/notice-cues.tsv");
        _warningCues = Column(notice, "warning");
        _admissionCues = Column(notice, "admission");
        // Every other kind of the file is a kind of page that reports no incident (statistics, policy, product,
        // maintenance); a question is one too, read on the title's whole line (below).
        _pageCues = notice.Where(r => r.Length > 1 && r[0] is not ("warning" or "admission" or "question")).Select(r => r[1]).ToArray();
        _questionCues = Column(notice, "question");
    }

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        if (TryClassifyByTitle(context))
        {
            return;
        }
        var title = context.Text.AsSpan(context.Header.Title.Start, context.Header.Title.Length);
        bool otherCue = ContainsAny(title, _otherCues);
        bool incidentCue = ContainsAny(title, _incidentCues);
        // How-to words (まとめ, 方法) that mark a blog's non-incident posts do not outweigh an incident named beside them.
        bool page = (otherCue && !incidentCue) || ContainsAny(title, _pageCues)
            || (ContainsAny(title, _warningCues) && !ContainsAny(title, _admissionCues))
            || ContainsAny(TitleLine(context), _questionCues);
        var draft = context.Incident;
        bool states = incidentCue || draft.Kinds.Count > 0 || draft.LeakStatus is not null;
        draft.IsIncident = states && !page;
    }

    /// <summary>Decides a blog post by its title (with a casebook header, an incident unless a how-to cue says otherwise); false for any other notice.</summary>
    internal bool TryClassifyByTitle(ExtractionContext context)
    {
        if (context.Header.CasebookId is null && context.DocumentKind != DocumentKind.BlogPost)
        {
            return false;
        }
        var title = context.Text.AsSpan(context.Header.Title.Start, context.Header.Title.Length);
        bool otherCue = ContainsAny(title, _otherCues);
        bool incidentCue = ContainsAny(title, _incidentCues);
        context.Incident.IsIncident = context.Header.CasebookId is not null ? !otherCue || incidentCue : incidentCue && !otherCue;
        return true;
    }

    // The title with the rest of its line, within reach: a help page's title is often a statement and then its question
    // (…不正アクセスされました。対応方法を教えてください。), of which the title keeps the first sentence.
    private static ReadOnlySpan<char> TitleLine(ExtractionContext context)
    {
        var title = context.Header.Title;
        var rest = context.Text.AsSpan(title.Start, Math.Min(context.Text.Length - title.Start, title.Length + QuestionReach));
        int eol = rest.IndexOf('\n');
        return eol < 0 ? rest : rest[..eol];
    }

    private const int QuestionReach = 40;

    private static string[] Column(IReadOnlyList<string[]> rows, string kind) =>
        rows.Where(r => r.Length > 1 && r[0] == kind).Select(r => r[1]).ToArray();

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] cues)
    {
        foreach (var cue in cues)
        {
            if (text.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
