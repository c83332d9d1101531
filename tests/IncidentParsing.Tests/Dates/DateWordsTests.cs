using IncidentParsing.Dates;
using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Tests.Dates;

// Every row of the embedded Dates/date-words.tsv does what its kind says, read through the public recognizer.
public sealed class DateWordsTests
{
    private static readonly JapaneseDate Reference = new(2024, 6, 1);
    private static readonly JapaneseDateRecognizer Recognizer = new();

    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var (kind, word) in DateWords.Embedded.Rows)
        {
            data.Add(kind, word);
        }
        return data;
    }

    [Fact]
    public void The_embedded_table_is_read_and_every_kind_has_words()
    {
        var rows = DateWords.Embedded.Rows;
        Assert.All(DateWords.Kinds, kind => Assert.Contains(rows, r => r.Kind == kind));
        Assert.Equal(rows.Length, rows.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_word_of_the_table_is_read_as_its_kind_says(string kind, string word)
    {
        switch (kind)
        {
            case "year":
            {
                var w = Assert.Single(DateWords.Embedded.Years.Words, y => y.Text == word);
                var m = At("2023年1月1日、" + word + "4月1日", "2023年1月1日、".Length, word);
                int baseYear = w.Kind == YearKind.FromReference ? Reference.Year : 2023;
                Assert.Equal(new JapaneseDate(baseYear + w.Offset, 4, 1), Strip(m.Value));
                break;
            }
            case "month":
            {
                // A reference word alone counts from the reference; a context word from the date before it.
                var w = Assert.Single(DateWords.Embedded.Months.Words, y => y.Text == word);
                bool fromReference = w.Kind == YearKind.FromReference;
                string before = fromReference ? "" : "2023年5月10日、";
                var m = At(before + word, before.Length, word);
                var expected = (fromReference ? new DateOnly(Reference.Year, Reference.Month, 1) : new DateOnly(2023, 5, 1)).AddMonths(w.Offset);
                Assert.Equal((expected.Year, expected.Month), (m.Value!.Value.Year, m.Value.Value.Month));
                break;
            }
            case "day":
            {
                var w = Assert.Single(DateWords.Embedded.Days.Words, y => y.Text == word);
                var m = At("2023年5月10日、" + word, "2023年5月10日、".Length, word);
                Assert.Equal(w.Kind == YearKind.FromReference ? Reference : new JapaneseDate(2023, 5, 10), Strip(m.Value));
                break;
            }
            case "calendar":
                Assert.Equal("2024-05-01", Whole(word + "2024年5月1日").ValueIso);
                break;
            case "month-part":
                Assert.NotEqual(DatePart.None, Whole("2024年5月" + word).Value!.Value.Part);
                break;
            case "approximation":
                Whole("2024年5月1日" + word);
                break;
            case "range-connector":
                Assert.Equal("2024-05-03", Whole("2024年5月1日" + word + "2024年5月3日").RangeEndIso);
                break;
            case "range-closer":
                Assert.Equal("2024-05-03", Whole("2024年5月1日から2024年5月3日" + word).RangeEndIso);
                break;
            case "range-end-prefix":
                Assert.Equal("2024-01-05", Whole("2023年12月28日から" + word + "1月5日").RangeEndIso);
                break;
            case "open-end":
                Assert.True(Whole("2024年5月1日から" + word).OpenEnded);
                break;
            case "list-joiner":
            {
                var found = Recognizer.Recognize("2024年5月13、16" + word + "27日", null);
                Assert.Equal(["2024-05-13", "2024-05-16", "2024-05-27"], found.Select(m => m.ValueIso));
                Assert.All(found, m => Assert.Equal(DateMentionKind.ListItem, m.Kind));
                break;
            }
            case "time-prefix":
                Assert.NotNull(Whole("2024年5月1日" + word + "3時").Time);
                break;
            case "clock-suffix":
            {
                var w = Assert.Single(DateWords.Embedded.ClockSuffixes, s => s.Text == word);
                Assert.Equal(w.Meridiem == Meridiem.Pm ? "2024-05-01T21:30" : "2024-05-01T09:30", Whole("2024年5月1日 9:30" + word).ValueIso);
                break;
            }
            case "not-after-year":
                Assert.DoesNotContain(Recognizer.Recognize("2024年" + word, Reference), m => m.Span.Start == 0);
                break;
            case "not-after-short-year":
                Assert.DoesNotContain(Recognizer.Recognize("23年" + word, Reference), m => m.Span.Start == 0);
                break;
            case "not-after-day":
                Assert.DoesNotContain(Recognizer.Recognize("9日" + word, Reference), m => m.Span.Start == 0);
                break;
            case "not-after-month":
                // A month count after a year: the year stands alone.
                Assert.Equal(["2024"], Recognizer.Recognize("2024年3月" + word, Reference).Select(m => m.ValueIso));
                Assert.Empty(Recognizer.Recognize("3月" + word, Reference));
                break;
            case "not-after-leading-month":
                // Stops only a month that opens the date.
                Assert.Empty(Recognizer.Recognize("3月" + word, Reference));
                Assert.Equal(["2024-03"], Recognizer.Recognize("2024年3月" + word, Reference).Select(m => m.ValueIso));
                break;
            case "not-after-hour":
                Assert.Empty(Recognizer.Recognize("9時" + word, Reference));
                break;
            case "kanji-hour-follower":
                Assert.Contains(Recognizer.Recognize("十時" + word, Reference), m => m.Time is { Hour: 10 });
                break;
            default:
                Assert.Fail($"No test reads the kind '{kind}': add one here.");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_word_is_written_in_the_normalized_form_the_scanners_see(string kind, string word) =>
        Assert.True(NormalizedText.Create(word).Text == word, $"{kind} '{word}' changes under normalization");

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_first_character_of_every_word_that_opens_a_date_triggers_the_scanner(string kind, string word)
    {
        if (kind is "year" or "month" or "day" or "calendar" or "time-prefix")
        {
            Assert.Contains(word[0], Recognizer.TriggerChars);
        }
    }

    [Fact]
    public void The_trigger_set_keeps_every_character_the_recognizer_was_written_with()
    {
        foreach (char c in "0123456789〇一二三四五六七八九十百千零西昨去今本来同翌前先当令平昭大明")
        {
            Assert.Contains(c, Recognizer.TriggerChars);
        }
    }

    // The single mention that starts at start and begins with word.
    private static DateMention At(string text, int start, string word)
    {
        var m = Assert.Single(Recognizer.Recognize(text, Reference), m => m.Span.Start == start);
        Assert.StartsWith(word, text[m.Span.Start..m.Span.End], StringComparison.Ordinal);
        return m;
    }

    // The single mention, covering the whole text.
    private static DateMention Whole(string text)
    {
        var m = Assert.Single(Recognizer.Recognize(text, Reference));
        Assert.Equal(new TextSpan(0, text.Length), m.Span);
        return m;
    }

    // Compares the calendar date only, not how it was arrived at (inferred, precision flags).
    private static JapaneseDate Strip(JapaneseDate? date)
    {
        Assert.NotNull(date);
        var d = date.Value;
        return new JapaneseDate(d.Year, d.Month, d.Day);
    }
}
