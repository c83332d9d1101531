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
internal sealed partial class CandidatePool(OrganizationLexicon lexicon, NameScanner names, CandidateCues cues, SelfPointers pointers, FeatureSpace space) : IDisposable
{
    private const int MaxOccurrences = 20;
    private static readonly char[] Openers = ['【', '[', '「', '『', '(', '〈', '《'];
    private static readonly char[] Closers = ['】', ']', '」', '』', ')', '〉', '》'];
    // A name this early in the body stands in the lead.
    private const int EarlyChars = 200;
    private const int InitialNames = 16;

    /// <summary>The fact of a notice that names many organizations with a legal form.</summary>
    public const string ListFact = "list";

    /// <summary>The fact of a list in an organization's own voice (its group companies): its names may be chosen.</summary>
    public const string OwnListFact = "list.own";

    // Each name's entry, by the name without spaces.
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly List<TextSpan> _spans = [];
    private readonly List<PhraseHit> _hits = [];
    // Where the notice's own pointers end (当|組合), found once before its names are weighed.
    private readonly List<int> _pointerEnds = [];
    // One row of features per name, space.Count wide, in one pooled buffer.
    private double[] _rows = Rent(InitialNames * space.Count);
    // The entry Score chose, or -1, and the candidate it made of it.
    private int _chosen = -1;
    private OrganizationCandidate? _chosenCandidate;

    /// <summary>Records that the feature at <paramref name="feature"/> found the name at <paramref name="span"/>.</summary>
    public void Add(string text, TextSpan? span, int feature)
    {
        // A list's middle dot (・神戸高等学校) is no part of the name, whichever reading took it.
        while (span is { Length: > 0 } dotted && text[dotted.Start] == '・')
        {
            span = new TextSpan(dotted.Start + 1, dotted.End);
        }
        // 【X機構】 on a signature line: brackets the name does not open are no part of it.
        while (span is { Length: > 0 } open && Array.IndexOf(Openers, text[open.Start]) is int kind and >= 0
            && text.AsSpan(open.Start + 1, open.Length - 1).IndexOf(Closers[kind]) < 0)
        {
            span = new TextSpan(open.Start + 1, open.End);
        }
        while (span is { Length: > 0 } closed && Array.IndexOf(Closers, text[closed.End - 1]) is int kind and >= 0
            && text.AsSpan(closed.Start, closed.Length - 1).IndexOf(Openers[kind]) < 0)
        {
            span = new TextSpan(closed.Start, closed.End - 1);
        }
        if (span is { Length: >= 2 } s && Entry(text, s) is int entry and >= 0)
        {
            _rows[(entry * space.Count) + feature] = 1;
        }
    }

    /// <summary>
    /// The candidates, scored and best first, at most <paramref name="max"/> of them, and in <paramref name="chosen"/>
    /// the organization: the best candidate that may be chosen, where it outweighs "none of them" and reaches the
    /// model's threshold.
    /// </summary>
    public List<OrganizationCandidate> Score(ExtractionContext context, OrganizationModel model, string[] facts, int max, out OrganizationCandidate? chosen)
    {
        var text = context.Text;
        var title = context.Header.Title;
        int bodyStart = Math.Max(context.Header.BodyStart, title.End);
        int width = space.Count;
        int n = _spans.Count;
        var rows = _rows.AsSpan(0, n * width);
        bool list = false;
        if (n > 0)
        {
            pointers.Find(text, _pointerEnds);
        }
        for (int i = 0; i < n; i++)
        {
            var row = rows.Slice(i * width, width);
            foreach (var fact in facts)
            {
                row[space[fact]] = 1;
                list |= fact == ListFact;
            }
            if (row[..FeatureSpace.ReadingCount].IndexOfAnyExcept(0d) < 0)
            {
                row[space.Unread] = 1;
            }
            // The blog's own convention (the issuer opens the title) is as trustworthy as the blog is regular.
            if (row[space.Chain] != 0 && row[space.KindBlog] != 0)
            {
                row[space.ChainBlog] = 1;
            }
            Shape(text, _spans[i], row);
            Occurrences(text, _spans[i], title, bodyStart, row);
        }
        // An own-voice list lets any name be chosen only where no reading or statement picked one out.
        bool ownNotice = Array.IndexOf(facts, OwnListFact) >= 0 && !AnyRead(rows, width, n);
        var scores = new double[n];
        double none = model.Score(rows, width, scores);
        // Best first; ties go to the name that stands first. Only those kept become candidates (their text is copied).
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : _spans[a].Start.CompareTo(_spans[b].Start));
        var kept = new List<OrganizationCandidate>(Math.Min(max, n));
        chosen = null;
        bool decided = false;
        for (int rank = 0; rank < n; rank++)
        {
            int i = order[rank];
            // A page naming many organizations (a gang's victims) is about none of those it merely names: only a name
            // a reading of its layout or title found, or one a statement has as its subject (Xは), can be its organization.
            // An organization's own notice that names its group companies is still its own: the gate is for pages of others.
            bool first = !decided && (!list || ownNotice || rows[(i * width) + space.Unread] == 0 || (space.Subject >= 0 && rows[(i * width) + space.Subject] != 0));
            if (rank >= max && !first)
            {
                if (decided)
                {
                    break; // nothing further is kept or chosen
                }
                continue;
            }
            var source = context.Source(_spans[i]);
            var candidate = new OrganizationCandidate(CollapseSpaces(source.Text), source, Math.Round(scores[i], 4), new FeatureMap(space, rows.Slice(i * width, width), space.Recurs));
            if (rank < max)
            {
                kept.Add(candidate);
            }
            if (first)
            {
                decided = true;
                chosen = scores[i] > none && scores[i] >= model.MinScore ? candidate : null;
                _chosen = chosen is null ? -1 : i;
                _chosenCandidate = chosen;
            }
        }
        return kept;
    }

    private bool AnyRead(ReadOnlySpan<double> rows, int width, int n)
    {
        for (int i = 0; i < n; i++)
        {
            if (rows[(i * width) + space.Unread] == 0 || (space.Subject >= 0 && rows[(i * width) + space.Subject] != 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The organizations named with a part the notice gives them, after <see cref="Score"/>: the one chosen (the issuer,
    /// or in a news article the victim), and every other name the words around it make a regulator or police body, a
    /// contractor, a service's provider, a parent or a subsidiary. A name with no such part is no party.
    /// </summary>
    public void AddParties(ExtractionContext context, bool news, List<Party> parties)
    {
        int width = space.Count;
        for (int i = 0; i < _spans.Count; i++)
        {
            var row = _rows.AsSpan(i * width, width);
            if (i == _chosen && _chosenCandidate is { } chosen)
            {
                parties.Add(new Party(chosen.Name, news ? PartyRole.Victim : PartyRole.Issuer, chosen.Source));
            }
            else if (RoleOf(row) is { } role)
            {
                var source = context.Source(_spans[i]);
                parties.Add(new Party(CollapseSpaces(source.Text), role, source));
            }
        }
    }

    // The first part the row's features give, most telling first.
    private PartyRole? RoleOf(ReadOnlySpan<double> row)
    {
        foreach (var (feature, role) in space.Roles)
        {
            if (row[feature] != 0)
            {
                return role;
            }
        }
        return null;
    }

    public void Dispose()
    {
        System.Buffers.ArrayPool<double>.Shared.Return(_rows);
        _rows = [];
    }

    // The entry of the name at span, added if new; -1 for a name of fewer than two characters without its spaces.
    private int Entry(string text, TextSpan span)
    {
        var raw = text.AsSpan(span.Start, span.Length);
        string key;
        if (raw.IndexOfAny(' ', '\n') < 0)
        {
            if (_byKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(raw, out int known))
            {
                return known;
            }
            key = raw.ToString();
        }
        else
        {
            key = Key(text, span);
            if (key.Length < 2)
            {
                return -1;
            }
            if (_byKey.TryGetValue(key, out int known))
            {
                return known;
            }
        }
        int entry = _spans.Count;
        _spans.Add(span);
        _byKey[key] = entry;
        int needed = _spans.Count * space.Count;
        if (needed > _rows.Length)
        {
            var grown = Rent(needed * 2);
            _rows.AsSpan(0, entry * space.Count).CopyTo(grown);
            System.Buffers.ArrayPool<double>.Shared.Return(_rows);
            _rows = grown;
        }
        return entry;
    }

    private static double[] Rent(int length)
    {
        var rows = System.Buffers.ArrayPool<double>.Shared.Rent(length);
        Array.Clear(rows);
        return rows;
    }

    private void Shape(string text, TextSpan span, Span<double> row)
    {
        if (lexicon.LegalForms.Occurs(text, span.Start, span.End))
        {
            row[space.Legal] = 1;
        }
        if (names.TryName(text, span.Start, span.End, out var name) && name.Span.End == span.End)
        {
            row[space.Ending] = 1;
            if (name.IsPolice)
            {
                row[space.Police] = 1;
            }
        }
        if (span.Length <= 3)
        {
            row[space.Short] = 1;
        }
        if (lexicon.Regulators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(span.Start, span.Length)))
        {
            row[space.Regulator] = 1;
        }
        // 本研究センター, 当事業所: the notice's pointer and a word are its own voice, whatever ending follows.
        if (lexicon.StartsWithPointer(text.AsSpan(span.Start, span.Length)))
        {
            row[space.PointerFirst] = 1;
        }
        if (pointers.ByEnding(text, span, _pointerEnds))
        {
            row[space.Pointed] = 1;
        }
        else if (pointers.ByLegalForm(text, span, _pointerEnds))
        {
            row[space.PointedLegal] = 1;
        }
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
        // Most names hold no space at all: keep the string the source gave.
        int white = 0;
        while (white < s.Length && !char.IsWhiteSpace(s[white]))
        {
            white++;
        }
        if (white == s.Length)
        {
            return s;
        }
        var parts = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts);
    }
}
