using IncidentParsing.Lexicons;
using IncidentParsing.Model;
using IncidentParsing.Numbers;

namespace IncidentParsing.Extractors.Counts;

/// <summary>
/// Turns the numbers of a notice into counts: a number followed by a counter (件, 名, 台 …), with the
/// qualifiers around it (約, 最大, 延べ, 計 before; 超, 以上, 程度 after), what it counts, and the
/// clues the headline choice needs (actor, population). Money, durations, ages, dates, ordinals
/// (第3報) and list markers never reach a counter and so are never counts.
/// </summary>
internal sealed class CountReader
{
    /// <summary>People named as acting rather than as data subjects (職員1名が…).</summary>
    private static readonly string[] StaffWords =
        ["職員", "社員", "従業員", "担当者", "容疑者", "部下", "教諭", "教員", "警部", "警察官", "男性", "女性", "作業員", "委託先"];

    /// <summary>Particles after a person count that make the people the actors of the sentence.</summary>
    private static readonly string[] ActorParticles = ["が", "も", "と", "は", "おり", "により", "によって"];

    /// <summary>Labels of a whole population (会員数 300万人), not of the people affected.</summary>
    private static readonly string[] PopulationLabels =
        ["会員数", "利用者数", "登録者数", "従業員数", "職員数", "社員数", "顧客数", "ユーザー数", "ユーザ数", "契約者数", "加入者数", "在籍者数", "生徒数", "学生数"];

    /// <summary>Words after a person count that make the people the recipients of what was sent (学生85人に対して配信).</summary>
    private static readonly string[] RecipientParticles =
        ["に対して", "に対し", "宛", "あて", "に送信", "に配信", "に送付", "に郵送", "に発送", "に誤送信", "に一斉送信", "へ送信", "へ配信", "へ送付"];

    /// <summary>Verbs earlier in the sentence that make a person count the people who received or saw (受信した生徒は…282人).</summary>
    private static readonly string[] ReceivingVerbs = ["受信した", "受け取った", "閲覧した", "見た"];

    /// <summary>What carried the data rather than whose it was (1553件のメール, メール約1,000通).</summary>
    private static readonly string[] MessageWords = ["メール", "郵便物", "封書", "はがき", "ハガキ", "FAX", "ファクス"];

    private readonly CountLexicon _lexicon;

    // 名分, 件分, 人分: made once per counter, not once per count that every kept incident then holds.
    private readonly Dictionary<string, string> _portionUnits;

    public CountReader(CountLexicon lexicon)
    {
        _lexicon = lexicon;
        _portionUnits = lexicon.Counters.Select(c => c.Word).Distinct(StringComparer.Ordinal)
            .ToDictionary(w => w, w => w + "分", StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads every count in <paramref name="text"/>. <paramref name="isListGlyph"/> tells whether the
    /// original characters of a number are an enclosed list marker (①).
    /// </summary>
    public List<CountCandidate> Read(string text, IReadOnlyList<NumberMention> numbers, Func<int, int, bool> isListGlyph)
    {
        var found = new List<CountCandidate>();
        foreach (var m in numbers)
        {
            if (TryRead(text, m, isListGlyph) is { } count)
            {
                found.Add(count);
            }
        }
        return found;
    }

    private CountCandidate? TryRead(ReadOnlySpan<char> text, NumberMention m, Func<int, int, bool> isListGlyph)
    {
        if (m.IsVague || (m.Forms & NumberForms.Negative) != 0 || !m.TryGetInt64(out long value) || value <= 0)
        {
            return null;
        }
        if (m.Start > 0 && (text[m.Start - 1] == '第' || ((m.Forms & NumberForms.Arabic) != 0 && NumeralChars.IsAsciiLetter(text[m.Start - 1]))))
        {
            return null; // 第3報, 第26条; A123
        }
        var qualifier = CountQualifier.Exact;
        bool total = false;

        // Between the number and the counter: spaces, 超/以上/を超える, and の after a myriad (756 万の…).
        int p = CountPhrase.SkipSpaces(text, m.End);
        if (CountLexicon.StartingAt(_lexicon.After, text, p) is { } middle)
        {
            Combine(ref qualifier, middle.Qualifier);
            p = CountPhrase.SkipSpaces(text, p + middle.Word.Length);
        }
        if (p < text.Length && text[p] == 'の' && (qualifier != CountQualifier.Exact || NumeralChars.Myriad(text[m.End - 1]) > 0))
        {
            p++;
        }
        if (_lexicon.CounterAt(text, p) is not { } counter)
        {
            return null;
        }
        int unitEnd = p + counter.Word.Length;
        string unit = counter.Word;
        if (unitEnd < text.Length && text[unitEnd] == '分')
        {
            unit = _portionUnits.TryGetValue(unit, out var portion) ? portion : unit + "分";
            unitEnd++;
        }
        int end = unitEnd;
        int after = unitEnd < text.Length && text[unitEnd] == '様' ? unitEnd + 1 : unitEnd;
        if (CountLexicon.StartingAt(_lexicon.After, text, CountPhrase.SkipSpaces(text, after, 1)) is { } suffix)
        {
            Combine(ref qualifier, suffix.Qualifier);
            after = CountPhrase.SkipSpaces(text, after, 1) + suffix.Word.Length;
            end = after;
        }

        if (isListGlyph(m.Start, m.End) || IsListMarker(text, m, value))
        {
            return null;
        }

        int start = ReadPrefixes(text, m.Start, ref qualifier, ref total);
        int close = after < text.Length && text[after] == ')' ? after + 1 : after;
        bool dataAfter = CountPhrase.DataFollows(text, close);
        string? subject = Subject(text, start, close, out bool staff, out bool wholePopulation);
        bool statedAsData = CountCandidate.IsStatedAsData(unit, dataAfter);
        bool actor = counter.Kind == CounterKind.Person && !statedAsData && (staff || StartsWithAny(text[after..], ActorParticles));
        bool population = wholePopulation || IsPopulation(text, after);
        bool incidental = !statedAsData && (counter.Kind == CounterKind.Person
            ? StartsWithAny(text[after..], RecipientParticles) || SentenceSaysBefore(text, start, ReceivingVerbs)
            : unit == "通" || (subject is not null && ContainsAny(subject, MessageWords)));
        return new CountCandidate(start, end, value, unit, counter.Kind, qualifier, subject)
        {
            IsTotal = total,
            IsActor = actor,
            IsPopulation = population,
            HasDataAfter = dataAfter,
            IsIncidental = incidental,
        };
    }

    // An item number at a line start ("1 ユーザー様の個人情報 23,508 件"): small, set off by a space or
    // a stop, and followed on its line by the item's own figure.
    private static bool IsListMarker(ReadOnlySpan<char> text, NumberMention m, long value)
    {
        if (value > 50 || !CountPhrase.AtLineStart(text, m.Start) || m.End >= text.Length || text[m.End] is not (' ' or '.' or ')' or '、'))
        {
            return false;
        }
        var rest = text[m.End..];
        int eol = rest.IndexOf('\n');
        return (eol < 0 ? rest : rest[..eol]).IndexOfAnyInRange('0', '9') >= 0;
    }

    // 363名中240名, 300万人のうち, 39名おり、そのうち4名: the first number is the whole a subset is drawn from.
    private static bool IsPopulation(ReadOnlySpan<char> text, int after)
    {
        var rest = text[after..];
        if (rest.StartsWith("中") || rest.StartsWith("のうち"))
        {
            return true;
        }
        // 22,796件(うち、カード情報を含むもの13,438件): a bracket breaks the affected total down; it is no population.
        if (rest.StartsWith("(うち"))
        {
            return false;
        }
        var near = rest[..Math.Min(rest.Length, 8)];
        int stop = near.IndexOfAny("。\n");
        int of = near.IndexOf("うち", StringComparison.Ordinal);
        return of >= 0 && (stop < 0 || of < stop);
    }

    // 約, 最大で, 延べ, 計 (and combinations: 最大で約) right before the number.
    private int ReadPrefixes(ReadOnlySpan<char> text, int numberStart, ref CountQualifier qualifier, ref bool total)
    {
        int start = numberStart;
        int p = CountPhrase.SkipSpacesBack(text, numberStart);
        for (int i = 0; i < 3; i++)
        {
            if (CountLexicon.EndingAt(_lexicon.Before, text, p) is not { } q)
            {
                break;
            }
            if (q.IsTotal)
            {
                total = true;
            }
            else
            {
                Combine(ref qualifier, q.Qualifier);
            }
            p -= q.Word.Length;
            start = p;
            p = CountPhrase.SkipSpacesBack(text, p);
        }
        return start;
    }

    // The strongest statement wins: 最大で約20万件程度 is an upper bound, not an estimate.
    private static void Combine(ref CountQualifier current, CountQualifier next)
    {
        static int Rank(CountQualifier q) => q switch
        {
            CountQualifier.UpTo => 4,
            CountQualifier.MoreThan => 3,
            CountQualifier.Approximately => 2,
            CountQualifier.Cumulative => 1,
            _ => 0,
        };
        if (Rank(next) > Rank(current))
        {
            current = next;
        }
    }

    // What is counted: the phrase before the bracket (クレジットカード情報(18,746名分)), the noun before
    // the number (お客様265名, 学生が39名), or the noun after の (1,011 名の患者様).
    private static string? Subject(ReadOnlySpan<char> text, int start, int close, out bool staff, out bool wholePopulation)
    {
        int p = CountPhrase.SkipSpacesBack(text, start);
        bool particle = p > 0 && text[p - 1] is 'が' or 'は';
        if (p > 0 && (particle || text[p - 1] is '(' or '【' or '「' or ':'))
        {
            p = CountPhrase.SkipSpacesBack(text, p - 1);
        }
        var before = CountPhrase.NounBefore(text, p);
        if (before is { } tail && tail.Start > 0 && NumeralChars.IsAsciiDigit(text[tail.Start - 1]))
        {
            before = null; // 363名中240名: "名中" is the tail of another count, not a subject
        }
        wholePopulation = before is { } w && ContainsAny(text[w.Start..w.End], PopulationLabels);
        var after = close < text.Length && text[close] == 'の' ? CountPhrase.NounAfter(text, close + 1) : null;
        (int Start, int End)? chosen = null;
        if (before is { } b && !CountPhrase.IsLabel(text[b.Start..b.End]) && !(particle && after is not null))
        {
            // 社会人ユーザーの一部(8,965 名分): the whole the part is taken from.
            chosen = IsPartWord(text[b.Start..b.End]) && b.Start > 0 && text[b.Start - 1] == 'の'
                ? CountPhrase.NounBefore(text, b.Start - 1) ?? b
                : b;
        }
        else if (before is { } label && !particle && label.Start > 0 && text[label.Start - 1] == 'の')
        {
            chosen = CountPhrase.NounBefore(text, label.Start - 1); // 個人データの件数:48,651人
        }
        if (chosen is null && after is { } a && !IsPartWord(text[a.Start..a.End]))
        {
            chosen = a; // 1,011 名の患者様; 男性は8台の車の情報
        }
        string? subject = chosen is { } c ? VocabularyStrings.Embedded.Get(text[c.Start..c.End]) : null;
        staff = subject is not null && ContainsAny(subject, StaffWords);
        return subject;
    }

    // Whether one of <paramref name="words"/> stands between the sentence's start and <paramref name="at"/>, within a
    // clause's reach (a text with no stops, a flattened PDF, is not read back to its start for every count).
    private static bool SentenceSaysBefore(ReadOnlySpan<char> text, int at, string[] words)
    {
        var before = text[Math.Max(0, at - SentenceReach)..at];
        int stop = before.LastIndexOfAny("。\n");
        return ContainsAny(before[(stop + 1)..], words);
    }

    private const int SentenceReach = 80;

    private static bool IsPartWord(ReadOnlySpan<char> noun) => noun is "一部" or "大半" or "全員" or "全部" or "半数" or "多く" or "うち";

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
