using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Fields;

/// <summary>
/// Fills <see cref="Incident.Fields"/> (each kind of data stated as leaked or exposed) and
/// <see cref="Incident.ExcludedFields"/> (data stated as not leaked). Fields are read where a notice
/// lists what leaked (<see cref="ListReader"/>) and from sentences that state or deny a leak
/// (<see cref="StatementReader"/>); a field inside a denial is never a leaked field. The vocabulary is
/// <c>fields.tsv</c> plus the caller's synonyms (<see cref="FieldOptions"/>); cue words are <c>field-cues.tsv</c>.
/// </summary>
[ExtractorName("fields")]
public sealed class LeakedFieldExtractor : IIncidentExtractor
{
    private readonly FieldLexicon _lexicon;
    private readonly FieldCues _cues;
    private readonly ListReader _lists;
    private readonly StatementReader _statements;

    /// <summary>Creates the extractor with the embedded vocabulary only.</summary>
    public LeakedFieldExtractor()
        : this(new FieldOptions())
    {
    }

    /// <summary>Creates the extractor with the embedded vocabulary and the synonyms in <paramref name="options"/>.</summary>
    public LeakedFieldExtractor(FieldOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _lexicon = new FieldLexicon(FieldLexicon.ReadEmbedded().Concat(options.Synonyms));
        _cues = new FieldCues();
        _lists = new ListReader(_cues);
        _statements = new StatementReader(_cues);
    }

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Incident.IsIncident)
        {
            return;
        }
        string text = context.Text;
        // The built-in tokenizer's tokens are script runs, which the scanner reads from the characters
        // directly; only a tokenizer with parts of speech (MeCab) adds something worth tokenizing for.
        var tokens = context.Tokenizer.ProvidesPartsOfSpeech ? context.Tokens : null;
        var scanner = new FieldScanner(text, tokens, _lexicon, _cues);
        var findings = new FieldFindings();
        _lists.Read(scanner, context.Sections, findings);
        var title = context.Header.Title;
        bool titleStatesLeak = title.Length > 0 && title.End <= text.Length && _cues.Leak.Occurs(text, title.Start, title.End);
        _statements.Read(scanner, context.Sections, titleStatesLeak, findings);
        Write(context, findings);
    }

    private static void Write(ExtractionContext context, FieldFindings findings)
    {
        // One entry per kind of data as written and grouped: a notice that repeats クレジットカード情報
        // in five sentences lists it once (at its first mention); 氏名 under two groups stays twice.
        var seen = new HashSet<(FieldCategory, string, string?, bool)>();
        foreach (var f in findings.Fields.OrderBy(f => f.Hit.Start))
        {
            string words = context.Text.Substring(f.Hit.Start, f.Hit.End - f.Hit.Start);
            if (!findings.InExclusionZone(f.Hit.Start) && seen.Add((f.Hit.Category, words, f.Group, f.Optional)))
            {
                var at = context.Source(f.Hit.Start, f.Hit.End);
                context.Incident.Fields.Add(new LeakedField(f.Hit.Category, at.Text, at.Start, at.End)
                {
                    Group = f.Group,
                    Optional = f.Optional ? true : null,
                });
            }
        }
        var excluded = new HashSet<(FieldCategory, string)>();
        foreach (var hit in findings.Excluded.OrderBy(h => h.Start))
        {
            if (excluded.Add((hit.Category, context.Text.Substring(hit.Start, hit.End - hit.Start))))
            {
                var at = context.Source(hit.Start, hit.End);
                context.Incident.ExcludedFields.Add(new LeakedField(hit.Category, at.Text, at.Start, at.End));
            }
        }
    }
}
