using System.Buffers;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Fields;

/// <summary>
/// Reads the sentences that state a leak (<c>氏名、住所が流出</c>, <c>…等の個人情報が漏えいした可能性</c>)
/// or deny one (<c>住所、電話番号は含まれておりません</c>) anywhere in the notice, outside sections
/// about measures or contact: the fields in the phrase the predicate is about.
/// </summary>
internal sealed class StatementReader
{
    private const int NegationReach = 14;
    private static readonly string[] TopicMarkers = ["については", "に関しては"];
    private const int MinKnownForOther = 2;
    private const int ComplementReach = 30;
    private const int InflectionReach = 6;
    private static readonly string[] PastEndings = ["した", "された"];
    private const int MaxModifiedLine = 24;
    private static readonly string[] DoubtfulSubjects = ["の疑いがあるのは", "の可能性があるのは", "のおそれがあるのは", "の恐れがあるのは", "した可能性があるのは", "したおそれがあるのは"];
    private static readonly string[] CopulaEndings = ["です", "でした", "となります", "となっております", "になります", "等", "など"];
    private readonly FieldCues _cues;
    private readonly ListLineReader _lines;
    private readonly SearchValues<char> _predicateStarts;
    private readonly NonStatements _nonStatements;

    public StatementReader(FieldCues cues)
    {
        _cues = cues;
        _predicateStarts = SearchValues.Create(PredicateStarts(cues));
        _lines = new ListLineReader(cues);
        _nonStatements = new NonStatements(cues);
    }

    /// <summary>Reads the whole notice; <paramref name="titleStatesLeak"/> lets containment verbs (記載されていた) count.</summary>
    public void Read(FieldScanner scanner, SectionTree sections, bool titleStatesLeak, FieldFindings findings)
    {
        string text = scanner.Text;
        var hits = new List<FieldHit>();
        var stop = StopMap(sections, text);
        int i = 0;
        while (i < text.Length)
        {
            int skip = text.AsSpan(i).IndexOfAny(_predicateStarts);
            if (skip < 0)
            {
                return;
            }
            i += skip;
            int n = _cues.NotLeak.LengthAt(text, i);
            if (n > 0)
            {
                i += n;
                continue;
            }
            n = _cues.Exclude.LengthAt(text, i);
            if (n > 0)
            {
                ReadDenial(scanner, i, n, findings, hits);
                i += n;
                continue;
            }
            n = _cues.Leak.LengthAt(text, i);
            bool contain = false;
            if (n == 0)
            {
                n = _cues.Contain.LengthAt(text, i);
                contain = n > 0;
            }
            if (n > 0)
            {
                bool denied = IsDenied(text, i + n);
                if (denied && !contain && i > 0 && text[i - 1] == 'の' && !IsStopped(stop, i))
                {
                    // "カード情報、マイナンバーカード情報の漏洩は、現時点で確認されておりません": data denied to have left
                    // (the data named right before the leak word: not 外部に流出していない, not 情報漏洩の痕跡は).
                    ReadDenial(scanner, i, n, findings, hits);
                }
                else if (!denied && !IsStopped(stop, i) && !_nonStatements.Excludes(text, i)
                    && (!contain || titleStatesLeak || SentenceStatesLeak(text, i)))
                {
                    ReadStatement(scanner, i, findings, hits);
                    if (!contain)
                    {
                        ReadComplement(scanner, i + n, findings);
                        ReadEllipsis(scanner, i + n, findings);
                    }
                }
                i += n;
                continue;
            }
            i++;
        }
    }

    // The phrase is read as a list (「年齢、現年収、…、応募からの経過時間」を公開), plus unknown data compounds (機密情報).
    private void ReadStatement(FieldScanner scanner, int predicate, FieldFindings findings, List<FieldHit> hits)
    {
        var (start, end) = Phrase(scanner.Text, predicate);
        _lines.Read(scanner, start, end, null, findings, MinKnownForOther);
        hits.Clear();
        hits.AddRange(findings.HitScratch); // the words the line reader found: others are what they do not cover
        int known = hits.Count;
        scanner.FindOthers(start, end, hits, hits);
        for (int k = known; k < hits.Count; k++)
        {
            findings.Fields.Add(new ListedField(hits[k], null, false));
        }
    }

    // 漏えいした情報は、氏名、住所です: the predicate modifies a data word whose complement lists the fields.
    private void ReadComplement(FieldScanner scanner, int after, FieldFindings findings)
    {
        string text = scanner.Text;
        int limit = Math.Min(Text.Clauses.SentenceWordsEnd(text, after), after + ComplementReach);
        foreach (var ending in PastEndings)
        {
            if (text.AsSpan(after).StartsWith(ending, StringComparison.Ordinal))
            {
                // (3)流出した姓(2名分): a short line naming the data the verb modifies.
                int from = after + ending.Length;
                int lineEnd = text.IndexOf('\n', from);
                lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                if (lineEnd - from <= MaxModifiedLine && text.IndexOf('。', from, lineEnd - from) < 0)
                {
                    _lines.Read(scanner, from, lineEnd, null, findings);
                }
                break;
            }
        }
        foreach (var doubt in DoubtfulSubjects)
        {
            if (text.AsSpan(after).StartsWith(doubt, StringComparison.Ordinal))
            {
                // 流出の疑いがあるのは顧客の名前や住所など: the same news form, with the doubt spelled out.
                int from = after + doubt.Length;
                _lines.Read(scanner, from, Text.Clauses.SentenceWordsEnd(text, from), null, findings, MinKnownForOther);
                return;
            }
        }
        for (int j = after; j < limit && j < after + InflectionReach && IsHiragana(text[j]); j++)
        {
            if (text[j] == 'の' && j + 1 < limit && text[j + 1] == 'は')
            {
                // 流出したのは顧客の氏名や住所など約1万件: the news form names the data right after のは.
                _lines.Read(scanner, j + 2, Text.Clauses.SentenceWordsEnd(text, j), null, findings, MinKnownForOther);
                return;
            }
        }
        for (int k = after + 1; k < limit; k++)
        {
            if (text[k] is 'は' or ':' && EndsInDataWord(text, after, k))
            {
                int end = Text.Clauses.SentenceWordsEnd(text, k);
                if (EndsAsCopula(text, k + 1, end))
                {
                    _lines.Read(scanner, k + 1, end, null, findings, MinKnownForOther);
                }
                return;
            }
        }
    }

    // …個人情報が流出した可能性があると発表した。/ 病院によると、患者の名前や住所、病歴など。: the news form
    // that names the data in a verbless sentence right after the leak's.
    private void ReadEllipsis(FieldScanner scanner, int after, FieldFindings findings)
    {
        string text = scanner.Text;
        int end = Text.Clauses.SentenceWordsEnd(text, after);
        int next = end + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        if (next >= text.Length || next - end > 3)
        {
            return;
        }
        int nextEnd = Text.Clauses.SentenceWordsEnd(text, next);
        var sentence = text.AsSpan(next, nextEnd - next).TrimEnd();
        if (nextEnd < text.Length && text[nextEnd] == '。' && (sentence.EndsWith("など") || sentence.EndsWith("等")))
        {
            _lines.Read(scanner, next, nextEnd, null, findings, MinKnownForOther);
        }
    }

    // …は氏名、住所です / となります: the complement is a plain list, not another clause.
    private static bool EndsAsCopula(string text, int start, int end)
    {
        var complement = text.AsSpan(start, end - start).TrimEnd();
        foreach (var ending in CopulaEndings)
        {
            if (complement.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    private bool EndsInDataWord(string text, int from, int at)
    {
        for (int length = 2; length <= 3; length++)
        {
            if (at - length >= from && _cues.HeadingNoun.LengthAt(text, at - length) == length)
            {
                return true;
            }
        }
        return false;
    }

    private static void ReadDenial(FieldScanner scanner, int predicate, int length, FieldFindings findings, List<FieldHit> hits)
    {
        string text = scanner.Text;
        var (start, end) = Phrase(text, predicate);
        hits.Clear();
        scanner.Find(start, end, hits);
        if (hits.Count == 0 && TopicBefore(text, predicate) is var (ts, te) && te > ts)
        {
            (start, end) = (ts, te);
            scanner.Find(start, end, hits);
        }
        // "メールアドレス以外の個人情報は含まれておりません": what 以外 names is the one thing that was in it.
        hits.RemoveAll(h => h.End + 1 < text.Length && text[h.End] == '以' && text[h.End + 1] == '外');
        if (hits.Count == 0 || AsksTheReader(text, predicate))
        {
            return;
        }
        findings.Excluded.AddRange(hits);
        findings.AddExclusionZone(new TextSpan(start, predicate + length));
    }

    // "カード番号をお聞きすることはございません": a warning about what the organization never asks is no exclusion.
    private static bool AsksTheReader(string text, int predicate)
    {
        int start = Text.Clauses.SentenceStart(text, predicate);
        var sentence = text.AsSpan(start, predicate - start);
        foreach (var ask in ReaderAsks)
        {
            if (sentence.Contains(ask, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] ReaderAsks = ["お聞き", "お尋ね", "伺う", "お伺い", "ご入力をお願い", "求めること", "要求すること"];

    // The phrase a predicate at p is about: from the clause start to the last argument particle (or to p).
    private static (int Start, int End) Phrase(string text, int predicate)
    {
        int start = NounPhrases.ClauseStart(text, predicate);
        int particle = NounPhrases.LastArgumentParticle(text, start, predicate);
        if (particle <= start)
        {
            return (start, predicate);
        }
        if (text[particle] != 'は')
        {
            // XはYを公開: the topic before は is not what was exposed.
            int topic = NounPhrases.LastArgumentParticle(text, start, particle);
            if (topic > start && text[topic] == 'は')
            {
                start = topic + 1;
            }
        }
        return (start, particle);
    }

    // マイナンバーについては…含まれておりません: the topic of the sentence when the clause names no field.
    private static (int Start, int End)? TopicBefore(string text, int predicate)
    {
        int sentence = Text.Clauses.SentenceStart(text, predicate);
        foreach (var marker in TopicMarkers)
        {
            int at = text.AsSpan(sentence, predicate - sentence).IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                int end = sentence + at;
                return (NounPhrases.ClauseStart(text, end), end);
            }
        }
        return null;
    }

    // 流出していない, 閲覧できないよう: the predicate is denied (but 否定できません still allows a leak).
    private bool IsDenied(string text, int after)
    {
        int limit = Math.Min(text.Length, after + NegationReach);
        for (int j = after; j < limit; j++)
        {
            char c = text[j];
            // "漏洩は、現時点で確認されておりません": the topic's comma does not end the predicate.
            if (c is '。' or '\n' || (c == '、' && !(j > after && text[j - 1] == 'は')))
            {
                return false;
            }
            if (c == '否' && j + 1 < limit && text[j + 1] == '定')
            {
                return false;
            }
            if (_cues.Negation.LengthAt(text, j) > 0)
            {
                return true;
            }
        }
        return false;
    }

    private bool SentenceStatesLeak(string text, int at) =>
        _cues.LetsContainmentCount(text, Text.Clauses.SentenceStart(text, at), Text.Clauses.SentenceWordsEnd(text, at));

    private static char[] PredicateStarts(FieldCues cues)
    {
        var starts = new List<char>();
        foreach (char c in Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i))
        {
            if (cues.Exclude.StartsWith(c) || cues.Leak.StartsWith(c) || cues.Contain.StartsWith(c))
            {
                starts.Add(c);
            }
        }
        return starts.ToArray();
    }

    // Statements inside a section about measures or contact are not about what leaked; a list heading
    // nested deeper wins. Sections come parents first, so the last painted span holding an offset decides;
    // spans rather than a flag per character, because only predicate positions are ever looked up.
    private List<(int Start, int End, bool Stop)> StopMap(SectionTree sections, string text)
    {
        var painted = new List<(int Start, int End, bool Stop)>();
        foreach (var s in sections.All)
        {
            bool field = _cues.IsFieldHeading(text, s.HeadingSpan.Start, s.HeadingSpan.End);
            if (!field && !_cues.SentenceStop.Occurs(text, s.HeadingSpan.Start, s.HeadingSpan.End))
            {
                continue;
            }
            painted.Add((s.Body.Start, Math.Min(s.Body.End, text.Length), !field));
        }
        return painted;
    }

    private static bool IsStopped(List<(int Start, int End, bool Stop)> painted, int at)
    {
        for (int k = painted.Count - 1; k >= 0; k--)
        {
            if (painted[k].Start <= at && at < painted[k].End)
            {
                return painted[k].Stop;
            }
        }
        return false;
    }
}
