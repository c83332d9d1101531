using System.Buffers;
using IncidentParsing.Dates;
using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Timeline;

/// <summary>
/// Finds the reports the organization made to authorities: an authority named, then (in the same
/// sentence) a report verb (報告・届出・被害届・相談・連絡). The authority acting on its own
/// (警察が逮捕, 委員会からの指導) or the reader being asked to contact it (警察へご相談ください) is no report.
/// </summary>
internal sealed partial class ReportFinder
{
    // Government bodies without a listed name: a run of ideographs ending in one of these.
    private const string NationalSuffixes = "省庁";
    private const string LocalSuffixes = "市県府都";
    private static readonly SearchValues<char> GovernmentSuffixes = SearchValues.Create(NationalSuffixes);
    private static readonly SearchValues<char> LocalGovernmentSuffixes = SearchValues.Create(LocalSuffixes);
    private static readonly SearchValues<char> AnySuffix = SearchValues.Create(NationalSuffixes + LocalSuffixes);

    // How many ideographs of a run an unlisted authority's name may take (総務省, 横浜市).
    private const int MaxRun = 12;
    private static readonly string[] Particles = ["には", "にも", "へも", "への", "に対し", "に対して", "あて", "宛", "ならびに", "並びに", "および", "及び", "をはじめ", "に", "へ", "と", "や"];
    // The department of an authority written after its name (奈良県警察本部生活安全部サイバー犯罪対策課へ).
    private const string DepartmentEnds = "部課室係局班";
    private const int MaxDepartment = 30;
    // A second report of the same sentence, dated apart (9月2日に速報を提出し、10月25日に確報を行いました).
    private static readonly string[] FollowUpReports = ["確報", "続報", "最終報告", "報告"];
    private static readonly string[] NotReportAfterName = ["から", "より", "による", "が", "は"];
    private static readonly string[] ReaderRequests = ["ください", "いただ", "下さい", "願い", "を受け", "があ", "する予定", "を予定"];
    private static readonly string[] PoliceActions = ["逮捕", "送検", "捜索", "摘発", "立件", "起訴"];
    private const int VerbWindow = 120;
    private const int MaxGapBeforeName = 12;
    // A list of authorities before one verb: how many, and how far a place (所轄, 県) may stand before the next.
    private const int MaxListed = 6;
    private const int MaxListedPlace = 6;
    // The authority asked the organization for a report (報告徴収): the organization reports, on a date the demand does not give.
    private const string ReportDemand = "報告徴収";

    private readonly CueLexicon<ReportTarget> _authorities;
    private readonly CueLexicon<bool> _verbs;
    // Where a listed authority name can start.
    private readonly SearchValues<char> _authorityFirsts;

    // Authorities that are the reporter's own administration, with the words that name such a reporter before them in
    // the sentence (学校から市教育委員会に通報: a school's line to its board, not a report to an authority).
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _ownLines;

    /// <param name="authorities">Authority names and their targets.</param>
    /// <param name="verbs">Report verbs.</param>
    /// <param name="ownLines">Authorities that are a reporter's own administration, keyed ordinally (authorities.tsv's third column).</param>
    public ReportFinder(CueLexicon<ReportTarget> authorities, CueLexicon<bool> verbs, Dictionary<string, string[]>? ownLines = null)
    {
        _authorities = authorities;
        _verbs = verbs;
        _authorityFirsts = authorities.FirstCharacters ?? SearchValues.Create("");
        _ownLines = (ownLines ?? new Dictionary<string, string[]>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every report in the notice, each authority once (dated reports replace an undated one).</summary>
    /// <param name="dates">The notice's date analysis.</param>
    /// <param name="bodyStart">Where to start reading.</param>
    /// <param name="mentions">Receives every place a report is made (before reports to one authority are merged).</param>
    public List<(ReportTarget To, DateMention? Date, TextSpan Name)> Find(NoticeDates dates, int bodyStart, List<TextSpan> mentions)
    {
        string text = dates.Text;
        var found = new List<(ReportTarget To, DateMention? Date, TextSpan Name)>();
        int i = bodyStart;
        // An authority starts at a listed name's first character or where a run of ideographs starts that has a
        // government suffix within reach (総務省, 横浜市): both are found by vectorized searches, each kept until
        // passed, so the walk stays linear.
        int nextListed = -1;
        int nextRun = -1;
        int suffixScan = i;
        while (i < text.Length)
        {
            if (nextListed < i)
            {
                nextListed = NextFrom(text, i, text.AsSpan(i).IndexOfAny(_authorityFirsts));
            }
            if (nextRun < i)
            {
                nextRun = NextSuffixedRunStart(text, i, ref suffixScan);
            }
            i = Math.Min(nextListed, nextRun);
            if (i >= text.Length)
            {
                break;
            }
            if (!TryAuthorityAt(text, i, out var target, out int nameEnd))
            {
                i++;
                continue;
            }
            // 大阪府警, 長崎警察署: the place before a police or government name belongs to it.
            int nameStart = target is ReportTarget.Police or ReportTarget.Regulator ? PlaceStart(text, i) : i;
            var sentence = ReportSentence(dates, i);
            if (IsOwnLine(text, sentence.Start, nameStart, i, nameEnd))
            {
                i = nameEnd;
                continue;
            }
            if (IsDemanded(text, nameEnd, sentence.End))
            {
                Add(found, target, null, new TextSpan(nameStart, nameEnd));
            }
            else if (IsReport(text, nameEnd, sentence.End, out int verbAt, out bool victimReport))
            {
                var date = DateFor(dates, sentence, i, nameEnd, verbAt);
                var to = victimReport && target == ReportTarget.Other ? ReportTarget.Police : target;
                Add(found, to, date, new TextSpan(nameStart, nameEnd));
                mentions.Add(new TextSpan(nameStart, nameEnd));
                if (date is not null)
                {
                    foreach (var followUp in FollowUps(dates, sentence, verbAt))
                    {
                        Add(found, to, followUp, new TextSpan(nameStart, nameEnd));
                    }
                }
            }
            i = nameEnd;
        }
        // 被害届 with no authority named goes to the police.
        int at = text.IndexOf("被害届", bodyStart, StringComparison.Ordinal);
        while (at >= 0)
        {
            var sentence = dates.SentenceAt(at);
            if (!found.Exists(f => sentence.Contains(f.Name)) && !Followed(text, at + 3, ReaderRequests))
            {
                Add(found, ReportTarget.Police, DateFor(dates, sentence, at, at, at), new TextSpan(at, at + 3));
                mentions.Add(new TextSpan(at, at + 3));
            }
            at = text.IndexOf("被害届", at + 3, StringComparison.Ordinal);
        }
        // 関係機関 says nothing more once the authorities are named.
        if (found.Exists(f => f.To != ReportTarget.Other))
        {
            found.RemoveAll(f => f.To == ReportTarget.Other);
        }
        return found;
    }

    // The dates after the first report's verb in its sentence that a report word follows closely (…、10月25日に確報を行い),
    // up to the next authority named (…、個人情報保護委員会にも5月2日に報告: that one's own).
    private IEnumerable<DateMention> FollowUps(NoticeDates dates, TextSpan sentence, int verbAt)
    {
        string text = dates.Text;
        int next = verbAt;
        for (int k = dates.FirstMentionAtOrAfter(verbAt); k < dates.Mentions.Count; k++)
        {
            var m = dates.Mentions[k];
            if (m.Span.Start >= sentence.End)
            {
                yield break;
            }
            for (; next < m.Span.Start; next++)
            {
                if (_authorities.TryMatchAt(text, next, out _, out _))
                {
                    yield break;
                }
            }
            int after = Scan.SkipSpaces(text, m.Span.End);
            after = Scan.At(text, after, "に") ? after + 1 : after;
            if (m.Value is not null && Scan.Match(text, after, FollowUpReports) is not null)
            {
                yield return m;
            }
        }
    }

    private static int NextFrom(string text, int from, int found) => found < 0 ? text.Length : from + found;

    private static void Add(List<(ReportTarget To, DateMention? Date, TextSpan Name)> found, ReportTarget to, DateMention? date, TextSpan name)
    {
        string? key = DayKey(date);
        for (int k = 0; k < found.Count; k++)
        {
            if (found[k].To != to)
            {
                continue;
            }
            string? other = DayKey(found[k].Date);
            if (other == key || key is null)
            {
                return;
            }
            if (other is null)
            {
                found[k] = (to, date, name);
                return;
            }
        }
        found.Add((to, date, name));
    }

    /// <summary>The date at day precision at most (times dropped), for telling reports apart.</summary>
    internal static string? DayKey(DateMention? m) => m?.Value is not { } d ? null
        : d.Precision >= DatePrecision.Day ? new JapaneseDate(d.Year, d.Month, d.Day).ToString() : d.ToString();

    // A sentence may be broken over lines (…委員会(内閣府外局)に遅\n滞なく報告): read on over one line break not preceded by 。.
    private static TextSpan ReportSentence(NoticeDates dates, int at)
    {
        var sentence = dates.SentenceAt(at);
        string text = dates.Text;
        int end = sentence.End;
        if (end < text.Length && text[end] == '\n' && end > 0 && text[end - 1] != '。' && end + 1 < text.Length && text[end + 1] != '\n')
        {
            end = dates.SentenceAt(end + 1).End;
        }
        return new TextSpan(sentence.Start, end);
    }

    // The authority at text[name..nameEnd) is the reporter's own administration: a reporter of that kind is named
    // earlier in its sentence.
    private bool IsOwnLine(string text, int sentenceStart, int nameStart, int name, int nameEnd)
    {
        if (_ownLines.Dictionary.Count == 0 || !_ownLines.TryGetValue(text.AsSpan(name, nameEnd - name), out var reporters))
        {
            return false;
        }
        var before = text.AsSpan(sentenceStart, Math.Max(0, nameStart - sentenceStart));
        foreach (var reporter in reporters)
        {
            if (before.Contains(reporter, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsDemanded(string text, int nameEnd, int sentenceEnd)
    {
        int end = Math.Min(sentenceEnd, nameEnd + 40);
        return end > nameEnd && text.AsSpan(nameEnd, end - nameEnd).Contains(ReportDemand, StringComparison.Ordinal);
    }

    private bool IsReport(string text, int nameEnd, int sentenceEnd, out int verbAt, out bool victimReport)
    {
        verbAt = -1;
        victimReport = false;
        int k = SkipParenthetical(text, nameEnd);
        if (k < text.Length && text[k] is '」' or '』')
        {
            k++;
        }
        if (Scan.Match(text, k, NotReportAfterName) is not null)
        {
            return false;
        }
        if (Scan.Match(text, k, Particles) is null && DepartmentEnd(text, k) is int department)
        {
            k = department;
        }
        k = ListedAuthoritiesEnd(text, k, sentenceEnd);
        if (Scan.Match(text, k, Particles) is null && !(k < text.Length && text[k] is '(' or '・'))
        {
            return false;
        }
        int end = Math.Min(sentenceEnd, nameEnd + VerbWindow);
        if (!_verbs.TryFindFirst(text, k, end, out verbAt, out string verb, out bool isReport) || !isReport)
        {
            return false;
        }
        if (Followed(text, verbAt + verb.Length, ReaderRequests))
        {
            return false;
        }
        foreach (var action in PoliceActions)
        {
            if (text.AsSpan(nameEnd, end - nameEnd).Contains(action, StringComparison.Ordinal))
            {
                return false;
            }
        }
        victimReport = verb == "被害届";
        return true;
    }

    private static bool Followed(string text, int at, string[] words)
    {
        int end = Math.Min(text.Length, at + 8);
        var window = text.AsSpan(at, Math.Max(0, end - at));
        foreach (var w in words)
        {
            if (window.StartsWith(w, StringComparison.Ordinal) || (w.Length > 2 && window.Contains(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OpensClause(string text, int dateEnd)
    {
        int k = Scan.SkipSpaces(text, dateEnd);
        return Scan.At(text, k, "、") || Scan.At(text, k, "に、") || Scan.At(text, k, "には、");
    }

    private static int SkipParenthetical(string text, int at)
    {
        int k = Scan.SkipSpaces(text, at);
        if (k < text.Length && text[k] == '(')
        {
            int close = text.IndexOf(')', k);
            if (close > k && close - k < 30)
            {
                k = Scan.SkipSpaces(text, close + 1);
            }
        }
        return k;
    }

    // The date between the authority and the verb; else the nearest before the authority in the
    // sentence; else the date heading the timetable row.
    private static DateMention? DateFor(NoticeDates dates, TextSpan sentence, int nameStart, int nameEnd, int verbAt)
    {
        DateMention? before = null;
        for (int k = dates.FirstMentionAtOrAfter(sentence.Start); k < dates.Mentions.Count; k++)
        {
            var m = dates.Mentions[k];
            if (m.Span.Start >= sentence.End)
            {
                break;
            }
            if (m.Value is null)
            {
                continue;
            }
            if (m.Span.Start >= nameEnd && m.Span.Start < verbAt)
            {
                return m;
            }
            // A date before the name dates the report when little stands between (1月10日に国の…) or
            // when it opens the clause (本日、…監視等委に報告); not when it ends another (…6月29日であり、).
            if (m.Span.End <= nameStart && (nameStart - m.Span.End <= MaxGapBeforeName || OpensClause(dates.Text, m.Span.End)))
            {
                before = m;
            }
        }
        return before ?? dates.TableDateAt(nameStart);
    }
}
