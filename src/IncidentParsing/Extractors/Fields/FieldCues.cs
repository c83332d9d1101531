using System.Buffers;
using System.Collections.Frozen;
using IncidentParsing.Lexicons;

namespace IncidentParsing.Extractors.Fields;

/// <summary>A set of phrases matched longest-first at a position, keyed by first character.</summary>
internal sealed class PhraseSet
{
    private readonly FrozenDictionary<char, string[]> _byFirstChar;
    // The same first characters as one bit each: the statement reader asks several sets at every position where a
    // predicate of any of them can start, and most sets do not start there; a bit test answers that before a lookup.
    private readonly uint[] _firstBits = new uint[(char.MaxValue + 1) / 32];

    public PhraseSet(IEnumerable<string> phrases)
    {
        _byFirstChar = phrases.Distinct(StringComparer.Ordinal)
            .GroupBy(p => p[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray());
        FirstChars = SearchValues.Create(_byFirstChar.Keys.ToArray());
        foreach (char c in _byFirstChar.Keys)
        {
            _firstBits[c >> 5] |= 1u << c;
        }
    }

    /// <summary>The characters a phrase can start with, for skipping text that holds none (IndexOfAny).</summary>
    public SearchValues<char> FirstChars { get; }

    /// <summary>Length of the longest phrase at <paramref name="at"/>, or 0.</summary>
    public int MatchAt(string text, int at)
    {
        if (at >= text.Length || (_firstBits[text[at] >> 5] & (1u << text[at])) == 0
            || !_byFirstChar.TryGetValue(text[at], out var candidates))
        {
            return 0;
        }
        var rest = text.AsSpan(at);
        foreach (var p in candidates)
        {
            if (rest.StartsWith(p, StringComparison.Ordinal))
            {
                return p.Length;
            }
        }
        return 0;
    }

    /// <summary>True when any phrase occurs in <c>[start, end)</c>.</summary>
    public bool Occurs(string text, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            int k = text.AsSpan(i, end - i).IndexOfAny(FirstChars);
            if (k < 0)
            {
                return false;
            }
            i += k;
            int n = MatchAt(text, i);
            if (n > 0 && i + n <= end)
            {
                return true;
            }
            i++;
        }
        return false;
    }
}

/// <summary>The cue words of <c>field-cues.tsv</c>, grouped by role (see the file's header).</summary>
internal sealed class FieldCues
{
    public FieldCues()
    {
        var rows = Lexicon.ReadEmbedded("Extractors/Fields/field-cues.tsv");
        PhraseSet Role(string role) => new(rows.Where(r => r.Length > 1 && r[1] == role).Select(r => r[0]));
        Leak = Role("leak");
        Contain = Role("contain");
        Astray = Role("astray");
        Exclude = Role("exclude");
        Negation = Role("negation");
        Heading = Role("heading");
        HeadingNoun = Role("heading-noun");
        HeadingStop = Role("heading-stop");
        Suffix = Role("suffix");
        Conjunction = Role("conjunction");
        OtherHead = Role("other-head");
        SentenceStop = Role("sentence-stop");
        PersonHead = Role("person-head");
        ListIntro = Role("list-intro");
        TextTrail = Role("text-trail");
        NotLeak = Role("not-leak");
        Display = Role("display");
        Sender = Role("sender");
    }

    /// <summary>Leak words that only say something is shown (表示され): a mail's sender display is not leaked data.</summary>
    public PhraseSet Display { get; }

    /// <summary>The sender of a mail (送信者, 差出人): what is shown of it is a spoof's disguise.</summary>
    public PhraseSet Sender { get; }

    public PhraseSet Leak { get; }

    public PhraseSet Contain { get; }

    /// <summary>Words saying the thing that held the data went astray: containment counts where they stand.</summary>
    public PhraseSet Astray { get; }

    /// <summary>True where <c>text[start..end)</c> speaks of data leaving or of what held it going astray: there, what a
    /// thing contained (記載されていた) was leaked.</summary>
    public bool LetsContainmentCount(string text, int start, int end) => Leak.Occurs(text, start, end) || Astray.Occurs(text, start, end);

    public PhraseSet Exclude { get; }

    public PhraseSet Negation { get; }

    public PhraseSet Heading { get; }

    public PhraseSet HeadingNoun { get; }

    public PhraseSet HeadingStop { get; }

    public PhraseSet Suffix { get; }

    public PhraseSet Conjunction { get; }

    public PhraseSet OtherHead { get; }

    public PhraseSet SentenceStop { get; }

    public PhraseSet PersonHead { get; }

    public PhraseSet ListIntro { get; }

    public PhraseSet TextTrail { get; }

    public PhraseSet NotLeak { get; }

    /// <summary>True when <c>[start, end)</c> ends in a word for people (容疑者, 担当者).</summary>
    public bool EndsInPerson(string text, int start, int end)
    {
        for (int i = Math.Max(start, end - 4); i < end; i++)
        {
            if (PersonHead.MatchAt(text, i) == end - i)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A heading that introduces the list of leaked data (漏えいした個人情報, 個人情報の内容).</summary>
    public bool IsFieldHeading(string text, int start, int end) =>
        Heading.Occurs(text, start, end) && HeadingNoun.Occurs(text, start, end) && !HeadingStop.Occurs(text, start, end);
}
