using IncidentParsing.Lexicons;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Fields;

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
            if (PersonHead.LengthAt(text, i) == end - i)
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
