using System.Buffers;
using System.Globalization;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Organization;

/// <summary>The parsed form of <c>organization.tsv</c> plus a caller's extra rows (see the file's header).</summary>
internal sealed class OrganizationLexicon
{
    private const int DefaultListSize = 5;

    public OrganizationLexicon(IEnumerable<string[]> rows)
    {
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        int listSize = DefaultListSize;
        var abbreviations = new List<(string Short, string Full)>();
        foreach (var row in rows)
        {
            if (row is ["list", var count, ..] && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 1)
            {
                listSize = n;
            }
            else if (row is ["abbreviation", var shortForm, var fullForm, ..])
            {
                abbreviations.Add((shortForm, fullForm));
            }
            else if (row.Length > 1)
            {
                if (!words.TryGetValue(row[0], out var list))
                {
                    words[row[0]] = list = [];
                }
                list.Add(row[1]);
            }
        }
        LegalForms = Set(words, "legal");
        LegalFirsts = SearchValues.Create(string.Concat(Get(words, "legal").Select(f => f[0]).Distinct()));
        var police = Get(words, "police");
        var whole = Get(words, "whole");
        // One set for every word that can close a name, so a run is scanned once; the arrays say which is which.
        Endings = new PhraseSet(Get(words, "suffix").Concat(whole).Concat(police).Concat(Get(words, "legal")));
        IsPolice = Enumerable.Range(0, Endings.Count).Select(i => police.Contains(Endings[i])).ToArray();
        IsWhole = Enumerable.Range(0, Endings.Count).Select(i => whole.Contains(Endings[i])).ToArray();
        Generic = new HashSet<string>(Get(words, "generic"), StringComparer.Ordinal);
        NotName = Set(words, "notname");
        Sources = Set(words, "source");
        Addressee = Set(words, "addressee");
        Self = Set(words, "self");
        Greetings = Set(words, "greeting");
        Services = new PhraseSet(Get(words, "service").Concat(Get(words, "own-service")));
        OwnServices = Set(words, "own-service");
        Places = Set(words, "place");
        Windows = Set(words, "window");
        WindowEnds = Set(words, "window-end");
        Openings = Set(words, "opening");
        Voice = Set(words, "voice");
        Pointers = Get(words, "pointer").ToArray();
        Conjunctions = Get(words, "conjunction").ToArray();
        Compounds = Set(words, "compound");
        KanjiEndings = new HashSet<string>(Get(words, "kanji-ending"), StringComparer.Ordinal);
        NotPointers = Set(words, "notpointer");
        Deictic = Get(words, "deictic").OrderByDescending(w => w.Length).ToArray();
        Regulators = new HashSet<string>(Get(words, "regulator"), StringComparer.Ordinal);
        Representatives = Get(words, "representative").OrderByDescending(w => w.Length).ToArray();
        ListSize = listSize;
        Abbreviations = abbreviations.ToArray();
    }

    /// <summary>A legal form's short and full spellings ((株) and 株式会社): one name written either way.</summary>
    public (string Short, string Full)[] Abbreviations { get; }

    /// <summary>Room enough for a name written in its other spelling (<see cref="WriteOtherSpelling"/>).</summary>
    public const int MaxRespelled = 128;

    /// <summary>
    /// Writes <paramref name="name"/> with its legal form in the other spelling into <paramref name="into"/> and returns its
    /// length, or -1 where it has no such form or <paramref name="into"/> is too short.
    /// </summary>
    public int WriteOtherSpelling(ReadOnlySpan<char> name, Span<char> into)
    {
        foreach (var (shortForm, fullForm) in Abbreviations)
        {
            // 株式会社X, (株)X, X株式会社, X(株), in that order.
            foreach (var (from, to, atStart) in (ReadOnlySpan<(string, string, bool)>)[(fullForm, shortForm, true), (shortForm, fullForm, true), (fullForm, shortForm, false), (shortForm, fullForm, false)])
            {
                if (name.Length <= from.Length || name.Length - from.Length + to.Length > into.Length
                    || !(atStart ? name.StartsWith(from, StringComparison.Ordinal) : name.EndsWith(from, StringComparison.Ordinal)))
                {
                    continue;
                }
                var rest = atStart ? name[from.Length..] : name[..^from.Length];
                (atStart ? to.AsSpan() : rest).CopyTo(into);
                (atStart ? rest : to.AsSpan()).CopyTo(into[(atStart ? to.Length : rest.Length)..]);
                return rest.Length + to.Length;
            }
        }
        return -1;
    }

    /// <summary>Legal forms (株式会社).</summary>
    public PhraseSet LegalForms { get; }

    /// <summary>The characters a legal form starts with, so a scan asks for one only where one can start.</summary>
    public SearchValues<char> LegalFirsts { get; }

    /// <summary>Suffixes, whole names, police bodies and legal forms: anything that can close a name.</summary>
    public PhraseSet Endings { get; }

    /// <summary>Whether <see cref="Endings"/>[i] is a police or prosecution body.</summary>
    public bool[] IsPolice { get; }

    /// <summary>Whether <see cref="Endings"/>[i] is a complete name (北海道).</summary>
    public bool[] IsWhole { get; }

    /// <summary>Words that are never a name by themselves.</summary>
    public HashSet<string> Generic { get; }

    /// <summary>Words that make a title's first word part of the title.</summary>
    public PhraseSet NotName { get; }

    /// <summary>News attribution after a name.</summary>
    public PhraseSet Sources { get; }

    /// <summary>What introduces a letter's addressee.</summary>
    public PhraseSet Addressee { get; }

    /// <summary>Self-reference definitions after a name.</summary>
    public PhraseSet Self { get; }

    /// <summary>Pointing words (当, 弊, 海外): one with only an ending after it is no name (当協議会).</summary>
    public string[] Deictic { get; }

    /// <summary>Regulators and supervisors a notice reports to.</summary>
    public HashSet<string> Regulators { get; }

    /// <summary>
    /// True for a word that is never a name by itself: a generic word (当社, 同市), or a pointing word with only an
    /// ending, a generic word or 社 and an ending after it (当協議会, 弊社グループ, 所属事務所).
    /// </summary>
    public bool IsGeneric(string word) => IsGeneric(word.AsSpan());

    /// <inheritdoc cref="IsGeneric(string)"/>
    public bool IsGeneric(ReadOnlySpan<char> word)
    {
        var generic = Generic.GetAlternateLookup<ReadOnlySpan<char>>();
        if (generic.Contains(word) || word.StartsWith("弊社", StringComparison.Ordinal) || word.StartsWith("当社", StringComparison.Ordinal))
        {
            return true; // 弊社ホームページ, 当社オンラインショップ: the notice's own voice names its things, never itself
        }
        // 本会, 当館, 同校: a one-character pointer and one character point at an organization without naming it.
        if (word.Length == 2 && Deictic.Contains(word[..1].ToString()))
        {
            return true;
        }
        foreach (var pointer in Deictic)
        {
            if (word.Length > pointer.Length && word.StartsWith(pointer, StringComparison.Ordinal))
            {
                var rest = word[pointer.Length..];
                var ending = rest[0] == '社' && rest.Length > 1 ? rest[1..] : rest;
                if (generic.Contains(rest) || Endings.IsWhole(ending))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Words naming a service after its owner's name (オンラインショップ, アプリ, 公式, .JP).</summary>
    public PhraseSet Services { get; }

    /// <summary>The service words that name their owner even unquoted in running text (公式, .JP).</summary>
    public PhraseSet OwnServices { get; }

    /// <summary>Particles after a title's subject that say where something happened (における, が利用する).</summary>
    public PhraseSet Places { get; }

    /// <summary>Words of a contact window after its organization's name (相談窓口, お客様サービス室).</summary>
    public PhraseSet Windows { get; }

    /// <summary>The notice's own voice (当社, 弊社, 当院): a notice using it speaks for one organization.</summary>
    public PhraseSet Voice { get; }

    /// <summary>The characters a notice points at itself with (当, 本, 弊): 当組合, 本学.</summary>
    public string[] Pointers { get; }

    /// <summary>True when <paramref name="word"/> opens with one of <see cref="Pointers"/> (本研究センター, 当社ら).</summary>
    public bool StartsWithPointer(ReadOnlySpan<char> word)
    {
        foreach (var pointer in Pointers)
        {
            if (word.StartsWith(pointer, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The words that join two names in a list (並びに, 及び), most formal first.</summary>
    public string[] Conjunctions { get; }

    /// <summary>Words an ending's character opens (市場): a run with an ending there names nothing.</summary>
    public PhraseSet Compounds { get; }

    /// <summary>Endings only a kanji name takes (県).</summary>
    public HashSet<string> KanjiEndings { get; }

    /// <summary>Words a pointer opens that are no self-reference (本社, 本部, 当局).</summary>
    public PhraseSet NotPointers { get; }

    /// <summary>The lead's opening words (この度): the name after one, before a place particle, is where it happened.</summary>
    public PhraseSet Openings { get; }

    /// <summary>Words one of which a contact window's line holds (窓口, 事務局).</summary>
    public PhraseSet WindowEnds { get; }

    /// <summary>Greetings that thank the reader for using the organization (平素は).</summary>
    public PhraseSet Greetings { get; }

    /// <summary>A representative's titles (代表取締役, 院長, 市長), longest first: an issuer line's name ends before one.</summary>
    public string[] Representatives { get; }

    /// <summary>How many legally-formed names make a post a list.</summary>
    public int ListSize { get; }

    private static List<string> Get(Dictionary<string, List<string>> words, string kind) =>
        words.TryGetValue(kind, out var list) ? list : [];

    private static PhraseSet Set(Dictionary<string, List<string>> words, string kind) => new(Get(words, kind));
}
