using IncidentParsing.Extractors.Classification;
using IncidentParsing.Extractors.Counts;
using IncidentParsing.Extractors.Fields;
using IncidentParsing.Extractors.Kinds;
using IncidentParsing.Extractors.Organization;
using IncidentParsing.Extractors.Status;
using IncidentParsing.Extractors.Timeline;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Reportability;

/// <summary>
/// Reads what an incident means under the APPI (<see cref="Model.Reportability"/>) from the facets the other extractors
/// found (organization, fields, kinds, leak status, count, timeline, reports), by the rules of
/// <c>reportability.tsv</c> or the caller's table. It reads every facet, so it runs last.
/// </summary>
[Requires(typeof(FieldsExtractor))]
[Requires(typeof(KindsExtractor))]
[Requires(typeof(StatusExtractor))]
[Requires(typeof(OrganizationExtractor))]
[Requires(typeof(TimelineExtractor))]
[Requires(typeof(CountsExtractor))]
[Requires(typeof(ClassificationExtractor))]
internal sealed class ReportabilityExtractor : IIncidentExtractor
{
    private const string ImproperPurpose = "improper-purpose";
    private const string KindsExtractorName = "kinds";
    private readonly ReportabilityRules _rules;

    public ReportabilityExtractor(ReportabilityRules rules) => _rules = rules;

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        var draft = context.Incident;
        if (!draft.IsIncident)
        {
            return;
        }
        string? name = draft.OrganizationName ?? draft.Organization?.Text;
        string? regime = name is null ? null : _rules.RegimeOf(name);
        var grounds = new List<ReportabilityGround>();
        foreach (var rule in _rules.Grounds)
        {
            if (Holds(rule, context, regime) is { } evidence && !grounds.Exists(g => g.Code == rule.Code))
            {
                grounds.Add(new ReportabilityGround(rule.Code, rule.Rule, evidence));
            }
        }
        var exception = Encrypted(context);
        draft.Reportability = Deadlines(draft, grounds) with
        {
            Regime = regime,
            Grounds = grounds,
            Required = Required(draft, grounds, exception is not null),
            Exception = exception is null ? null : "encrypted",
            ExceptionSource = exception,
            ReportedToPpc = draft.Reports.Exists(r => r.To == ReportTarget.Ppc),
        };
    }

    // The evidence a rule holds on, or null when it does not hold.
    private static List<SourceText>? Holds(GroundRule rule, ExtractionContext context, string? regime)
    {
        var draft = context.Incident;
        if (rule.Regime is not null && rule.Regime != regime)
        {
            return null;
        }
        var evidence = new List<SourceText>();
        foreach (var category in rule.Fields)
        {
            int at = draft.Fields.FindIndex(f => f.Category == category);
            if (at < 0)
            {
                return null;
            }
            var field = draft.Fields[at];
            evidence.Add(new SourceText(field.Text, field.Start, field.End));
        }
        if (rule.Kind is { } kind)
        {
            if (!draft.Kinds.Contains(kind))
            {
                return null;
            }
            string code = ContractCode<IncidentKind>.Of(kind);
            int cue = draft.Annotations.FindIndex(a => a.Extractor == KindsExtractorName && a.Value == code);
            if (cue >= 0)
            {
                evidence.Add(new SourceText(draft.Annotations[cue].Text, draft.Annotations[cue].Start, draft.Annotations[cue].End));
            }
        }
        if (rule.MoreThan is { } threshold)
        {
            if (draft.Affected is not { } affected || affected.Value <= threshold)
            {
                return null;
            }
            evidence.Add(new SourceText(affected.Text, affected.Start, affected.End));
        }
        if (rule.Phrase is { } phrase)
        {
            int at = context.Text.IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }
            evidence.Add(context.Source(at, at + phrase.Length));
        }
        return evidence;
    }

    private SourceText? Encrypted(ExtractionContext context)
    {
        foreach (string phrase in _rules.EncryptionPhrases)
        {
            int at = context.Text.IndexOf(phrase, Math.Min(context.BodyStart, context.Text.Length), StringComparison.Ordinal);
            if (at >= 0)
            {
                return context.Source(at, at + phrase.Length);
            }
        }
        return null;
    }

    // A ground and data that left (or may have): due. No ground: not due, where the notice names the data or the count
    // that would show one; else it says too little. A ground but nothing said of data leaving: too little to say.
    private bool? Required(IncidentDraft draft, List<ReportabilityGround> grounds, bool encrypted)
    {
        if (encrypted)
        {
            return false;
        }
        if (grounds.Count == 0)
        {
            return draft.Fields.Count == 0 && draft.Affected is null ? null : false;
        }
        bool left = draft.LeakStatus is LeakStatus.Confirmed or LeakStatus.Possible || draft.Kinds.Any(_rules.LeakedKinds.Contains);
        return left ? true : null;
    }

    // From the earliest detection to a day: the preliminary report within three to five days, the final within 30 (60
    // where the ground is an improper purpose); met or not by the notice's own dated reports to the Commission.
    private static Model.Reportability Deadlines(IncidentDraft draft, List<ReportabilityGround> grounds)
    {
        var detected = draft.Timeline
            .Where(e => e.Event == TimelineEventCode.Detected && e.Date.Precision >= DatePrecision.Day)
            .Select(e => e.Date).OrderBy(d => d.FirstDay).FirstOrDefault();
        if (detected is not { Year: > 0 } day)
        {
            return new Model.Reportability();
        }
        var from = day.FirstDay;
        var preliminaryUntil = from.AddDays(5);
        var finalBy = from.AddDays(grounds.Exists(g => g.Code == ImproperPurpose) ? 60 : 30);
        var reports = draft.Reports.Where(r => r.To == ReportTarget.Ppc && r.Date is { Precision: >= DatePrecision.Day })
            .Select(r => r.Date!.Value.FirstDay).Where(d => d >= from).Order().ToList();
        return new Model.Reportability
        {
            Detected = day,
            PreliminaryFrom = Date(from.AddDays(3)),
            PreliminaryUntil = Date(preliminaryUntil),
            FinalBy = Date(finalBy),
            PreliminaryMet = reports.Count > 0 ? reports[0] <= preliminaryUntil : null,
            FinalMet = reports.Count > 1 ? reports[^1] <= finalBy : null,
        };
    }

    private static JapaneseDate Date(DateOnly d) => new(d.Year, d.Month, d.Day);
}
