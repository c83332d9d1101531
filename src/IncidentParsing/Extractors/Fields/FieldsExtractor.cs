using IncidentParsing.Extractors.TitleClassification;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Extractors.Fields;

/// <summary>
/// Fills <see cref="Incident.Fields"/> (each kind of data stated as leaked or exposed) and
/// <see cref="Incident.ExcludedFields"/> (data stated as not leaked). Fields are read where a notice
/// lists what leaked (<see cref="ListReader"/>) and from sentences that state or deny a leak
/// (<see cref="StatementReader"/>); a field inside a denial is never a leaked field. The vocabulary is
/// <c>fields.tsv</c> plus the caller's synonyms (<see cref="FieldsOptions"/>); cue words are <c>field-cues.tsv</c>.
/// </summary>
[Requires(typeof(TitleClassificationExtractor))]
public sealed class FieldsExtractor : IIncidentExtractor
{
    private readonly FieldLexicon _lexicon;
    private readonly FieldCues _cues;
    private readonly ListReader _lists;
    private readonly StatementReader _statements;

    /// <summary>Creates the extractor with the embedded vocabulary only.</summary>
    public FieldsExtractor()
        : this(new FieldsOptions())
    {
    }

    /// <summary>Creates the extractor with the embedded vocabulary and the synonyms in <paramref name="options"/>.</summary>
    public FieldsExtractor(FieldsOptions options)
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
        using var findings = new FieldFindings();
        var title = context.Header.Title;
        _lists.Read(scanner, context.Sections, findings, title);
        bool titleStatesLeak = title.Length > 0 && title.End <= text.Length && _cues.LetsContainmentCount(text, title.Start, title.End);
        _statements.Read(scanner, context.Sections, titleStatesLeak, findings);
        Write(context, findings);
    }

    private static void Write(ExtractionContext context, FieldFindings findings)
    {
        string text = context.Text;
        // One entry per kind of data as written and grouped: a notice that repeats クレジットカード情報
        // in five sentences lists it once (at its first mention); 氏名 under two groups stays twice.
        var sameWords = new FieldKeyComparer(text);
        var fields = findings.Fields.AsSpan();
        SortByStart(fields, static f => f.Hit.Start);
        var seen = new HashSet<FieldKey>(fields.Length, sameWords);
        foreach (var f in fields)
        {
            if (!findings.InExclusionZone(f.Hit.Start) && seen.Add(new FieldKey(f.Hit.Category, f.Hit.Start, f.Hit.End, f.Group, f.Optional)))
            {
                var at = context.SourceValue(f.Hit.Start, f.Hit.End);
                context.Incident.Fields.Add(new LeakedField(f.Hit.Category, at.Text, at.Start, at.End)
                {
                    Group = f.Group,
                    Optional = f.Optional ? true : null,
                });
            }
        }
        var excludedHits = findings.Excluded.AsSpan();
        if (excludedHits.IsEmpty)
        {
            return;
        }
        SortByStart(excludedHits, static h => h.Start);
        var excluded = new HashSet<FieldKey>(excludedHits.Length, sameWords);
        foreach (var hit in excludedHits)
        {
            // メールアドレスが流出… 他の会員様のメールアドレスの流出はございません: denied for some people, the
            // kind of data still leaked, so it is a leaked field and not an excluded one.
            if (!LeakedAlso(context.Incident.Fields, hit.Category) && excluded.Add(new FieldKey(hit.Category, hit.Start, hit.End, null, false)))
            {
                var at = context.SourceValue(hit.Start, hit.End);
                context.Incident.ExcludedFields.Add(new LeakedField(hit.Category, at.Text, at.Start, at.End));
            }
        }
    }

    private static bool LeakedAlso(List<LeakedField> fields, FieldCategory category)
    {
        foreach (var f in fields)
        {
            if (f.Category == category)
            {
                return true;
            }
        }
        return false;
    }

    // Stable (the first-found of two at one offset stays first), in place, and near-linear on findings,
    // which arrive as a few runs already in text order (lists, then statements).
    private static void SortByStart<T>(Span<T> items, Func<T, int> start)
    {
        for (int i = 1; i < items.Length; i++)
        {
            var item = items[i];
            int key = start(item);
            int j = i - 1;
            while (j >= 0 && start(items[j]) > key)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = item;
        }
    }

    /// <summary>A field as written: its category, the words (a span of the notice text), its group and whether optional.</summary>
    private readonly record struct FieldKey(FieldCategory Category, int Start, int End, string? Group, bool Optional);

    /// <summary>Compares <see cref="FieldKey"/>s by the words they cover, without cutting them out of the text.</summary>
    private sealed class FieldKeyComparer(string text) : IEqualityComparer<FieldKey>
    {
        public bool Equals(FieldKey x, FieldKey y) =>
            x.Category == y.Category && x.Optional == y.Optional && string.Equals(x.Group, y.Group, StringComparison.Ordinal)
            && Words(x).SequenceEqual(Words(y));

        public int GetHashCode(FieldKey key) =>
            HashCode.Combine(key.Category, string.GetHashCode(Words(key), StringComparison.Ordinal), key.Group, key.Optional);

        private ReadOnlySpan<char> Words(FieldKey key) => text.AsSpan(key.Start, key.End - key.Start);
    }
}
