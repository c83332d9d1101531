using System.Collections.Frozen;
using IncidentParsing.Extractors.Statements;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Organization;

/// <summary>
/// The names one notice offers as its organization, each with what was found about it: which reading found it
/// (the issuer line, the lead's subject, the title…), its shape (a legal form, an institutional ending), how often
/// and how early it recurs, and the words around it (<see cref="CandidateCues"/>). One entry per name, spaces
/// ignored; the first reading that found a name gives its span.
/// </summary>
internal sealed class CandidatePool(OrganizationLexicon lexicon, NameScanner names, CandidateCues cues)
{
    private const int MaxOccurrences = 20;
    // A name this early in the body stands in the lead.
    private const int EarlyChars = 200;

    // The features that say a reading of the notice found the name (not only the scan for names).
    private static readonly FrozenSet<string> Readings = new[]
    {
        "chain", "addressee", "self", "issuer", "lead", "signature", "contact", "greeting", "title.head", "title.name",
        "news.source", "tagged", "repeated",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The feature of a name only the scan for names found, no reading of the notice.</summary>
    public const string Unread = "unread";

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<PhraseHit> _hits = [];

    public int Count => _entries.Count;

    /// <summary>Records that <paramref name="feature"/> found the name at <paramref name="span"/>.</summary>
    public void Add(string text, TextSpan? span, string feature)
    {
        if (span is not { Length: >= 2 } s)
        {
            return;
        }
        string key = Key(text, s);
        if (key.Length < 2)
        {
            return;
        }
        if (!_entries.TryGetValue(key, out var entry))
        {
            _entries[key] = entry = new Entry(s);
        }
        entry.Features[feature] = 1;
    }

    /// <summary>
    /// The candidates, scored and best first, at most <paramref name="max"/> of them, and in <paramref name="none"/>
    /// the probability that the organization is none of them.
    /// </summary>
    public List<(TextSpan Span, OrganizationCandidate Candidate)> Score(ExtractionContext context, OrganizationModel model, string[] facts, int max, out double none)
    {
        var text = context.Text;
        var title = context.Header.Title;
        int bodyStart = Math.Max(context.Header.BodyStart, title.End);
        var entries = _entries.Values.ToArray();
        foreach (var entry in entries)
        {
            foreach (var fact in facts)
            {
                entry.Features[fact] = 1;
            }
            if (!entry.Features.Keys.Any(Readings.Contains))
            {
                entry.Features[Unread] = 1;
            }
            // The blog's own convention (the issuer opens the title) is as trustworthy as the blog is regular.
            if (entry.Features.ContainsKey("chain") && entry.Features.ContainsKey("kind.blog"))
            {
                entry.Features["chain.blog"] = 1;
            }
            Shape(text, entry.Span, entry.Features);
            Occurrences(text, entry.Span, title, bodyStart, entry.Features);
        }
        var scores = new double[entries.Length];
        none = model.Score(Array.ConvertAll(entries, e => (IReadOnlyDictionary<string, double>)e.Features), scores);
        var scored = new List<(TextSpan, OrganizationCandidate)>(entries.Length);
        for (int i = 0; i < entries.Length; i++)
        {
            var source = context.Source(entries[i].Span);
            var candidate = new OrganizationCandidate(CollapseSpaces(source.Text), source, Math.Round(scores[i], 4), entries[i].Features);
            scored.Add((entries[i].Span, candidate));
        }
        // Best first; ties go to the name that stands first.
        scored.Sort(static (a, b) => a.Item2.Score != b.Item2.Score ? b.Item2.Score.CompareTo(a.Item2.Score) : a.Item1.Start.CompareTo(b.Item1.Start));
        if (scored.Count > max)
        {
            scored.RemoveRange(max, scored.Count - max);
        }
        return scored;
    }

    private void Shape(string text, TextSpan span, Dictionary<string, double> features)
    {
        if (lexicon.LegalForms.Occurs(text, span.Start, span.End))
        {
            features["legal"] = 1;
        }
        if (names.TryName(text, span.Start, span.End, out var name) && name.Span.End == span.End)
        {
            features["ending"] = 1;
            if (name.IsPolice)
            {
                features["police"] = 1;
            }
        }
        if (span.Length <= 3)
        {
            features["short"] = 1;
        }
        if (lexicon.Regulators.Contains(text.Substring(span.Start, span.Length)))
        {
            features["regulator"] = 1;
        }
    }

    // How often, how early and in what company the name stands.
    private void Occurrences(string text, TextSpan span, TextSpan title, int bodyStart, Dictionary<string, double> features)
    {
        var name = text.AsSpan(span.Start, span.Length);
        int count = 0;
        int at = 0;
        while (count < MaxOccurrences && at < text.Length)
        {
            int found = text.AsSpan(at).IndexOf(name, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }
            int start = at + found;
            int end = start + name.Length;
            count++;
            if (start >= title.Start && end <= title.End && !title.IsEmpty)
            {
                features["in.title"] = 1;
            }
            else if (start >= bodyStart && start < bodyStart + EarlyChars)
            {
                features["early"] = 1;
            }
            cues.AddAround(text, start, end, features, _hits);
            if (OwnLine(text, start, end))
            {
                features["line"] = 1;
            }
            at = end;
        }
        features["recurs"] = Math.Round(Math.Log(Math.Max(1, count)), 4);
    }

    // A name alone on its line (spaces aside): an issuer line or a signature, wherever the layout put it.
    private static bool OwnLine(string text, int start, int end)
    {
        int before = start;
        while (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }
        int after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        return (before == 0 || text[before - 1] == '\n') && (after == text.Length || text[after] == '\n');
    }

    private static string Key(string text, TextSpan span)
    {
        var chars = new char[span.Length];
        int n = 0;
        foreach (char c in text.AsSpan(span.Start, span.Length))
        {
            if (!char.IsWhiteSpace(c))
            {
                chars[n++] = c;
            }
        }
        return new string(chars, 0, n);
    }

    private static string CollapseSpaces(string s)
    {
        var parts = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts);
    }

    private sealed class Entry(TextSpan span)
    {
        public TextSpan Span { get; } = span;

        public Dictionary<string, double> Features { get; } = new(StringComparer.Ordinal);
    }
}
