using IncidentParsing.Layout;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Organization;

/// <summary>
/// Names an organization gives itself without a legal form, read where real notices write them: at the head of
/// the title before what happened there (<c>なか卯公式Xアカウントへの…</c>, <c>シャトレーゼホテル長野における…</c>),
/// in front of its own service (<c>「柏崎青果オンラインショップ」</c>, <c>駿河屋.JP</c>, <c>弊社・グローバーが運営する</c>),
/// and in front of its contact window (<c>良知経営お客さま問合せ窓口</c>, <c>慶應義塾不正アクセス問い合わせ窓口</c>).
/// The model weighs each under its own feature: a brand is often but not always its owner's name.
/// </summary>
internal sealed class ServiceNames(OrganizationLexicon lexicon)
{
    private const int MaxName = 24;
    private const int MaxWindowLine = 40;
    private const int BodyWindow = 1200;
    private const int LeadWindow = 300;

    /// <summary>The name at the head of the title, before a service word or a place particle; null where none stands.</summary>
    public TextSpan? TitleSubject(string text, TextSpan title)
    {
        int start = title.Start;
        // 【重要なお知らせ】シャトレーゼホテル長野における…, [緑丘会事務局より]: a bracketed label is skipped, or read.
        if (start < title.End && text[start] is '【' or '[')
        {
            int close = text.IndexOfAny(['】', ']'], start, title.Length);
            if (close < 0)
            {
                return null;
            }
            if (lexicon.WindowEnds.Occurs(text, start + 1, close) && Before(text, start + 1, close, lexicon.Windows) is { } inLabel)
            {
                return inLabel;
            }
            start = close + 1;
        }
        start = SkipSelf(text, start, title.End);
        return Before(text, start, title.End, lexicon.Services, lexicon.Places);
    }

    /// <summary>The name the lead opens with (この度、ロイヤルツインホテル京都八条口において…), where it stands before a place particle.</summary>
    public TextSpan? LeadPlace(ExtractionContext context)
    {
        var text = context.Text;
        int start = context.Header.BodyStart;
        int end = Math.Min(text.Length, start + LeadWindow);
        foreach (var hit in lexicon.Openings.FindAll(text, start, end))
        {
            int at = hit.End;
            while (at < end && text[at] is '、' or ',' or ' ')
            {
                at++;
            }
            int lineEnd = text.IndexOf('\n', at);
            at = SkipSelf(text, at, lineEnd < 0 ? text.Length : lineEnd);
            if (Before(text, at, lineEnd < 0 ? text.Length : lineEnd, lexicon.Places) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>The names in front of the notice's own services and contact windows in its first part and on short lines.</summary>
    public void Collect(ExtractionContext context, List<TextSpan> brands, List<TextSpan> windows)
    {
        var text = context.Text;
        int end = Math.Min(text.Length, context.Header.BodyStart + BodyWindow);
        // 「柏崎青果オンラインショップ」, 駿河屋.JP, ハウステンボス公式アプリ: a run cut by a service word.
        foreach (var hit in lexicon.Services.FindAll(text, context.Header.BodyStart, end))
        {
            int runStart = RunStart(text, hit.Start, context.Header.BodyStart);
            runStart = SkipSelf(text, runStart, hit.Start);
            // In running text only a quoted service (「X会員サイト」), X公式 and a domain (X.JP) name their owner:
            // 弊社の通販サイト names none.
            // 通販サイト「47CLUB」: the service's own name, quoted after the word.
            if (hit.End < end && text[hit.End] is '「' or '『' && text.IndexOfAny(['」', '』'], hit.End) is int close and > 0
                && Name(text, hit.End + 1, close) is { } quoted)
            {
                brands.Add(quoted);
            }
            bool own = lexicon.OwnServices.StartsAt(text, hit.Start, hit.End);
            if (!own && !(runStart > 0 && text[runStart - 1] is '「' or '『'))
            {
                continue;
            }
            // github.com, example.co.jp: an address's host names no owner; 駿河屋.JP does.
            if (own && text[hit.Start] == '.' && IsAscii(text.AsSpan(runStart, hit.Start - runStart)))
            {
                continue;
            }
            if (Name(text, runStart, hit.Start) is { } name)
            {
                brands.Add(name);
            }
        }
        OperatedQuotes(text, context.Header.BodyStart, end, brands);
        foreach (var line in context.Layout.Lines)
        {
            if (line.End - line.Start > MaxWindowLine || line.Start < context.Header.BodyStart)
            {
                continue;
            }
            int start = line.Start;
            while (start < line.End && text[start] is ' ' or '【' or '[' or '<' or '■' or '・')
            {
                start++;
            }
            if (lexicon.WindowEnds.Occurs(text, start, line.End) && Before(text, start, line.End, lexicon.Windows) is { } window)
            {
                windows.Add(window);
            }
        }
    }

    // 弊社が運営しております「X」, 当社の運営する『X』: what the notice runs in its own voice, quoted, is its brand.
    private void OperatedQuotes(string text, int start, int end, List<TextSpan> brands)
    {
        foreach (var self in SelfWords)
        {
            int at = start;
            while (at < end && text.IndexOf(self, at, end - at, StringComparison.Ordinal) is int found and >= 0)
            {
                at = found + self.Length;
                int verb = at + 1;
                if (verb >= end || text[at] is not ('が' or 'の') || !OperatingVerbs.Any(v => text.AsSpan(verb, end - verb).StartsWith(v, StringComparison.Ordinal)))
                {
                    continue;
                }
                int open = text.AsSpan(verb, Math.Min(MaxVerbTail, end - verb)).IndexOfAny('「', '『');
                if (open < 0)
                {
                    continue;
                }
                open += verb;
                int close = text.AsSpan(open + 1, Math.Min(MaxName + 2, end - open - 1)).IndexOfAny('」', '』');
                if (close <= 0 || text.AsSpan(verb, open - verb).IndexOfAny("。、\n") >= 0)
                {
                    continue;
                }
                // 「停車場ガーデンHP(ウェブサイト)」: the name before its service word or its bracket.
                int nameEnd = open + 1 + close;
                int bracket = text.AsSpan(open + 1, close).IndexOf('(');
                nameEnd = bracket > 0 ? open + 1 + bracket : nameEnd;
                if ((Before(text, open + 1, nameEnd, lexicon.Services) ?? Name(text, open + 1, nameEnd)) is { } quoted)
                {
                    brands.Add(quoted);
                }
            }
        }
    }

    private const int MaxVerbTail = 12;

    private static readonly string[] OperatingVerbs = ["運営", "経営", "管理・運営"];

    // The name from start up to the first word of any set, where it is one.
    private TextSpan? Before(string text, int start, int end, params PhraseSet[] stops)
    {
        int cut = -1;
        foreach (var set in stops)
        {
            int at = set.IndexIn(text, start, Math.Min(end, start + MaxName + 12));
            if (at > start && (cut < 0 || at < cut))
            {
                cut = at;
            }
        }
        return cut > start ? Name(text, start, cut) : null;
    }

    // A run of name characters ending at end: 【…】 or 「 or a particle before it ends it.
    private static int RunStart(string text, int end, int floor)
    {
        int i = end;
        while (i > floor && end - i < MaxName && (NameScanner.IsNameChar(text[i - 1]) || text[i - 1] == ' '))
        {
            i--;
        }
        while (i < end && text[i] == ' ')
        {
            i++;
        }
        return i;
    }

    // 弊社・グローバー, 当社ビジネスインノルテ中島公園: the pointing word before the name is not part of it.
    private static int SkipSelf(string text, int start, int end)
    {
        foreach (var self in SelfWords)
        {
            if (text.AsSpan(start, end - start).StartsWith(self, StringComparison.Ordinal))
            {
                start += self.Length;
                while (start < end && text[start] is '・' or ' ' or 'の')
                {
                    start++;
                }
                return start;
            }
        }
        return start;
    }

    private static bool IsAscii(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }
        return true;
    }

    private static readonly string[] SelfWords = ["弊社", "当社", "弊法人", "当法人", "当店", "弊店"];

    // A name: two or more name characters (kana of its own allowed), no title word, nothing generic.
    private TextSpan? Name(string text, int start, int end)
    {
        // ONOMICHI U2  HOTEL CYCLE: a wider gap parts two names (the organization and its facility).
        int gap = text.AsSpan(start, Math.Max(0, end - start)).IndexOf("  ", StringComparison.Ordinal);
        if (gap > 0)
        {
            end = start + gap;
        }
        while (end > start && text[end - 1] is ' ' or '・' or '「' or '」')
        {
            end--;
        }
        while (start < end && text[start] is ' ' or '「' or '『')
        {
            start++;
        }
        if (end - start < 2 || end - start > MaxName || lexicon.NotName.Occurs(text, start, end) || lexicon.Voice.Occurs(text, start, end)
            || lexicon.Conjunctions.Any(c => text.AsSpan(start, end - start).StartsWith(c, StringComparison.Ordinal)))
        {
            return null; // 本学の教員, および当社グループ会社: the notice's own voice or a list's tail is no name
        }
        var word = text.AsSpan(start, end - start);
        if (word.Length > 2 && word[1] == ' ')
        {
            return null; // エ 保有: an item's letter, not a name's first word
        }
        if (lexicon.IsGeneric(word) || word.IndexOfAny("、。」「【】") >= 0 || word.IndexOfAny(Particles) >= 0
            || word.EndsWith("の") || word.Contains("から", StringComparison.Ordinal) || !(NameScanner.IsNameChar(word[0]) || word[0] is >= 'ぁ' and <= 'ゖ') || Letters(word) < 2)
        {
            return null; // 2., (2), 従業員からの: numbering and phrases are no names
        }
        return new TextSpan(start, end);
    }

    private static int Letters(ReadOnlySpan<char> word)
    {
        int n = 0;
        foreach (char c in word)
        {
            n += (NameScanner.IsNameChar(c) || c is >= 'ぁ' and <= 'ゖ') && !char.IsAsciiDigit(c) ? 1 : 0;
        }
        return n;
    }

    // Hiragana that cannot stand inside a name (が, を, は…): a run holding one is a phrase, not a name.
    private static readonly System.Buffers.SearchValues<char> Particles = System.Buffers.SearchValues.Create("がをはにへで");
}
