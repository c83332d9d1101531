using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using IncidentParsing.Lexicons;
using IncidentParsing.Model;

namespace IncidentParsing.Dates;

/// <summary>A relative date word (<c>昨年</c>, <c>同月</c>, <c>本日</c>): from what it counts, and how far.</summary>
internal readonly record struct RelativeWord(string Text, YearKind Kind, int Offset);

/// <summary>One table of relative words, longest first, behind a filter of their first characters.</summary>
internal sealed class RelativeWords
{
    // Most positions the scanner tries open no word (they are digits): one lookup says so.
    private readonly SearchValues<char> _starts;

    public RelativeWords(IEnumerable<RelativeWord> words)
    {
        Words = [.. words.OrderByDescending(w => w.Text.Length)];
        _starts = SearchValues.Create(string.Concat(Words.Select(w => w.Text[0]).Distinct()));
    }

    public ImmutableArray<RelativeWord> Words { get; }

    /// <summary>The longest word of the table that stands at <paramref name="i"/>.</summary>
    public bool TryMatch(ReadOnlySpan<char> t, int i, out RelativeWord word)
    {
        if ((uint)i < (uint)t.Length && _starts.Contains(t[i]))
        {
            foreach (var w in Words.AsSpan())
            {
                if (Scan.At(t, i, w.Text))
                {
                    word = w;
                    return true;
                }
            }
        }
        word = default;
        return false;
    }
}

/// <summary>A word that names a part of the month (<c>上旬</c>, <c>末</c>).</summary>
internal readonly record struct MonthPartWord(string Text, DatePart Part);

/// <summary>A word before a time of day (<c>午後</c>, <c>正午</c>) and how it reads the hour.</summary>
internal readonly record struct TimePrefixWord(string Text, Meridiem Meridiem, DatePart Part, int FixedHour);

/// <summary>A word after a clock time (<c>am</c>).</summary>
internal readonly record struct ClockSuffixWord(string Text, Meridiem Meridiem);

/// <summary>
/// The words of the date scanners, read once from the embedded <c>Dates/date-words.tsv</c>. Every list is
/// sorted longest first, so a scanner that takes the first word standing at a position takes the longest.
/// Immutable; shared by every recognizer.
/// </summary>
internal sealed class DateWords
{
    private const string File = "Dates/date-words.tsv";

    // Before Embedded: static initializers run in text order, and reading the file needs the kinds.
    /// <summary>The kinds the file may hold, in the order the file documents them.</summary>
    public static readonly ImmutableArray<string> Kinds =
    [
        "year", "month", "day", "calendar", "month-part", "approximation", "range-connector", "range-closer", "range-end-prefix", "open-end",
        "list-joiner", "time-prefix", "clock-suffix", "not-after-year", "not-after-short-year", "not-after-day",
        "not-after-month", "not-after-leading-month", "not-after-hour", "kanji-hour-follower",
    ];

    /// <summary>The words of the package, read once.</summary>
    public static DateWords Embedded { get; } = new(Lexicon.ReadEmbedded(File));

    public RelativeWords Years { get; }
    public RelativeWords Months { get; }
    public RelativeWords Days { get; }
    public ImmutableArray<string> Calendars { get; }
    public ImmutableArray<MonthPartWord> MonthParts { get; }
    public ImmutableArray<string> Approximations { get; }
    public ImmutableArray<string> RangeConnectors { get; }
    public ImmutableArray<string> RangeClosers { get; }
    public ImmutableArray<string> RangeEndPrefixes { get; }
    public ImmutableArray<string> OpenEnds { get; }
    public ImmutableArray<string> ListJoiners { get; }
    public ImmutableArray<TimePrefixWord> TimePrefixes { get; }
    public ImmutableArray<ClockSuffixWord> ClockSuffixes { get; }
    public ImmutableArray<string> NotAfterYear { get; }
    public ImmutableArray<string> NotAfterShortYear { get; }
    public ImmutableArray<string> NotAfterDay { get; }
    public ImmutableArray<string> NotAfterMonth { get; }
    /// <summary><see cref="NotAfterMonth"/> and the words that stop only a month that opens a date (3月額).</summary>
    public ImmutableArray<string> NotAfterLeadingMonth { get; }
    public string NotAfterHour { get; }
    public string KanjiHourFollowers { get; }

    /// <summary>The first characters of every word that can open a date (relative words, calendars, time prefixes).</summary>
    public string OpeningChars { get; }

    /// <summary>Every (kind, word) row of the file, in file order: what the tests walk.</summary>
    public ImmutableArray<(string Kind, string Word)> Rows { get; }

    // A relative word that ends a longer one (来年 in 再来年): the scanner must not start inside the longer word.
    private readonly ImmutableArray<(string Inner, string Outer)> _nested;

    internal DateWords(IReadOnlyList<string[]> rows)
    {
        var lists = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            lists[kind] = [];
        }
        foreach (var row in rows)
        {
            if (row.Length < 2 || !lists.TryGetValue(row[0], out var list))
            {
                throw Bad(row, "unknown kind");
            }
            list.Add(row);
        }
        Rows = [.. rows.Select(r => (r[0], r[1]))];
        Years = Relative(lists["year"], dayWords: false);
        Months = Relative(lists["month"], dayWords: false);
        Days = Relative(lists["day"], dayWords: true);
        Calendars = Words(lists["calendar"]);
        MonthParts = [.. lists["month-part"].Select(r => new MonthPartWord(r[1], ReadPart(r, 2))).OrderByDescending(w => w.Text.Length)];
        Approximations = Words(lists["approximation"]);
        RangeConnectors = Words(lists["range-connector"]);
        RangeClosers = Words(lists["range-closer"]);
        RangeEndPrefixes = Words(lists["range-end-prefix"]);
        OpenEnds = Words(lists["open-end"]);
        ListJoiners = Words(lists["list-joiner"]);
        TimePrefixes = [.. lists["time-prefix"]
            .Select(r => new TimePrefixWord(r[1], ReadMeridiem(r, 2), ReadPart(r, 3), Number(r, 4)))
            .OrderByDescending(w => w.Text.Length)];
        ClockSuffixes = [.. lists["clock-suffix"].Select(r => new ClockSuffixWord(r[1], ReadMeridiem(r, 2))).OrderByDescending(w => w.Text.Length)];
        NotAfterYear = Words(lists["not-after-year"]);
        NotAfterShortYear = Words(lists["not-after-short-year"]);
        NotAfterDay = Words(lists["not-after-day"]);
        NotAfterMonth = Words(lists["not-after-month"]);
        NotAfterLeadingMonth = [.. NotAfterMonth.Concat(Words(lists["not-after-leading-month"])).OrderByDescending(w => w.Length)];
        NotAfterHour = Chars(lists["not-after-hour"]);
        KanjiHourFollowers = Chars(lists["kanji-hour-follower"]);

        var relative = Years.Words.Concat(Months.Words).Concat(Days.Words).Select(w => w.Text).ToArray();
        _nested = [.. from inner in relative
                      from outer in relative
                      where outer.Length > inner.Length && outer.EndsWith(inner, StringComparison.Ordinal)
                      select (inner, outer)];
        OpeningChars = string.Concat(relative.Concat(Calendars).Concat(TimePrefixes.Select(p => p.Text))
            .Select(w => w[0]).Distinct());
    }


    /// <summary>
    /// The start of the longer relative word that the word at <paramref name="i"/> ends (再来年 for 来年), when that
    /// longer word stands in <paramref name="t"/>; -1 otherwise.
    /// </summary>
    public int StartOfEnclosingWord(ReadOnlySpan<char> t, int i)
    {
        foreach (var (inner, outer) in _nested.AsSpan())
        {
            int start = i - (outer.Length - inner.Length);
            if (t[i] == inner[0] && start >= 0 && Scan.At(t, start, outer))
            {
                return start;
            }
        }
        return -1;
    }

    private static ImmutableArray<string> Words(List<string[]> rows) => [.. rows.Select(r => r[1]).OrderByDescending(w => w.Length)];

    private static string Chars(List<string[]> rows)
    {
        foreach (var r in rows)
        {
            if (r[1].Length != 1)
            {
                throw Bad(r, "one character expected");
            }
        }
        return string.Concat(rows.Select(r => r[1]));
    }

    private static RelativeWords Relative(List<string[]> rows, bool dayWords) =>
        new(rows.Select(r =>
        {
            var kind = Column(r, 2) switch
            {
                "reference" => YearKind.FromReference,
                "context" => YearKind.FromContext,
                _ => throw Bad(r, "base must be reference or context"),
            };
            int offset = Number(r, 3);
            if (dayWords && offset != 0)
            {
                throw Bad(r, "day words take offset 0");
            }
            return new RelativeWord(r[1], kind, offset);
        }));

    private static Meridiem ReadMeridiem(string[] r, int column) => Column(r, column) switch
    {
        "none" => Meridiem.None,
        "am" => Meridiem.Am,
        "pm" => Meridiem.Pm,
        "night" => Meridiem.Night,
        "midnight" => Meridiem.Midnight,
        "noon" => Meridiem.Noon,
        _ => throw Bad(r, "unknown meridiem"),
    };

    private static DatePart ReadPart(string[] r, int column) => Column(r, column) switch
    {
        "none" => DatePart.None,
        "early" => DatePart.Early,
        "middle" => DatePart.Middle,
        "late" => DatePart.Late,
        "end" => DatePart.End,
        "before-dawn" => DatePart.BeforeDawn,
        "morning" => DatePart.Morning,
        "afternoon" => DatePart.Afternoon,
        "evening" => DatePart.Evening,
        "night" => DatePart.Night,
        _ => throw Bad(r, "unknown part of day"),
    };

    private static int Number(string[] r, int column) =>
        int.TryParse(Column(r, column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) ? n : throw Bad(r, "number expected");

    private static string Column(string[] r, int column) => column < r.Length ? r[column] : throw Bad(r, $"column {column + 1} missing");

    private static InvalidDataException Bad(string[] row, string why) =>
        new($"{File}: {why}: '{string.Join('\t', row)}'");
}
