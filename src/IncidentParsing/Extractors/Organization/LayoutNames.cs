using IncidentParsing.Layout;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Organization;

/// <summary>
/// Where an organization's own notice, or a news article, names its issuer, read from the layout: the issuer lines
/// around the title (<c>株式会社サンプル商事 / 代表取締役 山田太郎</c>), the lead's subject (<c>〇〇市は13日、…</c>,
/// <c>株式会社Xは、当社の…</c>), the closing signature, and the contact block.
/// </summary>
internal sealed class LayoutNames(OrganizationLexicon lexicon, NameScanner names)
{
    private const int MaxSubject = 40;
    private const int LeadLines = 3;
    private const int GreetingWindow = 400;
    private static readonly string[] Stops = ["する", "した", "している", "の", "を", "が", "で", "に", "、", " ", "「", "」"];

    /// <summary>The issuer named on an issuer line above or below the title, or in the signature or the contact block.</summary>
    public TextSpan? Issuer(ExtractionContext context, LineRole role)
    {
        var text = context.Text;
        foreach (var line in context.Layout.LinesOf(role))
        {
            if (NameOnLine(text, line.Start, line.End, role == LineRole.Contact) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>The subject of the lead's first statements where it is a name: <c>Xは13日、</c>, <c>Xは、</c>, <c>株式会社Xは</c>.</summary>
    public TextSpan? LeadSubject(ExtractionContext context)
    {
        var text = context.Text;
        int seen = 0;
        foreach (var line in context.Layout.Lines)
        {
            if (line.Start < context.Layout.BodyStart && context.Layout.TitleLine >= 0 && line.Role != LineRole.Lead)
            {
                continue;
            }
            if (line.Role is not (LineRole.Lead or LineRole.Body) || line.End - line.Start < 8)
            {
                continue;
            }
            if (Subject(text, line.Start, line.End) is { } subject)
            {
                return subject;
            }
            if (++seen == LeadLines)
            {
                break;
            }
        }
        return null;
    }

    private TextSpan? Subject(string text, int start, int end)
    {
        while (start < end && text[start] == ' ')
        {
            start++;
        }
        int limit = Math.Min(end, start + MaxSubject);
        int wa = text.IndexOf('は', start, limit - start);
        if (wa < 0)
        {
            return null;
        }
        // "三条信用金庫では、": the subject of では.
        int nameEnd = wa > start && text[wa - 1] == 'で' ? wa - 1 : wa;
        if (nameEnd <= start)
        {
            return null;
        }
        // "三重県立宇治山田高(伊勢市浦口3丁目)は": the place in brackets is not part of the name.
        if (text[nameEnd - 1] == ')' && text.LastIndexOf('(', nameEnd - 1, nameEnd - start) is var open and > 0 && open > start)
        {
            nameEnd = open;
        }
        // "長崎県内離島便を運航する九州商船", "岐阜市の安江病院": the name follows the last particle or verb ending
        // (a name may hold kana of its own: みなと汽船).
        int nameStart = start;
        foreach (var stop in Stops)
        {
            int at = text.LastIndexOf(stop, nameEnd - 1, nameEnd - start, StringComparison.Ordinal);
            if (at >= 0)
            {
                nameStart = Math.Max(nameStart, at + stop.Length);
            }
        }
        if (nameEnd - nameStart < 2 || lexicon.IsGeneric(text[nameStart..nameEnd]))
        {
            return null;
        }
        bool formed = lexicon.LegalForms.Occurs(text, nameStart, nameEnd) || lexicon.Endings.EndsAt(text, nameEnd, nameStart);
        // "Xは13日、": a news lead names its subject, formed or not (GMOメディア, 九州商船); "今後は、" or "平素は" do not.
        // "NHKでは、": an organization speaking of itself as where something happened, formed or not.
        bool deWa = nameEnd < wa && wa + 1 < end && text[wa + 1] == '、' && NameScanner.IsNameChar(text[nameStart])
            && NameScanner.IsNameChar(text[nameEnd - 1]) && !lexicon.NotName.Occurs(text, nameStart, nameEnd);
        return formed || deWa || Dated(text, wa + 1, end) ? new TextSpan(nameStart, nameEnd) : null;
    }

    private static bool Dated(string text, int at, int end)
    {
        int i = at;
        while (i < end && i < at + 14 && (char.IsAsciiDigit(text[i]) || text[i] is '年' or '月' or '日' or '今' or '先' or '同' or ' '))
        {
            i++;
        }
        return i > at && i < end && text[i] is '、' or ',' && text[i - 1] == '日';
    }

    /// <summary>
    /// <c>平素は「X」をご利用いただき</c>, <c>日頃よりXをご愛顧</c>: the greeting of the notice's first lines thanks the reader
    /// for using the organization (or its service, which the model weighs).
    /// </summary>
    public TextSpan? Greeting(ExtractionContext context)
    {
        var text = context.Text;
        int start = context.Header.BodyStart;
        int end = Math.Min(text.Length, start + GreetingWindow);
        foreach (var hit in lexicon.Greetings.FindAll(text, start, end))
        {
            int at = hit.End;
            while (at < text.Length && text[at] is '、' or ' ' or '「' or '『')
            {
                at++;
            }
            int nameEnd = names.RunEnd(text, at, Math.Min(text.Length, at + MaxSubject));
            int next = nameEnd < text.Length && text[nameEnd] is '」' or '』' ? nameEnd + 1 : nameEnd;
            if (nameEnd - at >= 2 && next < text.Length && text[next] is 'を' or 'の' or 'に' or 'で'
                && !lexicon.IsGeneric(text[at..nameEnd]))
            {
                return new TextSpan(at, nameEnd);
            }
        }
        return null;
    }

    /// <summary>
    /// <c>株式会社X(本社:…、代表取締役:…、以下「当社」)</c>: the name before the bracket in which the notice defines its
    /// own voice, whatever else the bracket holds.
    /// </summary>
    public TextSpan? SelfDefinition(ExtractionContext context)
    {
        var text = context.Text;
        int at = 0;
        while ((at = text.IndexOf("以下", at, StringComparison.Ordinal)) >= 0)
        {
            int open = text.LastIndexOf('(', at, Math.Min(at, 80));
            int close = open < 0 ? -1 : text.IndexOf(')', open, at - open);
            if (open > 1 && close < 0 && SelfWord(text, at + 2, Profile(text, open, at)))
            {
                int start = NameScanner.RunStart(text, open, Math.Max(0, open - MaxSubject));
                if (open - start >= 2 && !lexicon.IsGeneric(text[start..open]) && !IsHiragana(text[start]))
                {
                    return (Plural(text, at + 2) ? FirstOfPair(text, start) : null) ?? new TextSpan(start, open);
                }
            }
            at += 2;
        }
        return null;
    }

    // 以下「当社ら」, 以下、両社: one voice for two names.
    private static bool Plural(string text, int at)
    {
        int end = Math.Min(text.Length, at + 8);
        int close = text.IndexOfAny(['」', '』', ')'], at, end - at);
        var alias = text.AsSpan(at, (close < 0 ? end : close) - at).TrimStart("、,「『 ");
        return alias.Length > 1 && (alias[^1] is 'ら' or '等' || alias[0] == '両');
    }

    // 株式会社A並びにその関連会社である株式会社B(以下「当社ら」): the first of the two speaks first.
    private TextSpan? FirstOfPair(string text, int second)
    {
        int from = Math.Max(0, second - MaxLink);
        foreach (var conjunction in lexicon.Conjunctions)
        {
            int at = text.LastIndexOf(conjunction, second - 1, second - from, StringComparison.Ordinal);
            int start = at <= 0 ? -1 : NameScanner.RunStart(text, at, Math.Max(0, at - MaxSubject));
            if (start >= 0 && at - start >= 2 && lexicon.LegalForms.Occurs(text, start, at) && !lexicon.IsGeneric(text[start..at]))
            {
                return new TextSpan(start, at);
            }
        }
        return null;
    }

    private const int MaxLink = 16;

    // "(本社:…、代表取締役社長:…、以下…)": a company's profile, which only the issuer gives of itself.
    private static bool Profile(string text, int open, int at) =>
        text.IndexOf("本社", open, at - open, StringComparison.Ordinal) >= 0 || text.IndexOf("代表", open, at - open, StringComparison.Ordinal) >= 0;

    // After 以下: "、「当社」", "「弊社」", "当院"… a word for the notice's own voice; a short quoted name only after a
    // company's profile (a contractor or a document is defined the same way: 株式会社Y(以下「Y」), 名簿(以下「名簿」)).
    private bool SelfWord(string text, int at, bool profile)
    {
        int i = at;
        while (i < text.Length && i < at + 3 && text[i] is '、' or ',' or ' ' or '「' or '『' or '"')
        {
            i++;
        }
        int end = i;
        while (end < text.Length && end < i + 12 && text[end] is not ('」' or '』' or ')' or '"' or 'と' or '、'))
        {
            end++;
        }
        // 以下「審調社」: a company spoken of in the third person, whoever's profile it follows.
        return end > i && end < text.Length
            && (lexicon.IsGeneric(text[i..end]) || (profile && text[end] is '」' or '』' && text[end - 1] != '社'));
    }

    // The name on an issuer line: the line up to a representative's title, when it reads as an organization.
    private TextSpan? NameOnLine(string text, int start, int end, bool contact)
    {
        while (start < end && text[start] is ' ' or '・' or '●' or '■' or '【' or '[' or '≪' or '《' or '〈' or '<')
        {
            start++;
        }
        if (contact && ContactHeading(text, start, end))
        {
            // "問い合わせ先 株式会社X 総務部": the heading's words, then the name.
            int space = text.IndexOfAny([' ', ':', '】'], start, end - start);
            if (space < 0)
            {
                return null;
            }
            start = space + 1;
            while (start < end && text[start] == ' ')
            {
                start++;
            }
        }
        int cut = end;
        // "原田産業株式会社個人情報保護担当": a department written on after the legal form goes.
        foreach (var legal in lexicon.LegalForms.FindAll(text, start, end))
        {
            if (legal.Start > start && legal.End < end && text[legal.End] is not (' ' or '('))
            {
                cut = legal.End;
            }
            break;
        }
        foreach (var title in lexicon.Representatives)
        {
            int at = text.IndexOf(title, start, end - start, StringComparison.Ordinal);
            if (at >= 0 && at < cut)
            {
                // 鹿嶋市長: the city's name keeps its 市.
                cut = title[0] is '市' or '町' or '村' or '区' && title.Length == 2 ? at + 1 : at;
            }
        }
        // A department after the organization ("株式会社X 総務部") goes; the first run of the line stays, or two runs
        // after a legal form written apart (株式会社 サンプル商事), or the whole of a name set letter by letter.
        int firstSpace = text.IndexOf(' ', start, cut - start);
        int nameEnd = cut;
        if (firstSpace > start && !SpacedLetters(text, start, cut))
        {
            // The scanner's run goes on over a space only inside a name (株式会社 TCC Japan, tripla 株式会社).
            nameEnd = Math.Max(firstSpace, names.RunEnd(text, start, cut));
        }
        while (nameEnd > start && text[nameEnd - 1] == ' ')
        {
            nameEnd--;
        }
        if (nameEnd - start < 2 || lexicon.IsGeneric(text[start..nameEnd]) || text.AsSpan(start, nameEnd - start).Contains(':')
            || (text[start] == '(' && lexicon.LegalForms.MatchAt(text, start, nameEnd) < 0)) // "(省略)", not "(公社)X"
        {
            return null;
        }
        bool formed = lexicon.LegalForms.Occurs(text, start, nameEnd) || lexicon.Endings.EndsAt(text, nameEnd, start)
            || names.TryName(text, start, nameEnd, out _);
        return formed ? new TextSpan(start, nameEnd) : null;
    }

    // "お問い合わせ先 株式会社X", "【窓口】X": the line opens with the contact block's heading, not with the name.
    private static bool ContactHeading(string text, int start, int end)
    {
        int space = text.IndexOfAny([' ', ':', '】'], start, end - start);
        var head = text.AsSpan(start, (space < 0 ? end : space) - start);
        return head.Contains("問", StringComparison.Ordinal) || head.Contains("窓口", StringComparison.Ordinal)
            || head.Contains("連絡", StringComparison.Ordinal) || head.Contains("相談", StringComparison.Ordinal);
    }

    // "株式会社 筑 波 銀 行": a name set with a space between its characters.
    private static bool SpacedLetters(string text, int start, int end)
    {
        int spaces = 0;
        for (int i = start; i < end; i++)
        {
            spaces += text[i] == ' ' ? 1 : 0;
        }
        return spaces >= 3 && spaces * 2 >= end - start - spaces - 1;
    }

    private static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';
}
