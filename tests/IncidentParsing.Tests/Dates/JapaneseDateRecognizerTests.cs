using IncidentParsing.Dates;
using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Tests.Dates;

public sealed class JapaneseDateRecognizerTests
{
    private static readonly JapaneseDate Reference = new(2024, 8, 9);

    // Recognizes the normalized form of input, as the pipeline does, and lists "value" or "value..end".
    private static string[] Values(string input, JapaneseDate? reference = null)
    {
        var normalized = NormalizedText.Create(input);
        return JapaneseDateRecognizer.Default.Recognize(normalized.Text, reference)
            .Select(m => m.RangeEndIso is { } end ? $"{m.ValueIso}..{end}" : m.ValueIso)
            .ToArray();
    }

    private static DateMention Single(string input, JapaneseDate? reference = null) =>
        Assert.Single(JapaneseDateRecognizer.Default.Recognize(NormalizedText.Create(input).Text, reference));

    [Fact]
    public void A_month_word_keeps_the_year_it_counts_from_after_an_older_date() =>
        Assert.Equal(["2023-05-09", "2024-07", "2024-07-10", "2023-12-01", "2024-01-10"],
            Values("去年5月9日に持ち出した。先月10日に報告。2023年12月1日に発見、翌月10日に公表。", Reference));

    [Theory]
    [InlineData("2024年5月21日に発覚", "2024-05-21")]
    [InlineData("2023 年7月 24 日", "2023-07-24")]
    [InlineData("2023年07月20日", "2023-07-20")]
    [InlineData("2024/8/9", "2024-08-09")]
    [InlineData("２０２４年８月９日", "2024-08-09")]
    [InlineData("当該 11 営業日(2017 年 10 月 27\n日)", "2017-10-27")]
    [InlineData("2023/6/5(月)6:00頃", "2023-06-05T06:00")]
    [InlineData("2021年7月", "2021-07")]
    [InlineData("2021年", "2021")]
    public void Gregorian_dates_are_read_at_the_precision_written(string input, string expected) =>
        Assert.Equal([expected], Values(input));

    [Theory]
    [InlineData("令和5年7月18日(火) 9時42分", "2023-07-18T09:42")]
    [InlineData("令和 5 年 12 月 21 日(木)", "2023-12-21")]
    [InlineData("令和元年", "2019")]
    [InlineData("令和1年5月1日", "2019-05-01")]
    [InlineData("平成 26 年6月 30 日", "2014-06-30")]
    [InlineData("昭和64年1月7日", "1989-01-07")]
    [InlineData("平成31年4月30日", "2019-04-30")]
    [InlineData("明治六年一月一日", "1873-01-01")]
    [InlineData("R3/7/18", "2021-07-18")]
    public void Era_dates_convert_through_the_japanese_calendar(string input, string expected) =>
        Assert.Equal([expected], Values(input));

    [Fact]
    public void An_era_date_with_the_gregorian_year_in_brackets_is_one_date() =>
        Assert.Equal(["2023-07-10T18:00"], Values("令和5年(2023年)7月10日(月)18:00頃"));

    [Fact]
    public void A_partial_date_takes_its_year_from_the_nearest_preceding_full_date_and_is_marked_inferred()
    {
        var found = JapaneseDateRecognizer.Default.Recognize("2023年6月29日に確認。7月 18 日に公表。9日に再開。", Reference);
        Assert.Equal(["2023-06-29", "2023-07-18", "2023-07-09"], found.Select(m => m.ValueIso));
        Assert.False(found[0].Value!.Value.Inferred);
        Assert.True(found[1].Value!.Value.Inferred);
        Assert.True(found[2].Value!.Value.Inferred);
    }

    [Fact]
    public void Without_a_preceding_date_the_reference_completes_the_year()
    {
        Assert.Equal(["2024-07-04"], Values("7月4日、通報により判明", Reference));
        // A month well after the reference belongs to the year before.
        Assert.Equal(["2023-12-28"], Values("12月28日に紛失", new JapaneseDate(2024, 1, 10)));
    }

    [Theory]
    [InlineData("1/3 18:42 頃 攻撃が開始される", "2024-01-03T18:42")]
    [InlineData("12日夕、持ち出した", "2024-08-12")]
    [InlineData("13日午前5時ごろ", "2024-08-13T05")]
    public void Short_forms_are_completed_from_the_reference(string input, string expected) =>
        Assert.Equal([expected], Values(input, Reference));

    [Fact]
    public void A_month_after_a_late_date_in_the_running_text_rolls_into_the_next_year() =>
        Assert.Equal(["2023-10-29", "2024-02-11"], Values("2023年10月29日、冬季大会/2月11日"));

    [Fact]
    public void Two_digit_years_are_read_in_context()
    {
        Assert.Equal(["2022-03-17", "2022", "2023-09"], Values("2022年3月17日に逮捕。22年に閉鎖。23年9月に参画。"));
        Assert.Equal(["2020-10..2021-10"], Values("2020年10月~21年10月"));
    }

    [Fact]
    public void A_day_list_under_one_month_gives_one_date_per_day()
    {
        var found = JapaneseDateRecognizer.Default.Recognize("平成 29 年 10 月 13、16、17 … 及び27日", null);
        Assert.Equal(["2017-10-13", "2017-10-16", "2017-10-17", "2017-10-27"], found.Select(m => m.ValueIso));
        Assert.All(found, m => Assert.Equal(DateMentionKind.ListItem, m.Kind));
    }

    [Theory]
    [InlineData("2021年3月10日~2024年5月22日", "2021-03-10..2024-05-22")]
    [InlineData("令和 5 年 12 月 21 日(木)~令和 6 年 1 月 11 日(木)", "2023-12-21..2024-01-11")]
    [InlineData("2020年10月から2023年11月までの間", "2020-10..2023-11")]
    [InlineData("令和4年7月22日(金曜日)から29日(金曜日)", "2022-07-22..2022-07-29")]
    [InlineData("11月から2017年2月まで", "2016-11..2017-02")]
    [InlineData("午後5時から6時まで", "T17..T18")]
    [InlineData("2016年1月1日の5時から25時まで", "2016-01-01T05..2016-01-02T01")]
    public void Ranges_give_both_ends(string input, string expected) =>
        Assert.Equal([expected], Values(input));

    [Fact]
    public void A_range_up_to_now_keeps_its_start_and_is_open_ended()
    {
        var m = Single("2023/6月中旬~現在");
        Assert.Equal("2023-06", m.ValueIso);
        Assert.Null(m.RangeEnd);
        Assert.True(m.OpenEnded);
        Assert.True(m.Value!.Value.Approximate);
        Assert.Equal(DatePart.Middle, m.Value.Value.Part);
    }

    [Theory]
    [InlineData("令和4年10月上旬", DatePart.Early)]
    [InlineData("2021年7月中旬", DatePart.Middle)]
    [InlineData("2021年7月下旬", DatePart.Late)]
    [InlineData("2021年7月末", DatePart.End)]
    public void Parts_of_the_month_are_approximate_at_month_precision(string input, DatePart part)
    {
        var d = Single(input).Value!.Value;
        Assert.Equal(DatePrecision.Month, d.Precision);
        Assert.True(d.Approximate);
        Assert.Equal(part, d.Part);
    }

    [Theory]
    [InlineData("2023年6月5日(月)未明", DatePart.BeforeDawn, "2023-06-05")]
    [InlineData("2023年6月5日(月)午後", DatePart.Afternoon, "2023-06-05")]
    [InlineData("2023年6月5日午前10時", DatePart.Morning, "2023-06-05T10")]
    [InlineData("2023年6月5日午後3時", DatePart.Afternoon, "2023-06-05T15")]
    public void Parts_of_the_day_are_kept(string input, DatePart part, string expected)
    {
        var m = Single(input);
        Assert.Equal(expected, m.ValueIso);
        Assert.Equal(part, m.Value!.Value.Part);
    }

    [Fact]
    public void Approximate_markers_set_the_flag()
    {
        Assert.True(Single("2023年6月5日頃").Value!.Value.Approximate);
        Assert.True(Single("10月末ごろ", Reference).Value!.Value.Approximate);
        Assert.False(Single("2023年6月5日").Value!.Value.Approximate);
    }

    [Theory]
    [InlineData("令和5年度", "2023")]
    [InlineData("平成22年度", "2010")]
    [InlineData("2021年度", "2021")]
    public void A_fiscal_year_is_its_year(string input, string expected)
    {
        var m = Single(input);
        Assert.Equal(expected, m.ValueIso);
        Assert.True(m.IsFiscalYear);
    }

    [Fact]
    public void Midnight_as_24_00_is_kept() =>
        Assert.Equal(["2024-01-03T24:00"], Values("1/3 24:00 頃", Reference));

    [Fact]
    public void A_weekday_that_contradicts_the_date_is_flagged()
    {
        Assert.NotNull(Single("2012/8/27(水)").WeekdayMismatch);
        Assert.Null(Single("2012/8/27(月)").WeekdayMismatch);
        Assert.Null(Single("令和5年7月18日(火曜日)").WeekdayMismatch);
    }

    [Theory]
    [InlineData("昭和 59 年法律第 86 号")]
    [InlineData("第3報")]
    [InlineData("バージョン 2.3.1 を適用")]
    [InlineData("45日間")]
    [InlineData("1年2か月")]
    [InlineData("一時的に停止")]
    [InlineData("24時間体制")]
    [InlineData("1,092 件分")]
    [InlineData("【セキュリティ事件簿#2024-354】")]
    [InlineData("3日以内に")]
    [InlineData("Amazon S3/1 バケット")]
    [InlineData("明治安田生命")]
    public void Things_that_are_not_dates_are_not_found(string input) =>
        Assert.Empty(JapaneseDateRecognizer.Default.Recognize(NormalizedText.Create(input).Text, Reference));

    [Fact]
    public void Relative_words_count_from_the_reference_and_the_preceding_date()
    {
        Assert.Equal(["2023-11"], Values("昨年11月、発表した", new JapaneseDate(2024, 5, 1)));
        Assert.Equal(["2024-05-01"], Values("本日、公表しました", new JapaneseDate(2024, 5, 1)));
        Assert.Equal(["2023-05-18..2023-07-26"], Values("令和5年5月 18 日から同年7月 26 日までの間"));
        Assert.Equal(["2023-03-17", "2023-03-17"], Values("2023年3月17日に検知し、同日、停止した"));
    }

    [Fact]
    public void Times_without_a_date_resolve_to_a_clock_time()
    {
        Assert.Equal(["T09:42"], Values("9時42分"));
        Assert.Equal(["T19:30"], Values("夜7時半"));
        Assert.Equal(["T00:10"], Values("午前12時10分"));
        Assert.Equal(["T12"], Values("正午"));
    }

    [Fact]
    public void A_date_that_cannot_be_completed_is_left_out() =>
        Assert.Empty(Values("7月18日に判明"));

    [Fact]
    public void Spans_cover_the_expression() =>
        Assert.Equal(new TextSpan(3, 13), Single("本件は2024年5月21日に発覚").Span);

    [Theory]
    [InlineData("0001年1月1日、12月1日")]
    [InlineData("9999年12月31日、1月1日")]
    [InlineData("0001年1月1日から12月1日まで")]
    public void Dates_at_the_ends_of_the_calendar_do_not_throw(string input) =>
        Assert.NotEmpty(JapaneseDateRecognizer.Default.Recognize(input, null));

    [Fact]
    public void An_hour_past_midnight_on_the_last_day_of_the_calendar_is_not_a_date() =>
        Assert.Empty(JapaneseDateRecognizer.Default.Recognize("9999年12月31日25時", null));
}
