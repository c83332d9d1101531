using IncidentParsing.Dates;
using IncidentParsing.Model;
using IncidentParsing.Notices;
using IncidentParsing.Text;

namespace IncidentParsing.Layout;

/// <summary>
/// Reads the layout of one notice: the role of every line, its title, its own date and where its body starts.
/// The title is the post header where there is one; else the first title-like line after chrome, labels, date
/// lines, addressees and issuers; else the first sentence. Immutable and thread-safe.
/// </summary>
internal sealed class NoticeLayoutReader
{
    // How far past a weak candidate (a slogan, a short label) a title-like line is looked for.
    private const int TitleLookahead = 6;
    // Lines at the end of a notice searched for a signature's date.
    private const int SignatureLines = 14;

    private readonly LineClassifier _classifier;
    private readonly JapaneseDateRecognizer _dates;

    public LineClassifier Classifier => _classifier;

    public NoticeLayoutReader(LineClassifier classifier, JapaneseDateRecognizer dates)
    {
        _classifier = classifier;
        _dates = dates;
    }

    /// <summary>
    /// Reads the notice made of <paramref name="lines"/> (absolute offsets into <paramref name="text"/>); spans in the
    /// result are relative to the first line's start. <paramref name="postHeader"/>: the first line is a blog post's header.
    /// </summary>
    public (NoticeHeader Header, NoticeLayout Layout) Read(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, bool postHeader, DocumentKind documentKind)
    {
        int origin = lines[0].Start;
        var facts = new LineFacts[lines.Length];
        var roles = new LineRole[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            facts[i] = _classifier.Classify(text, lines[i].Start, lines[i].End);
            roles[i] = facts[i].Role;
        }
        int title;
        int titleLast;
        TextSpan titleSpan;
        bool sentenceTitle = false;
        if (postHeader)
        {
            title = titleLast = 0;
            titleSpan = new TextSpan(lines[0].Start, lines[0].End);
        }
        else
        {
            MarkMenus(text, lines, facts, roles);
            MarkRunningHeads(text, lines, facts, roles);
            (title, titleLast, sentenceTitle) = FindTitle(text, lines, facts, roles);
            if (!sentenceTitle && title > 0)
            {
                title = WrappedTitleStart(text, lines, facts, roles, title);
            }
            titleSpan = title < 0 ? default
                : sentenceTitle ? FirstSentence(text, lines[title])
                : new TextSpan(lines[title].Start, lines[titleLast].End);
        }
        var header = TitleLine.Parse(text, titleSpan.Start, titleSpan.End, origin);
        for (int i = Math.Max(title, 0); i <= titleLast && title >= 0; i++)
        {
            roles[i] = sentenceTitle ? LineRole.Lead : LineRole.Title;
        }
        int body = MarkHeaderBlock(text, lines, facts, roles, title, titleLast, sentenceTitle);
        MarkBody(text, lines, facts, roles, body);
        JapaneseDate? published = header.Published;
        var publishedSpan = header.PublishedSpan;
        if (published is null && !postHeader && FindPublished(lines, facts, roles, body) is int at)
        {
            published = facts[at].Date;
            publishedSpan = new TextSpan(facts[at].DateStart - origin, facts[at].DateEnd - origin);
        }
        else if (published is null && !postHeader && FindReleaseMark(text, lines) is var (markDate, markSpan))
        {
            published = markDate;
            publishedSpan = new TextSpan(markSpan.Start - origin, markSpan.End - origin);
        }
        int bodyStart = body < lines.Length ? lines[body].Start - origin : lines[^1].End - origin;
        if (sentenceTitle && title >= 0)
        {
            bodyStart = lines[title].Start - origin;
        }
        var kind = documentKind == DocumentKind.Notice ? NoticeKind(text, lines, roles, title, body) : documentKind;
        var layoutLines = new LayoutLine[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            layoutLines[i] = new LayoutLine(lines[i].Start - origin, lines[i].End - origin, roles[i]);
        }
        header = header with { Published = published, PublishedSpan = publishedSpan, BodyStart = Math.Max(bodyStart, 0) };
        return (header, new NoticeLayout(kind, layoutLines, title, header.BodyStart));
    }

    private (int First, int Last, bool Sentence) FindTitle(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, LineFacts[] facts, LineRole[] roles)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            var f = facts[i];
            if (roles[i] != LineRole.Body)
            {
                continue;
            }
            if (f.Has(LineShape.ContactLine))
            {
                roles[i] = LineRole.Contact;
                continue;
            }
            if (f.Has(LineShape.IssuerLike) && !f.TitleLike)
            {
                roles[i] = LineRole.Issuer;
                continue;
            }
            var line = Trimmed(text, lines[i]);
            if (IsTitleCandidate(text, lines[i], f))
            {
                return (i, WrappedTitleEnd(text, lines, facts, i), false);
            }
            if (!f.Has(LineShape.Sentence))
            {
                // A line that is neither a statement nor a heading: a title without cue words, or a slogan or site
                // section before the real title. A title-like line soon after, before any statement, decides.
                int next = NextTitleLike(text, lines, facts, roles, i + 1);
                if (next >= 0)
                {
                    if (next == i + 1 && line.Length >= 8)
                    {
                        return (i, WrappedTitleEnd(text, lines, facts, next), false); // a title wrapped onto two lines
                    }
                    for (int k = i; k < next; k++)
                    {
                        if (roles[k] == LineRole.Body)
                        {
                            roles[k] = facts[k].Has(LineShape.IssuerLike) ? LineRole.Issuer : LineRole.Label;
                        }
                    }
                    return (next, WrappedTitleEnd(text, lines, facts, next), false);
                }
                if (BeforeSiteHeader(facts, i + 1))
                {
                    roles[i] = LineRole.Chrome;
                    continue;
                }
                if (line.Length >= 8 && !f.Has(LineShape.Numbered))
                {
                    return (i, i, false);
                }
                if (NextContent(facts, i + 1) < 0)
                {
                    return (i, i, false);
                }
                roles[i] = LineRole.Label;
                continue;
            }
            // A statement first: the notice has no title line, unless a short preamble that names no incident (a
            // service's description) stands before a title that does.
            if (!f.Has(LineShape.IncidentWord))
            {
                int next = NextStrongTitle(text, lines, facts, i + 1);
                if (next >= 0)
                {
                    return (next, WrappedTitleEnd(text, lines, facts, next), false);
                }
            }
            return (i, i, true);
        }
        return (-1, -1, false);
    }

    // The next title-like line before the notice starts telling anything; past a statement that names no incident
    // (a site section's description) only a title that names one.
    private static int NextTitleLike(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, LineFacts[] facts, LineRole[] roles, int from)
    {
        int seen = 0;
        bool pastStatement = false;
        for (int j = from; j < lines.Length && seen < TitleLookahead; j++)
        {
            var f = facts[j];
            if (f.Role == LineRole.Blank)
            {
                continue;
            }
            seen++;
            if (roles[j] != LineRole.Body)
            {
                continue;
            }
            if (IsTitleCandidate(text, lines[j], f) && (!pastStatement || f.Has(LineShape.IncidentWord)))
            {
                return j;
            }
            if (f.Has(LineShape.Sentence))
            {
                if (f.Has(LineShape.IncidentWord))
                {
                    return -1;
                }
                pastStatement = true;
            }
        }
        return -1;
    }

    private static bool IsTitleCandidate(ReadOnlySpan<char> text, TextLine line, LineFacts f) =>
        f.TitleLike && !f.Has(LineShape.Sentence) && !f.Has(LineShape.Bulleted) && !Trimmed(text, line).StartsWith('※') && Trimmed(text, line).Length >= (f.Has(LineShape.TitleEnd) ? 4 : 6);

    // "ご利用明細書の誤封入による" / "組合員様の個人情報の漏えいについて": the line above a title that runs on into it.
    private static int WrappedTitleStart(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, LineFacts[] facts, LineRole[] roles, int title)
    {
        if (title == 0 || facts[title].Has(LineShape.TitleStart))
        {
            return title;
        }
        var f = facts[title - 1];
        int length = Trimmed(text, lines[title - 1]).Length;
        bool runsOn = roles[title - 1] is LineRole.Body or LineRole.Label && f.Role == LineRole.Body && length is >= 6 and <= 40
            && (f.Shape & (LineShape.Sentence | LineShape.IssuerLike | LineShape.TitleEnd | LineShape.Numbered | LineShape.Bulleted | LineShape.ContactLine)) == 0;
        return runsOn ? title - 1 : title;
    }

    // The same short line three times or more, pages apart: a PDF's running head or foot. (A title echoed at the top
    // of a page, as its page title and heading, stands lines apart, not pages.)
    private static void MarkRunningHeads(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, LineFacts[] facts, LineRole[] roles)
    {
        const int PageApart = 5;
        if (lines.Length < 12)
        {
            return;
        }
        var seen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = Trimmed(text, lines[i]);
            if (roles[i] == LineRole.Body && line.Length is >= 4 and <= 60 && !facts[i].Has(LineShape.Sentence))
            {
                string key = new(line);
                if (!seen.TryGetValue(key, out var at))
                {
                    seen[key] = at = [];
                }
                at.Add(i);
            }
        }
        foreach (var at in seen.Values)
        {
            bool apart = at.Count >= 3;
            for (int k = 1; k < at.Count && apart; k++)
            {
                apart = at[k] - at[k - 1] >= PageApart;
            }
            foreach (int i in apart ? at : [])
            {
                roles[i] = LineRole.Chrome;
            }
        }
    }

    // A run of short lines at the top of a page with a chrome line among them is the site's menu.
    private static void MarkMenus(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, LineFacts[] facts, LineRole[] roles)
    {
        int runStart = 0;
        for (int i = 0; i <= lines.Length; i++)
        {
            bool inRun = i < lines.Length && facts[i].Role != LineRole.Blank && !facts[i].Has(LineShape.Sentence)
                && Trimmed(text, lines[i]).Length <= 15;
            if (inRun)
            {
                continue;
            }
            if (i - runStart >= 4)
            {
                // A chrome line in the run, or right below it (the breadcrumb under a menu).
                bool chrome = i < lines.Length && facts[i].Role == LineRole.Chrome;
                for (int k = runStart; k < i; k++)
                {
                    chrome |= facts[k].Role is LineRole.Chrome or LineRole.Label or LineRole.Contact;
                }
                for (int k = runStart; k < i && chrome; k++)
                {
                    if (roles[k] == LineRole.Body && !facts[k].Has(LineShape.IssuerLike | LineShape.IncidentWord))
                    {
                        roles[k] = LineRole.Chrome;
                    }
                }
            }
            if (i < lines.Length && facts[i].Has(LineShape.Sentence))
            {
                return; // the menu is above the notice's first statement
            }
            runStart = i + 1;
        }
    }

    // Above a site's menu or the page's date line, a line that is no heading is the site's branding.
    private static bool BeforeSiteHeader(LineFacts[] facts, int from)
    {
        int seen = 0;
        for (int j = from; j < facts.Length && seen < TitleLookahead + 2; j++)
        {
            var f = facts[j];
            if (f.Role == LineRole.Blank)
            {
                continue;
            }
            seen++;
            if (f.Role == LineRole.Chrome)
            {
                return NextContent(facts, j + 1) >= 0;
            }
            if (f.Role == LineRole.Body && (f.Has(LineShape.Sentence) || f.TitleLike))
            {
                return false;
            }
        }
        return false;
    }

    private static int NextStrongTitle(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, LineFacts[] facts, int from)
    {
        int seen = 0;
        for (int j = from; j < lines.Length && seen < 4; j++)
        {
            var f = facts[j];
            if (f.Role == LineRole.Blank)
            {
                continue;
            }
            seen++;
            if (f.Role == LineRole.Body && f.Has(LineShape.IncidentWord) && f.Has(LineShape.TitleEnd | LineShape.TitleStart)
                && !f.Has(LineShape.Sentence) && !f.Has(LineShape.Numbered) && Trimmed(text, lines[j]).Length >= 8)
            {
                return j;
            }
            if (f.Has(LineShape.IncidentWord))
            {
                return -1; // the incident is already being told
            }
        }
        return -1;
    }

    private static int NextContent(LineFacts[] facts, int from)
    {
        for (int j = from; j < facts.Length; j++)
        {
            if (facts[j].Role == LineRole.Body)
            {
                return j;
            }
        }
        return -1;
    }

    // "…の発生及び" / "個人情報流出のおそれについて" / "(第1報)": a title continued on the next lines up to its heading ending.
    private static int WrappedTitleEnd(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, LineFacts[] facts, int first)
    {
        int last = first;
        for (int j = first + 1; j < lines.Length && j <= first + 2; j++)
        {
            var f = facts[j];
            if (facts[last].Has(LineShape.TitleEnd) && !IsRunOnRemark(text, lines[j]))
            {
                break;
            }
            if (f.Role != LineRole.Body || f.Has(LineShape.Sentence) || f.Has(LineShape.Numbered) && !IsRunOnRemark(text, lines[j])
                || Trimmed(text, lines[j]).Length > 40 || !f.Has(LineShape.TitleEnd))
            {
                break;
            }
            last = j;
        }
        return last;
    }

    private static bool IsRunOnRemark(ReadOnlySpan<char> text, TextLine line)
    {
        var s = Trimmed(text, line);
        return s.Length <= 12 && s.Length >= 3 && s[0] is '(' or '【' && s[^1] is ')' or '】';
    }

    // The lines right after the title that go with it (a repeated title, its date, its issuer, an addressee); returns the body's first line.
    private int MarkHeaderBlock(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, LineFacts[] facts, LineRole[] roles, int title, int titleLast, bool sentenceTitle)
    {
        if (title < 0)
        {
            return lines.Length;
        }
        if (sentenceTitle)
        {
            return title;
        }
        var titleText = Trimmed(text, lines[title]);
        int i = titleLast + 1;
        for (; i < lines.Length; i++)
        {
            var f = facts[i];
            if (f.Role != LineRole.Body)
            {
                if (f.Role is LineRole.Related or LineRole.Kigo)
                {
                    break;
                }
                continue;
            }
            var line = Trimmed(text, lines[i]);
            if (IsRepeat(titleText, line))
            {
                roles[i] = LineRole.Title;
                continue;
            }
            if (f.Has(LineShape.IssuerLike) && !f.TitleLike)
            {
                roles[i] = LineRole.Issuer;
                continue;
            }
            if (f.Has(LineShape.ContactLine))
            {
                roles[i] = LineRole.Contact;
                continue;
            }
            break;
        }
        return i;
    }

    private static bool IsRepeat(ReadOnlySpan<char> title, ReadOnlySpan<char> line)
    {
        // A heading that repeats the title, not a lead that starts with the title's words.
        if (line.Length < 6 || title.Length < 6 || line.Length > title.Length + 12 || line.Contains('。'))
        {
            return false;
        }
        return line.SequenceEqual(title) || (line.Length >= 8 && title.StartsWith(line)) || (title.Length >= 8 && line.StartsWith(title));
    }

    // Leads, headings, contact blocks, related links and the closing signature.
    private static void MarkBody(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, LineFacts[] facts, LineRole[] roles, int body)
    {
        bool lead = true;
        bool contact = false;
        bool related = false;
        int lastStatement = -1;
        for (int i = body; i < lines.Length; i++)
        {
            var f = facts[i];
            if (roles[i] is LineRole.Contact or LineRole.Related)
            {
                contact = roles[i] == LineRole.Contact;
                related = roles[i] == LineRole.Related;
                continue;
            }
            if (roles[i] == LineRole.Blank)
            {
                contact &= i + 1 < lines.Length && (facts[i + 1].Has(LineShape.ContactLine) || facts[i + 1].Role == LineRole.Blank);
                continue;
            }
            if (roles[i] != LineRole.Body)
            {
                continue;
            }
            if (related && lines[i].End - lines[i].Start <= 60 && !f.Has(LineShape.Sentence))
            {
                roles[i] = LineRole.Related; // the titles of the articles linked under 関連記事
                continue;
            }
            related = false;
            if (contact && !f.Has(LineShape.Sentence))
            {
                roles[i] = LineRole.Contact;
                continue;
            }
            contact = false;
            if (IsHeading(text, lines, facts, roles, i))
            {
                roles[i] = LineRole.Heading;
                lead &= lastStatement < 0; // a heading before any statement leaves the lead to come
                continue;
            }
            if (lead)
            {
                roles[i] = LineRole.Lead;
                // The lead is one paragraph: it ends at the next blank line or heading.
                lead = i + 1 < lines.Length && facts[i + 1].Role == LineRole.Body && !IsHeading(text, lines, facts, roles, i + 1);
            }
            if (f.Has(LineShape.Sentence))
            {
                lastStatement = i;
            }
        }
        // After the last statement: the issuer, the representative and the date that sign the notice (a page's
        // labelled date, 最終更新日, stays a date line).
        for (int i = Math.Max(lastStatement + 1, body); i < lines.Length; i++)
        {
            if ((roles[i] == LineRole.Date && !facts[i].Has(LineShape.Published) && !HasUpdateLabel(text, lines[i]))
                || (roles[i] is LineRole.Body or LineRole.Lead && facts[i].Has(LineShape.IssuerLike)))
            {
                roles[i] = LineRole.Signature;
            }
        }
    }

    private static bool HasUpdateLabel(ReadOnlySpan<char> text, TextLine line) => text[line.Start..line.End].Contains("更新", StringComparison.Ordinal);

    // A numbered or marked short line, or a short line that is no statement with a statement under it: a heading.
    private static bool IsHeading(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, LineFacts[] facts, LineRole[] roles, int i)
    {
        var f = facts[i];
        if (f.Role != LineRole.Body || f.Has(LineShape.Sentence) || f.Has(LineShape.IssuerLike | LineShape.ContactLine | LineShape.Bulleted))
        {
            return false;
        }
        int length = Trimmed(text, lines[i]).Length;
        if (f.Has(LineShape.Numbered))
        {
            return length <= 40;
        }
        if (length > 20 || length < 2 || Trimmed(text, lines[i]).IndexOfAny('、', ',') >= 0)
        {
            return false;
        }
        for (int j = i + 1; j < lines.Length; j++)
        {
            if (facts[j].Role == LineRole.Blank)
            {
                continue;
            }
            // A statement, a list, or a line of data longer than a list item stands under a heading.
            return facts[j].Role == LineRole.Body && (facts[j].Has(LineShape.Sentence | LineShape.Bulleted) || Trimmed(text, lines[j]).Length > 20);
        }
        return false;
    }

    // The notice's own date: a labelled date line, else a date line around the title, else the signature's date.
    private static int? FindPublished(ReadOnlySpan<TextLine> lines, LineFacts[] facts, LineRole[] roles, int body)
    {
        int? first = null;
        for (int i = 0; i < lines.Length; i++)
        {
            if (facts[i].Role != LineRole.Date)
            {
                continue;
            }
            if (facts[i].Has(LineShape.Published))
            {
                return i;
            }
            // A date with a list right under it heads a timeline ("2030年8月1日" / "・不正アクセスを検知").
            if (i < body && !(i + 1 < lines.Length && facts[i + 1].Has(LineShape.Bulleted)))
            {
                first ??= i;
            }
        }
        if (first is not null)
        {
            return first;
        }
        int from = Math.Max(body, lines.Length - SignatureLines);
        for (int i = lines.Length - 1; i >= from; i--)
        {
            if (roles[i] == LineRole.Signature && facts[i].Role == LineRole.Date)
            {
                return i;
            }
        }
        return null;
    }

    private static readonly string[] ReleaseMarks = ["発表)", "公表)", "掲載)", "発表】", "掲載】", "公表】"];

    // "(令和6年12月6日 10時30分発表)": a press release's date in brackets at the end of a statement.
    private (JapaneseDate Date, TextSpan Span)? FindReleaseMark(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines)
    {
        foreach (var line in lines)
        {
            var s = text[line.Start..line.End];
            foreach (var mark in ReleaseMarks)
            {
                int at = s.IndexOf(mark, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }
                int open = s[..at].LastIndexOfAny('(', '【');
                if (open < 0 || at - open > 40)
                {
                    continue;
                }
                var inner = s[(open + 1)..at];
                var mentions = _dates.RecognizeList(new string(inner), null);
                if (mentions.Count > 0 && mentions[0].Value is { Precision: >= DatePrecision.Day, Inferred: false } v)
                {
                    int start = line.Start + open + 1 + mentions[0].Span.Start;
                    return (new JapaneseDate(v.Year, v.Month, v.Day), new TextSpan(start, line.Start + open + 1 + mentions[0].Span.End));
                }
            }
        }
        return null;
    }

    // Several news sources quoted under the title: a digest; a source named on the page, or a news lead
    // ("〇〇市は13日、…と発表した"): a news article.
    private static DocumentKind NoticeKind(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, LineRole[] roles, int title, int body)
    {
        bool credited = false;
        int quoted = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            if (roles[i] == LineRole.Credit)
            {
                credited = true;
                quoted += i > title ? 1 : 0;
            }
        }
        return quoted >= 2 ? DocumentKind.Digest
            : credited || HasNewsLead(text, lines, body) ? DocumentKind.NewsArticle : DocumentKind.Notice;
    }

    private static bool HasNewsLead(ReadOnlySpan<char> text, ReadOnlySpan<TextLine> lines, int body)
    {
        for (int i = body; i < lines.Length && i < body + 4; i++)
        {
            var line = Trimmed(text, lines[i]);
            int wa = line.IndexOf('は');
            if (wa is > 1 and < 40 && NewsDay(line[(wa + 1)..]) && (line.Contains("発表", StringComparison.Ordinal)
                || line.Contains("明らかにした", StringComparison.Ordinal) || line.Contains("公表した", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    // "13日、" / "今月13日、" / "3月13日、" right after the subject.
    private static bool NewsDay(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("今月") || s.StartsWith("先月") || s.StartsWith("昨年"))
        {
            s = s[2..];
        }
        int i = 0;
        while (i < s.Length && i < 8 && (char.IsAsciiDigit(s[i]) || s[i] is '月' or '年'))
        {
            i++;
        }
        return i > 0 && i + 1 < s.Length && s[i] == '日' && s[i + 1] is '、' or ',';
    }

    private static TextSpan FirstSentence(ReadOnlySpan<char> text, TextLine line)
    {
        var s = text[line.Start..line.End];
        int stop = s.IndexOf('。');
        int end = stop < 0 ? line.End : line.Start + stop + 1;
        return new TextSpan(line.Start, end);
    }

    private static ReadOnlySpan<char> Trimmed(ReadOnlySpan<char> text, TextLine line) => text[line.Start..line.End].Trim(' ');
}

/// <summary>A line of normalized text, without its break.</summary>
internal readonly record struct TextLine(int Start, int End, bool HadSpaces);
