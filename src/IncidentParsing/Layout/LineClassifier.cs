using System.Buffers;
using System.Collections.Frozen;
using IncidentParsing.Dates;
using IncidentParsing.Lexicons;
using IncidentParsing.Model;

namespace IncidentParsing.Layout;

/// <summary>
/// Reads one line of a notice on its own: page chrome, a label, an addressee, a date line, a caption, a credit, a
/// related link, a contact line, <c>記</c>/<c>以上</c>, or text; and its shape (title-like, a statement, an issuer).
/// Roles that depend on the neighbours (title, lead, heading, signature) are the reader's. Immutable.
/// </summary>
internal sealed class LineClassifier
{
    // Long lines are statements or tables: none of the short-line roles is looked for in them.
    private const int MaxKey = 64;
    private const int MaxDateLine = 48;
    private const string Bullets = "・-•*●○◎■□◆◇▼▽▶►>※†";
    private const string Openers = "[【<(「『〈《";
    private const string Closers = "]】>)」』〉》";
    private const string IssuerForbidden = "。、!?「」:がを";

    private readonly LayoutLexicon _cues;
    private readonly JapaneseDateRecognizer _dates;
    private readonly SearchValues<char> _incidentFirsts;
    private readonly FrozenDictionary<char, string[]> _incidentWords;

    public LineClassifier(LayoutLexicon cues, JapaneseDateRecognizer dates)
    {
        _cues = cues;
        _dates = dates;
        // Indexed by first character: every line is searched once for any of them, not once per word.
        var words = Lexicon.ReadEmbedded("Notices/title-cues.tsv")
            .Where(r => r.Length > 1 && r[1] == "incident" && r[0].Length > 1)
            .Select(r => r[0]).Distinct().ToArray();
        _incidentWords = words.GroupBy(w => w[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
        _incidentFirsts = SearchValues.Create(string.Concat(_incidentWords.Keys));
    }

    public LayoutLexicon Cues => _cues;

    /// <summary>The facts of <c>text[start..end)</c> (one line of normalized text, without its break).</summary>
    public LineFacts Classify(ReadOnlySpan<char> text, int start, int end)
    {
        var line = text[start..end];
        if (line.Trim(' ').IsEmpty)
        {
            return new LineFacts(LineRole.Blank, LineShape.None, null, 0, 0);
        }
        Span<char> buffer = stackalloc char[MaxKey];
        var key = Key(line, buffer, out bool truncated);
        var shape = Shape(line, key, truncated);
        if (key.IsEmpty)
        {
            // Only bullets and brackets: a rule or a spacer.
            return new LineFacts(LineRole.Chrome, shape, null, 0, 0);
        }
        if (!truncated && RoleOfShortLine(line, key) is { } role)
        {
            return new LineFacts(role, shape, null, 0, 0);
        }
        if (_cues.Has(LayoutCue.Contact, key) && !shape.HasFlag(LineShape.Sentence))
        {
            return new LineFacts(LineRole.Contact, shape, null, 0, 0);
        }
        if (truncated && _cues.Has(LayoutCue.Related, key))
        {
            return new LineFacts(LineRole.Related, shape, null, 0, 0);
        }
        if (_cues.Has(LayoutCue.ContactLine, key) && !shape.HasFlag(LineShape.Sentence))
        {
            shape |= LineShape.ContactLine;
        }
        if (line.Length <= MaxDateLine && TryDateLine(text, start, end, out var date, out int dateStart, out int dateEnd, out bool published))
        {
            return new LineFacts(LineRole.Date, shape | (published ? LineShape.Published : 0), date, dateStart, dateEnd);
        }
        return new LineFacts(LineRole.Body, shape, null, 0, 0);
    }

    /// <summary>True when <paramref name="line"/> names an incident.</summary>
    public bool HasIncidentWord(ReadOnlySpan<char> line)
    {
        int at;
        while ((at = line.IndexOfAny(_incidentFirsts)) >= 0)
        {
            foreach (var word in _incidentWords[line[at]])
            {
                if (line[at..].StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            line = line[(at + 1)..];
        }
        return false;
    }

    private LineRole? RoleOfShortLine(ReadOnlySpan<char> line, ReadOnlySpan<char> key)
    {
        if (_cues.Has(LayoutCue.Chrome, key) || IsBreadcrumb(key) || IsBranding(line, key) || IsPageNumber(key))
        {
            return LineRole.Chrome;
        }
        if (_cues.Has(LayoutCue.Related, key))
        {
            return LineRole.Related;
        }
        if (_cues.IsWord(LayoutCue.Kigo, key))
        {
            return LineRole.Kigo;
        }
        if (_cues.IsWord(LayoutCue.Ijo, key))
        {
            return LineRole.Ijo;
        }
        if (_cues.IsWord(LayoutCue.Label, key))
        {
            return LineRole.Label;
        }
        if (key.Length <= 30 && _cues.Has(LayoutCue.Addressee, key))
        {
            return LineRole.Addressee;
        }
        if (_cues.Has(LayoutCue.Caption, key) || IsPhotoCaption(key))
        {
            return LineRole.Caption;
        }
        // A source's name has no digits ("(2023年3月29日放送)" is a date line), but may carry its date in brackets.
        var source = key.Length > 2 && key[^1] == ')' && key.IndexOf('(') is > 1 and var open ? key[..open] : key;
        if (source.Length <= 24 && source.IndexOfAny('、', '。') < 0 && source.IndexOfAnyInRange('0', '9') < 0
            && _cues.Has(LayoutCue.Credit, source) && !HasIncidentWord(source))
        {
            return LineRole.Credit;
        }
        return null;
    }

    // "- 1 -", "1/3", "(2/5)", "P.3": a page number a PDF repeats on every page.
    private static bool IsPageNumber(ReadOnlySpan<char> key)
    {
        if (key.Length > 9)
        {
            return false;
        }
        var core = key.Trim("-()pP.");
        int slash = core.IndexOf('/');
        var digits = slash < 0 ? core : core[..slash];
        var total = slash < 0 ? [] : core[(slash + 1)..];
        return !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9') && !total.ContainsAnyExceptInRange('0', '9')
            && (slash > 0 || core.Length < key.Length);
    }

    // "記者会見で謝罪する社長(中央)=21日、港川市": a newspaper's photo caption ends with "=day, place".
    private static bool IsPhotoCaption(ReadOnlySpan<char> key)
    {
        int eq = key.LastIndexOf('=');
        if (eq < 4 || key.Length - eq > 16 || key.IndexOf('。') >= 0)
        {
            return false;
        }
        var tail = key[(eq + 1)..];
        int day = tail.IndexOf('日');
        return day > 0 && !tail[..day].ContainsAnyExceptInRange('0', '9');
    }

    // "ホーム > 市政情報 > お知らせ > …": two or more separators, or one after a home link.
    private static bool IsBreadcrumb(ReadOnlySpan<char> key)
    {
        int separators = key.Count('>') + key.Count('›') + key.Count('»');
        return separators >= 2 || (separators == 1 && (key.StartsWith("ホーム") || key.StartsWith("TOP") || key.StartsWith("トップ") || key.StartsWith("Home")));
    }

    // "スローガン|放送局名": a site's branding line, short on both sides of a bar and naming no incident. A table row
    // ("全体数|33,947件(…)") is no branding: its value opens with a figure.
    private bool IsBranding(ReadOnlySpan<char> line, ReadOnlySpan<char> key)
    {
        int bar = key.IndexOf('|');
        return bar > 0 && key.Length <= 40 && !HasIncidentWord(line)
            && !(bar + 1 < key.Length && char.IsAsciiDigit(key[bar + 1]));
    }

    private LineShape Shape(ReadOnlySpan<char> line, ReadOnlySpan<char> key, bool truncated)
    {
        var shape = LineShape.None;
        var trimmed = line.Trim(' ');
        if (HasIncidentWord(trimmed))
        {
            shape |= LineShape.IncidentWord;
        }
        if (IsSentence(trimmed))
        {
            shape |= LineShape.Sentence;
        }
        if (!truncated && (_cues.Has(LayoutCue.TitleEnd, TrimTrailingDate(key)) || TitleEndBeforeIssuer(trimmed)))
        {
            shape |= LineShape.TitleEnd;
        }
        if (_cues.Has(LayoutCue.TitleStart, trimmed) && trimmed.IndexOf('】') + 4 < trimmed.Length)
        {
            shape |= LineShape.TitleStart;
        }
        if (trimmed[0] is '・' or '-' or '•' or '*' or '‐' or '−' or '＊')
        {
            shape |= LineShape.Bulleted;
        }
        if (IsNumbered(trimmed) && (shape & LineShape.TitleStart) == 0)
        {
            shape |= LineShape.Numbered;
        }
        if (!truncated && key.Length <= 50 && (shape & (LineShape.IncidentWord | LineShape.Sentence | LineShape.TitleEnd)) == 0
            && key.IndexOfAny(IssuerForbidden) < 0
            && (_cues.Has(LayoutCue.IssuerEnd, key) || _cues.Has(LayoutCue.IssuerTitle, key) || _cues.Has(LayoutCue.IssuerStart, key)))
        {
            shape |= LineShape.IssuerLike;
        }
        return shape;
    }

    // "職員の懲戒処分について 〇〇町教育委員会": a heading's ending, a space, and the issuer's name.
    private bool TitleEndBeforeIssuer(ReadOnlySpan<char> line)
    {
        int space = line.LastIndexOf(' ');
        if (space < 4 || line.Length - space > 24)
        {
            return false;
        }
        Span<char> buffer = stackalloc char[MaxKey];
        var head = Key(line[..space], buffer, out bool truncated);
        var tail = line[(space + 1)..];
        return !truncated && !head.IsEmpty && _cues.Has(LayoutCue.TitleEnd, head)
            && (_cues.Has(LayoutCue.IssuerEnd, tail) || _cues.Has(LayoutCue.IssuerStart, tail));
    }

    // A heading's ending may be followed by a date or a bracketed remark: "…のお知らせ(2025年3月4日)".
    private static ReadOnlySpan<char> TrimTrailingDate(ReadOnlySpan<char> key)
    {
        int end = key.Length;
        while (end > 0 && (char.IsAsciiDigit(key[end - 1]) || key[end - 1] is '年' or '月' or '日' or '/' or '.' or '-' or ')' or '(' or '令' or '和' or '平' or '成' or '元'))
        {
            end--;
        }
        return end >= 4 ? key[..end] : key;
    }

    private static bool IsSentence(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return false;
        }
        char last = line[^1];
        if (last is '。' or '.' && line.Length > 6 && !char.IsAsciiDigit(line[^2]))
        {
            return true;
        }
        int stop = line.IndexOf('。');
        if (stop >= 0 && stop < line.Length - 1)
        {
            return true; // several statements on one line
        }
        return line.EndsWith("ます") || line.EndsWith("ました") || line.EndsWith("です") || line.EndsWith("でした")
            || line.EndsWith("ません") || (line.Length > 60 && line.IndexOf('、') >= 0);
    }

    private static bool IsNumbered(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return false;
        }
        char c = line[0];
        if (c is >= '①' and <= '⑳' || c is '■' or '□' or '◆' or '◇' or '●' or '○' or '▼' or '▽' or '◎' or '▶' or '【' or '<' or '〈' or '≪')
        {
            return true;
        }
        if (c == '(' && line.Length > 2 && (char.IsAsciiDigit(line[1]) || line[1] is >= '一' and <= '十' || line[1] is >= 'ア' and <= 'ン'))
        {
            return true;
        }
        if (c == '第' && line.Length > 1 && (char.IsAsciiDigit(line[1]) || "一二三四五六七八九十".Contains(line[1])))
        {
            return true;
        }
        int i = 0;
        while (i < line.Length && char.IsAsciiDigit(line[i]))
        {
            i++;
        }
        return i is > 0 and <= 2 && i < line.Length && line[i] is '.' or ' ' or ')' or '、' or ':';
    }

    /// <summary>A date line: a full date, and beside it only labels, a weekday, a time and punctuation.</summary>
    private bool TryDateLine(ReadOnlySpan<char> text, int start, int end, out JapaneseDate? date, out int dateStart, out int dateEnd, out bool published)
    {
        date = null;
        dateStart = dateEnd = 0;
        published = false;
        var line = text[start..end];
        // A full date has digits and 年 or a separator: most short lines are turned away before the recognizer.
        if (line.IndexOfAnyInRange('0', '9') < 0 || (line.IndexOf('年') < 0 && line.IndexOfAny('/', '.', '-') < 0))
        {
            return false;
        }
        if (!MostlyDate(line))
        {
            return false;
        }
        string s = new(line);
        var mentions = _dates.RecognizeList(s, null);
        DateMention? full = null;
        foreach (var m in mentions)
        {
            if (m.Value is { Precision: >= DatePrecision.Day } v && !v.Inferred && m.Kind == DateMentionKind.Single)
            {
                full ??= m;
            }
        }
        if (full is null)
        {
            return false;
        }
        Span<char> rest = stackalloc char[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            bool inMention = false;
            foreach (var m in mentions)
            {
                if (i >= m.Span.Start && i < m.Span.End)
                {
                    inMention = true;
                    break;
                }
            }
            char c = s[i];
            if (!inMention && c != ' ' && Bullets.IndexOf(c) < 0 && Openers.IndexOf(c) < 0 && Closers.IndexOf(c) < 0
                && c is not (':' or ',' or '、' or '。' or '/' or '.' or '~' or '|' or '月' or '火' or '水' or '木' or '金' or '土' or '日' or '祝' or '曜'))
            {
                rest[n++] = c;
            }
        }
        var residue = rest[..n];
        published = Contains(residue, "公開") || Contains(residue, "放送") || Contains(residue, "公表") || Contains(residue, "掲載") || Contains(residue, "発表")
            || Contains(residue, "配信") || Contains(residue, "発行") || Contains(residue, "投稿");
        n = _cues.RemoveContained(LayoutCue.DateLabel, residue);
        // Times the recognizer did not take ("11:06", "14:00更新") are digits and colons.
        int left = 0;
        foreach (char c in residue[..n])
        {
            if (!char.IsAsciiDigit(c) && c is not ('時' or '分' or '秒'))
            {
                left++;
            }
        }
        if (left > 2)
        {
            return false;
        }
        var value = full.Value!.Value;
        date = new JapaneseDate(value.Year, value.Month, value.Day);
        dateStart = start + full.Span.Start;
        dateEnd = start + full.Span.End;
        return true;
    }

    private const string DateLineChars = "年月日時分秒曜火水木金土祝令和平成昭元頃ごろ上中下旬初末/.-:,~|、。";

    // Before the recognizer: a line whose characters, less what a date can be written with and the labels a date line
    // carries, leave more than a word is a statement with a date in it, not a date line.
    private bool MostlyDate(ReadOnlySpan<char> line)
    {
        Span<char> rest = stackalloc char[line.Length];
        int n = 0;
        foreach (char c in line)
        {
            if (!char.IsAsciiDigit(c) && c != ' ' && Bullets.IndexOf(c) < 0 && Openers.IndexOf(c) < 0 && Closers.IndexOf(c) < 0
                && DateLineChars.IndexOf(c) < 0)
            {
                rest[n++] = c;
            }
        }
        return _cues.RemoveContained(LayoutCue.DateLabel, rest[..n]) <= 4;
    }

    private static bool Contains(ReadOnlySpan<char> s, string word) => s.Contains(word, StringComparison.Ordinal);

    // The line without spaces, framing bullets and a pair of enclosing brackets, cut at MaxKey characters.
    private static ReadOnlySpan<char> Key(ReadOnlySpan<char> line, Span<char> buffer, out bool truncated)
    {
        int n = 0;
        truncated = false;
        foreach (char c in line)
        {
            if (c == ' ')
            {
                continue;
            }
            if (n == buffer.Length)
            {
                truncated = true;
                break;
            }
            buffer[n++] = c;
        }
        var key = buffer[..n];
        while (!key.IsEmpty && Bullets.IndexOf(key[0]) >= 0 && key.Length > 1)
        {
            key = key[1..];
        }
        if (key.Length >= 2 && Openers.IndexOf(key[0]) is var open && open >= 0 && key[^1] == Closers[open])
        {
            key = key[1..^1];
        }
        else if (key.Length >= 4 && key[0] == '【' && key[..Math.Min(key.Length, 14)].IndexOf('】') is var close and > 1)
        {
            // "【お問い合わせ先】株式会社X": a bracketed heading with its text after it on the same line.
            key[(close + 1)..].CopyTo(key[close..]);
            key = key[1..^1];
        }
        else if (key.Length == 1 && Bullets.IndexOf(key[0]) >= 0)
        {
            key = [];
        }
        return key;
    }
}
