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
        List<ReportabilityGround>? grounds = null;
        var facts = new DraftFacts(context, regime);
        foreach (var rule in _rules.Grounds)
        {
            // A ground is decided without allocating; its evidence is gathered only where it holds (once per code).
            if (rule.HoldsOn(facts) && !HasGround(grounds, rule.Code))
            {
                (grounds ??= []).Add(new ReportabilityGround(rule.Code, rule.Rule, Evidence(rule, context)));
            }
        }
        grounds ??= [];
        var exception = Encrypted(context);
        draft.Reportability = Deadlines(draft, grounds) with
        {
            Regime = regime,
            Grounds = grounds,
            Required = Required(draft, grounds, exception is not null),
            Exception = exception is null ? null : "encrypted",
            ExceptionSource = exception,
            ReportedToPpc = ReportsTo(draft, ReportTarget.Ppc),
        };
    }

    private static bool HasGround(List<ReportabilityGround>? grounds, string code)
    {
        if (grounds is not null)
        {
            foreach (var g in grounds)
            {
                if (g.Code == code)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool ReportsTo(IncidentDraft draft, ReportTarget target)
    {
        foreach (var r in draft.Reports)
        {
            if (r.To == target)
            {
                return true;
            }
        }
        return false;
    }

    // The parsed incident's facets, as the rules ask them.
    private readonly struct DraftFacts(ExtractionContext context, string? regime) : IGroundFacts
    {
        public string? Regime => regime;

        public long? Affected => context.Incident.Affected?.Value;

        public bool HasField(FieldCategory category) => FieldIndex(context.Incident, category) >= 0;

        public bool HasKind(IncidentKind kind) => context.Incident.Kinds.Contains(kind);

        public bool Says(string phrase) => context.Text.Contains(phrase, StringComparison.Ordinal);
    }

    // The spans a ground that holds rests on: the data named, the kind's cue, the count, the words.
    private static List<SourceText> Evidence(GroundRule rule, ExtractionContext context)
    {
        var draft = context.Incident;
        var evidence = new List<SourceText>();
        foreach (var category in rule.Fields)
        {
            var field = draft.Fields[FieldIndex(draft, category)];
            evidence.Add(new SourceText(field.Text, field.Start, field.End));
        }
        if (rule.Kind is { } kind)
        {
            string code = ContractCode<IncidentKind>.Of(kind);
            foreach (var a in draft.Annotations)
            {
                if (a.Extractor == KindsExtractorName && a.Value == code)
                {
                    evidence.Add(new SourceText(a.Text, a.Start, a.End));
                    break;
                }
            }
        }
        if (rule.MoreThan is not null && draft.Affected is { } affected)
        {
            evidence.Add(new SourceText(affected.Text, affected.Start, affected.End));
        }
        if (rule.Phrase is { } phrase && context.Text.IndexOf(phrase, StringComparison.Ordinal) is int at and >= 0)
        {
            evidence.Add(context.Source(at, at + phrase.Length));
        }
        return evidence;
    }

    private static int FieldIndex(IncidentDraft draft, FieldCategory category)
    {
        var fields = draft.Fields;
        for (int i = 0; i < fields.Count; i++)
        {
            if (fields[i].Category == category)
            {
                return i;
            }
        }
        return -1;
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
        bool left = draft.LeakStatus is LeakStatus.Confirmed or LeakStatus.Possible;
        foreach (var kind in draft.Kinds)
        {
            left |= _rules.LeakedKinds.Contains(kind);
        }
        return left ? true : null;
    }

    // From the earliest detection to a day: the preliminary report within three to five days, the final within 30 (60
    // where the ground is an improper purpose); met or not by the notice's own dated reports to the Commission.
    private static Model.Reportability Deadlines(IncidentDraft draft, List<ReportabilityGround> grounds)
    {
        JapaneseDate? detected = null;
        foreach (var e in draft.Timeline)
        {
            if (e.Event == TimelineEventCode.Detected && e.Date.Precision >= DatePrecision.Day && (detected is null || e.Date.FirstDay < detected.Value.FirstDay))
            {
                detected = e.Date;
            }
        }
        if (detected is not { } day)
        {
            return Unknown;
        }
        var from = day.FirstDay;
        var preliminaryUntil = from.AddDays(5);
        var finalBy = from.AddDays(HasGround(grounds, ImproperPurpose) ? 60 : 30);
        DateOnly? first = null, last = null;
        foreach (var r in draft.Reports)
        {
            if (r.To == ReportTarget.Ppc && r.Date is { Precision: >= DatePrecision.Day } date && date.FirstDay >= from)
            {
                first = first is null || date.FirstDay < first ? date.FirstDay : first;
                last = last is null || date.FirstDay > last ? date.FirstDay : last;
            }
        }
        return new Model.Reportability
        {
            Detected = day,
            PreliminaryFrom = Date(from.AddDays(3)),
            PreliminaryUntil = Date(preliminaryUntil),
            FinalBy = Date(finalBy),
            PreliminaryMet = first is { } f ? f <= preliminaryUntil : null,
            FinalMet = last is { } l && l != first ? l <= finalBy : null,
        };
    }

    // No detection date: no deadlines (a shared instance, copied with the other values).
    private static readonly Model.Reportability Unknown = new();

    private static JapaneseDate Date(DateOnly d) => new(d.Year, d.Month, d.Day);
}
