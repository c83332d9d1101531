using IncidentParsing.Extractors.Kinds;
using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Status;

/// <summary>The parsed form of <c>leak-status.tsv</c> plus a caller's extra rows (see the file's header).</summary>
internal sealed class StatusLexicon
{
    public StatusLexicon(IEnumerable<string[]> rows)
    {
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var leaks = new Dictionary<string, string>(StringComparer.Ordinal);
        var defaults = new List<(LeakStatus, IncidentKind, bool)>();
        var exposure = new List<(LeakStatus, IncidentKind)>();
        foreach (var row in rows)
        {
            switch (row)
            {
                case ["leak", var word, ..]:
                    leaks[word] = row.Length > 2 ? row[2] : "";
                    break;
                case ["default", var status, var kinds, ..] when TryParseStatus(status, out var s):
                    bool harmDenied = row.Length > 3 && row[3] == "harm-denied";
                    defaults.AddRange(ParseKinds(kinds).Select(k => (s, k, harmDenied)));
                    break;
                case ["exposure", var status, var kinds, ..] when TryParseStatus(status, out var s):
                    exposure.AddRange(ParseKinds(kinds).Select(k => (s, k)));
                    break;
                case [var kind, var word, ..]:
                    if (!words.TryGetValue(kind, out var list))
                    {
                        words[kind] = list = [];
                    }
                    list.Add(word);
                    break;
            }
        }
        Leaks = new PhraseSet(leaks.Keys);
        var flags = Enumerable.Range(0, Leaks.Count).Select(i => leaks[Leaks[i]].Split(',', StringSplitOptions.TrimEntries)).ToArray();
        CanHappen = flags.Select(f => f.Contains("happened")).ToArray();
        TitleNoun = flags.Select(f => f.Contains("title")).ToArray();
        BareNoun = flags.Select(f => f.Contains("bare")).ToArray();
        Modal = Set(words, "modal");
        Low = Set(words, "low");
        Negation = Set(words, "negation");
        Happened = Set(words, "happened");
        Consequence = Set(words, "consequence");
        Secondary = Set(words, "secondary");
        Main = Set(words, "main");
        Announced = Set(words, "announced");
        Viewed = Set(words, "viewed");
        Harm = Set(words, "harm");
        Defaults = defaults.ToArray();
        ExposureDefaults = exposure.ToArray();
    }

    public PhraseSet Leaks { get; }

    /// <summary>Whether <see cref="Leaks"/>[i] may be stated as having happened.</summary>
    public bool[] CanHappen { get; }

    /// <summary>Whether <see cref="Leaks"/>[i] as a bare noun in the title means the leak happened.</summary>
    public bool[] TitleNoun { get; }

    /// <summary>Whether <see cref="Leaks"/>[i] as a bare noun anywhere means the leak happened.</summary>
    public bool[] BareNoun { get; }

    public PhraseSet Modal { get; }

    public PhraseSet Low { get; }

    public PhraseSet Negation { get; }

    public PhraseSet Happened { get; }

    public PhraseSet Consequence { get; }

    public PhraseSet Secondary { get; }

    public PhraseSet Main { get; }

    public PhraseSet Announced { get; }

    public PhraseSet Viewed { get; }

    public (LeakStatus Status, IncidentKind Kind, bool HarmDenied)[] Defaults { get; }

    /// <summary>Misuse or damage after a leak (悪用, 二次被害): denied, it lets a lost thing's default status hold.</summary>
    public PhraseSet Harm { get; }

    public (LeakStatus Status, IncidentKind Kind)[] ExposureDefaults { get; }

    private static PhraseSet Set(Dictionary<string, List<string>> words, string kind) =>
        new(words.TryGetValue(kind, out var list) ? list : []);

    private static IEnumerable<IncidentKind> ParseKinds(string codes)
    {
        foreach (var code in codes.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (KindLexicon.TryParseKind(code, out var kind))
            {
                yield return kind;
            }
        }
    }

    private static bool TryParseStatus(string code, out LeakStatus status)
    {
        (bool ok, status) = code switch
        {
            "confirmed" => (true, LeakStatus.Confirmed),
            "possible" => (true, LeakStatus.Possible),
            "not-confirmed" => (true, LeakStatus.NotConfirmed),
            _ => (false, default),
        };
        return ok;
    }
}
