using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using IncidentParsing.Text;

namespace IncidentParsing.Tests.Text;

public sealed class PhraseSearchTests
{
    private static readonly PhraseSet Phrases = new(["漏えい", "不正アクセス", "アクセス", "Lash Lift", "BCC", "い"]);

    [Fact]
    public void Finds_a_phrase_split_by_a_stray_space_and_spans_its_first_to_last_character()
    {
        const string text = "情報が漏 えいしました";
        var hits = Hits(Phrases.FindAllJoined(text, 0, text.Length));
        var leak = Assert.Single(hits, h => Phrases[h.Phrase] == "漏えい");
        Assert.Equal("漏 えい", text[leak.Start..leak.End]);
        Assert.DoesNotContain(Hits(Phrases.FindAll(text, 0, text.Length)), h => Phrases[h.Phrase] == "漏えい");
    }

    [Fact]
    public void Keeps_a_space_next_to_ascii()
    {
        const string text = "Lash Lift の漏 えい と BCC 送信";
        var found = Hits(Phrases.FindAllJoined(text, 0, text.Length)).Select(h => Phrases[h.Phrase]).ToList();
        Assert.Contains("Lash Lift", found);
        Assert.Contains("BCC", found);
    }

    [Fact]
    public void A_phrase_must_end_inside_the_window()
    {
        const string text = "不正アク セス";
        Assert.DoesNotContain(Hits(Phrases.FindAllJoined(text, 0, text.Length - 1)), h => Phrases[h.Phrase] == "不正アクセス");
        Assert.Single(Hits(Phrases.FindAllJoined(text, 0, text.Length)), h => Phrases[h.Phrase] == "不正アクセス");
    }

    // The search in place reads the text exactly as a joined copy (stray spaces removed) would be read.
    [Property(MaxTest = 300)]
    public Property Joined_search_equals_search_of_a_joined_copy()
    {
        var pieces = Gen.Elements("漏", "え", "い", "不正", "アク", "セス", " ", "  ", "BCC", "Lash", "Lift", "a", "。", "\n");
        var texts = Gen.ListOf(pieces).Select(p => string.Concat(p));
        return Prop.ForAll(Arb.From(texts), Arb.From(Gen.Choose(0, 40)), Arb.From(Gen.Choose(0, 40)), (text, a, b) =>
        {
            int from = Math.Min(Math.Min(a, b), text.Length);
            int to = Math.Min(Math.Max(a, b), text.Length);
            return Hits(Phrases.FindAllJoined(text, from, to)).SequenceEqual(ReferenceJoinedSearch(text, from, to));
        });
    }

    private static List<PhraseHit> Hits(PhraseMatches matches)
    {
        var hits = new List<PhraseHit>();
        foreach (var hit in matches)
        {
            hits.Add(hit);
        }
        return hits;
    }

    // Builds the joined copy the rule describes (a run of spaces between two non-ASCII, non-space characters
    // dropped), searches it, and maps each hit back to the offsets of its first and last characters.
    private static List<PhraseHit> ReferenceJoinedSearch(string text, int from, int to)
    {
        var kept = new List<int>();
        for (int i = 0; i < text.Length;)
        {
            if (text[i] != ' ')
            {
                kept.Add(i++);
                continue;
            }
            int runEnd = i;
            while (runEnd < text.Length && text[runEnd] == ' ')
            {
                runEnd++;
            }
            bool dropped = i > 0 && runEnd < text.Length && IsJapanese(text[i - 1]) && IsJapanese(text[runEnd]);
            for (; i < runEnd; i++)
            {
                if (!dropped)
                {
                    kept.Add(i);
                }
            }
        }
        string joined = string.Concat(kept.Select(k => text[k]));
        int jFrom = kept.FindIndex(k => k >= from);
        int jTo = kept.FindIndex(k => k >= to);
        jFrom = jFrom < 0 ? joined.Length : jFrom;
        jTo = jTo < 0 ? joined.Length : jTo;
        return Hits(Phrases.FindAll(joined, jFrom, jTo)).Select(h => h with { Start = kept[h.Start], End = kept[h.End - 1] + 1 }).ToList();
    }

    private static bool IsJapanese(char c) => c > '\u007F' && !char.IsWhiteSpace(c);
}
