using IncidentParsing.Dates;
using IncidentParsing.Lexicons;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Timeline;

/// <summary>
/// Turns every dated statement of a notice into a <see cref="TimelineEvent"/> whose event code comes
/// from cue words (<c>timeline-cues.tsv</c>); reads timetables row by row; finds the exposure period,
/// the reports to authorities (<c>authorities.tsv</c>, <c>report-verbs.tsv</c>) and, when the title
/// line has no date, the notice's own date in its body. Reports a weekday that contradicts its date.
/// </summary>
public sealed class TimelineExtractor : IIncidentExtractor
{
    private readonly CueLexicon<TimelineEventCode> _events;
    private readonly CueLexicon<bool> _exposureCues;
    private readonly ReportFinder _reports;
    private readonly bool _includeSentences;

    /// <summary>Creates the extractor with the embedded vocabularies plus <paramref name="options"/>.</summary>
    public TimelineExtractor(TimelineOptions? options = null)
    {
        options ??= new TimelineOptions();
        _includeSentences = options.IncludeSentences;
        var events = Lexicon.ReadEmbedded("Extractors/Timeline/timeline-cues.tsv")
            .Where(r => r.Length > 1)
            .Select(r => (r[0], ParseCode<TimelineEventCode>(r[1])))
            .Concat(options.EventCues.Select(kv => (kv.Key, kv.Value)));
        _events = new CueLexicon<TimelineEventCode>(events);
        var authorityRows = Lexicon.ReadEmbedded("Extractors/Timeline/authorities.tsv").Where(r => r.Length > 1).ToList();
        var authorities = authorityRows
            .Select(r => (r[0], ParseCode<ReportTarget>(r[1])))
            .Concat(options.Authorities.Select(kv => (kv.Key, kv.Value)));
        var ownLines = authorityRows.Where(r => r.Length > 2)
            .ToDictionary(r => r[0], r => r[2].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        var verbs = Lexicon.ReadEmbedded("Extractors/Timeline/report-verbs.tsv")
            .Where(r => r.Length > 1)
            .Select(r => (r[0], r[1] == "report"));
        _reports = new ReportFinder(new CueLexicon<ReportTarget>(authorities), new CueLexicon<bool>(verbs), ownLines);
        _exposureCues = new CueLexicon<bool>(Lexicon.ReadEmbedded("Extractors/Timeline/exposure-cues.tsv").Select(r => (r[0], true)));
    }

    private static T ParseCode<T>(string code) where T : struct, Enum => ContractCode<T>.Parse(code);

    private const string InferredMessage = "Dates without their year or month were completed from their context (TimelineEvent.Inferred marks each); this is the first.";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dates = NoticeDates.Of(context);
        string text = context.Text;
        foreach (var m in dates.Mentions)
        {
            if (m.WeekdayMismatch is { } w)
            {
                context.Report(DiagnosticCodes.WeekdayMismatch, $"The weekday does not match {m.ValueIso}.", w.Start, w.End);
            }
        }
        foreach (var span in dates.Impossible)
        {
            context.Report(DiagnosticCodes.InvalidDate, $"'{text[span.Start..span.End]}' names a day no calendar has; it is not read as a date.", span.Start, span.End);
        }
        context.Incident.ExposurePeriod ??= ExposurePeriodOf(dates);
        var reportMentions = new List<TextSpan>();
        foreach (var (to, date, name) in _reports.Find(dates, 0, reportMentions))
        {
            var at = context.SourceValue(name.Start, name.End);
            context.Incident.Reports.Add(new AuthorityReport(to, date?.Value, at.Text, at.Start, at.End));
        }
        // Once per notice, at the first: each completed date says so itself (TimelineEvent.Inferred), and a diagnostic
        // per date would be kept with every incident of a large corpus.
        bool inferredReported = false;
        // Dates of one statement follow each other: they share one copy of its sentence, not one each.
        SourceText? sentence = null;
        TextSpan sentenceSpan = default;
        foreach (var s in dates.Statements)
        {
            var m = s.Mention;
            var at = context.SourceValue(m.Span.Start, m.Span.End);
            if (_includeSentences && (sentence is null || s.Statement != sentenceSpan))
            {
                sentence = context.Source(s.Statement);
                sentenceSpan = s.Statement;
            }
            var entry = new TimelineEvent(m.Value!.Value, m.RangeEnd, Classify(dates, s, reportMentions), at.Text, at.Start, at.End)
            {
                Sentence = sentence,
            };
            context.Incident.Timeline.Add(entry);
            if (entry.Inferred && !inferredReported)
            {
                context.Report(DiagnosticCodes.DateInferred, InferredMessage, m.Span.Start, m.Span.End, DiagnosticSeverity.Info);
                inferredReported = true;
            }
        }

        context.Incident.Published ??= BodyPublished(dates);
    }

    // Japanese puts the predicate last: a date's event is the last cue between it and the next date
    // in its statement. A period (…の期間に) modifies the noun after it, so a range takes the first cue.
    // Cues inside 「」 (titles of earlier announcements) are not events.
    private TimelineEventCode Classify(NoticeDates dates, DatedStatement s, List<TextSpan> reports)
    {
        string text = dates.Text;
        var m = s.Mention;
        int from = Math.Max(s.Statement.Start, m.Span.End);
        int to = s.FromTable ? s.Statement.End : Math.Min(s.Statement.End, NextDateStart(dates, m));
        // A report to an authority found in this part of the statement settles it (大阪府警へ…連絡).
        foreach (var r in reports)
        {
            if (r.Start >= from && r.Start < to)
            {
                return TimelineEventCode.Reported;
            }
        }
        bool range = m.Kind == DateMentionKind.Range;
        if (from < to && _events.TryFind(text, from, to, last: !range, quotesFrom: s.Statement.Start, out _, out _, out var code))
        {
            return code;
        }
        if (from < s.Statement.End && _events.TryFind(text, from, s.Statement.End, last: false, quotesFrom: s.Statement.Start, out _, out _, out code))
        {
            return code;
        }
        // Nothing after the date: a cue before it (…を公表した日:) still says what happened.
        return _events.TryFind(text, s.Statement.Start, m.Span.Start, last: true, quotesFrom: s.Statement.Start, out _, out _, out code) ? code : TimelineEventCode.Other;
    }

    private static int NextDateStart(NoticeDates dates, DateMention m)
    {
        for (int k = dates.FirstMentionAtOrAfter(m.Span.End); k < dates.Mentions.Count; k++)
        {
            if (dates.Mentions[k].Value is not null)
            {
                return dates.Mentions[k].Span.Start;
            }
        }
        return int.MaxValue;
    }

    // The first range whose sentence speaks of data being exposed, leaked or compromised.
    private ExposurePeriod? ExposurePeriodOf(NoticeDates dates)
    {
        foreach (var s in dates.Statements)
        {
            var m = s.Mention;
            if (m.Kind != DateMentionKind.Range || m.Value is null || m.RangeEnd is null)
            {
                continue;
            }
            if (_exposureCues.TryFindFirst(dates.Text, s.Statement.Start, s.Statement.End, out _, out _, out _))
            {
                return new ExposurePeriod(m.Value, m.RangeEnd);
            }
        }
        return null;
    }

    // A date over bullets (<経緯>) is an event, not the letter's date.
    private static bool HeadsBullets(NoticeDates dates, DateMention m)
    {
        for (int k = 0; k < dates.Statements.Count && dates.Statements[k].Mention.Span.Start <= m.Span.Start; k++)
        {
            if (dates.Statements[k].FromTable && ReferenceEquals(dates.Statements[k].Mention, m))
            {
                return true;
            }
        }
        return false;
    }

    // A letter's own date: a full day-precision date standing alone on a line in the notice's first lines.
    private static JapaneseDate? BodyPublished(NoticeDates dates)
    {
        string text = dates.Text;
        foreach (var m in dates.Mentions)
        {
            if (m.Value is not { Precision: >= DatePrecision.Day, Inferred: false } d || m.Kind != DateMentionKind.Single)
            {
                continue;
            }
            int lineStart = m.Span.Start == 0 ? 0 : text.LastIndexOf('\n', m.Span.Start - 1) + 1;
            int lineEnd = text.IndexOf('\n', m.Span.End);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (lineStart > 400)
            {
                break;
            }
            if (text.AsSpan(lineStart, m.Span.Start - lineStart).IsWhiteSpace() && text.AsSpan(m.Span.End, lineEnd - m.Span.End).IsWhiteSpace()
                && !HeadsBullets(dates, m))
            {
                return new JapaneseDate(d.Year, d.Month, d.Day);
            }
        }
        return null;
    }
}
