using IncidentParsing.Extractors.Statements;
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
        int nameEnd = wa;
        // "三重県立宇治山田高(伊勢市浦口3丁目)は": the place in brackets is not part of the name.
        if (text[nameEnd - 1] == ')' && text.LastIndexOf('(', nameEnd - 1, nameEnd - start) is var open and > 0 && open > start)
        {
            nameEnd = open;
        }
        // "長崎県内離島便を運航する九州商船", "岐阜市の安江病院": the name is what follows the last particle.
        int nameStart = nameEnd;
        while (nameStart > start && NameScanner.IsNameChar(text[nameStart - 1]) && !IsHiragana(text[nameStart - 1]))
        {
            nameStart--;
        }
        if (nameEnd - nameStart < 2 || lexicon.Generic.Contains(text[nameStart..nameEnd]))
        {
            return null;
        }
        bool formed = lexicon.LegalForms.Occurs(text, nameStart, nameEnd) || lexicon.Endings.EndsAt(text, nameEnd, nameStart);
        // "Xは13日、", "Xは、": a news lead or a notice's opening; else only a name that reads as one by its form.
        return formed || DatedOrPaused(text, wa + 1, end) ? new TextSpan(nameStart, nameEnd) : null;
    }

    private static bool DatedOrPaused(string text, int at, int end)
    {
        int i = at;
        while (i < end && i < at + 14 && (char.IsAsciiDigit(text[i]) || text[i] is '年' or '月' or '日' or '今' or '先' or '同' or ' '))
        {
            i++;
        }
        return i < end && text[i] is '、' or ',' && (i == at || text[i - 1] == '日');
    }

    // The name on an issuer line: the line up to a representative's title, when it reads as an organization.
    private TextSpan? NameOnLine(string text, int start, int end, bool contact)
    {
        while (start < end && text[start] is ' ' or '・' or '●' or '■' or '【' or '[')
        {
            start++;
        }
        if (contact)
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
        foreach (var title in lexicon.Representatives)
        {
            int at = text.IndexOf(title, start, end - start, StringComparison.Ordinal);
            if (at >= 0 && at < cut)
            {
                // 鹿嶋市長: the city's name keeps its 市.
                cut = title[0] is '市' or '町' or '村' or '区' && title.Length == 2 ? at + 1 : at;
            }
        }
        // A department after the organization ("株式会社X 総務部") goes; the first run of the line stays.
        int firstSpace = text.IndexOf(' ', start, cut - start);
        int nameEnd = cut;
        if (firstSpace > start && lexicon.LegalForms.MatchAt(text, start, firstSpace) is var legal and >= 0
            && start + lexicon.LegalForms[legal].Length == firstSpace)
        {
            int next = text.IndexOf(' ', firstSpace + 1, cut - firstSpace - 1);
            nameEnd = next < 0 ? cut : next; // 株式会社 サンプル商事
        }
        else if (firstSpace > start && !SpacedLetters(text, start, cut))
        {
            nameEnd = firstSpace;
        }
        while (nameEnd > start && text[nameEnd - 1] == ' ')
        {
            nameEnd--;
        }
        if (nameEnd - start < 2 || lexicon.Generic.Contains(text[start..nameEnd]))
        {
            return null;
        }
        bool formed = lexicon.LegalForms.Occurs(text, start, nameEnd) || lexicon.Endings.EndsAt(text, nameEnd, start)
            || names.TryName(text, start, nameEnd, out _);
        return formed ? new TextSpan(start, nameEnd) : null;
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
