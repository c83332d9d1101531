using IncidentParsing.Extractors.Classification;
using IncidentParsing.Extractors.Timeline;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Timeline;

public sealed class TimelineExtractorTests
{
    private static Incident Parse(string text, Action<TimelineOptions>? configure = null)
    {
        var parser = new IncidentParserBuilder().UseClassification().UseTimeline(configure).Build();
        return Assert.Single(parser.Parse(text, "test.txt").Incidents);
    }

    private const string Header = "【セキュリティ事件簿#2030-101】テスト株式会社 不正アクセスに関するお知らせ 2030/9/20\n\n";

    [Fact]
    public void Every_dated_sentence_becomes_an_event_classified_by_its_cue_words()
    {
        var incident = Parse(Header
            + "2030年8月1日、当社サーバーが不正アクセスを受けました。\n"
            + "8月3日、外部からの連絡により判明しました。\n"
            + "同日、サーバーをネットワークから遮断しました。\n"
            + "8月5日に外部の専門会社による調査を開始しました。\n"
            + "9月20日、対象のお客様にメールで通知いたしました。\n", o => o.IncludeSentences = true);
        Assert.Equal(
            ["2030-08-01 occurred", "2030-08-03 detected", "2030-08-03 contained", "2030-08-05 investigated", "2030-09-20 notified"],
            incident.Timeline.Select(e => $"{e.Date} {Code(e.Event)}"));
        var first = incident.Timeline[0];
        Assert.Equal("2030年8月1日", first.Text);
        Assert.NotNull(first.Sentence);
        Assert.StartsWith("2030年8月1日、当社サーバー", first.Sentence!.Text, StringComparison.Ordinal);
        Assert.True(incident.Timeline[1].Inferred);
    }

    private static string Code<T>(T code) where T : struct, Enum => code.ToString().ToLowerInvariant();

    [Fact]
    public void A_date_line_under_a_numbered_heading_dates_its_section_only()
    {
        // As a PDF file's text reads: numbered sections with no blank line between them.
        var incident = Parse(Header
            + "記\n1．発生日時\n2030年8月1日（木）午後3時頃\n2．発生場所\n駅前の駐車場に止めていた社用車内\n"
            + "3．対応状況\n所轄の警察署へ被害届を提出いたしました。\n外部の専門会社による調査を開始しました。\n");
        Assert.Equal(["2030-08-01T15"], incident.Timeline.Select(e => e.Date.ToString()));
    }

    [Fact]
    public void A_timetable_is_read_row_by_row()
    {
        var incident = Parse(Header
            + "日付 対応状況\n"
            + "2030/8/1(木) 不正アクセスの痕跡を検知\n"
            + "2030/8/2(金) サーバを停止\n"
            + "2030/8/9(金) 個人情報保護委員会へ報告\n"
            + "2030/8/30(金)9時 サービスを再開\n");
        Assert.Equal(
            ["2030-08-01 detected", "2030-08-02 contained", "2030-08-09 reported", "2030-08-30T09 restored"],
            incident.Timeline.Select(e => $"{e.Date} {Code(e.Event)}"));
        Assert.Equal(ReportTarget.Ppc, Assert.Single(incident.Reports).To);
        Assert.Equal("2030-08-09", incident.Reports[0].Date.ToString());
    }

    [Fact]
    public void Events_keep_their_statement_text_only_when_asked()
    {
        const string body = "2030年8月1日、当社サーバーが不正アクセスを受けました。\n";
        var plain = Parse(Header + body);
        Assert.All(plain.Timeline, e => Assert.Null(e.Sentence));
        var withSentences = Parse(Header + body, o => o.IncludeSentences = true);
        Assert.Equal(plain.Timeline.Select(e => (e.Date, e.Event, e.Start, e.End)), withSentences.Timeline.Select(e => (e.Date, e.Event, e.Start, e.End)));
        var sentence = withSentences.Timeline[0].Sentence!;
        Assert.Equal((Header + body)[sentence.Start..sentence.End], sentence.Text);
    }

    [Fact]
    public void Asking_for_sentences_after_the_defaults_replaces_the_default_timeline()
    {
        var parser = new IncidentParserBuilder().UseDefaults().UseTimeline(o => o.IncludeSentences = true).Build();
        var incident = Assert.Single(parser.Parse(Header + "2030年8月1日、当社サーバーが不正アクセスを受けました。\n", "t.txt").Incidents);
        var e = Assert.Single(incident.Timeline, t => t.Text == "2030年8月1日");
        Assert.StartsWith("2030年8月1日、当社", e.Sentence!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_on_its_own_line_dates_each_bullet_below_it()
    {
        var incident = Parse(Header
            + "<経緯>\n"
            + "令和 12 年 8 月 1 日 \n"
            + "  • USB メモリの紛失に気付く\n"
            + "  • 上司に報告\n"
            + "令和 12 年 8 月 2 日 \n"
            + "  • 対象者へ書面を発送\n", o => o.IncludeSentences = true);
        Assert.Equal(
            ["2030-08-01 detected", "2030-08-01 reported", "2030-08-02 notified"],
            incident.Timeline.Select(e => $"{e.Date} {Code(e.Event)}"));
        Assert.All(incident.Timeline, e => Assert.StartsWith("  •", e.Sentence!.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_to_authorities_are_found_with_their_dates()
    {
        var incident = Parse(Header
            + "当社は、監督官庁である個人情報保護委員会には2030年8月10日に報告済みであり、また、所轄警察署にも2030年8月12日に被害届を提出しております。\n"
            + "不審な電話がございましたら、最寄りの警察署へご相談ください。\n");
        Assert.Equal(["ppc 2030-08-10", "police 2030-08-12"], incident.Reports.Select(r => $"{Code(r.To)} {r.Date}"));
    }

    [Fact]
    public void A_report_names_the_authority_with_its_place()
    {
        var incident = Parse(Header + "2030年8月1日、大阪府警へ本事案について相談しました。\n8月2日警察署に遺失届を提出しました。\n");
        Assert.Equal(["大阪府警", "警察署"], incident.Reports.Select(r => r.Text));
        Assert.Equal(TimelineEventCode.Reported, incident.Timeline[0].Event);
    }

    [Theory]
    // The department written after the authority's name.
    [InlineData("2030年8月3日、港北県警察本部生活安全部サイバー犯罪対策課へ連絡、相談しました。\n", "police 2030-08-03", "港北県警察本部")]
    // をはじめ: the authority first among others.
    [InlineData("速やかに個人情報保護委員会をはじめ、関係各所へ届け出るとともに二次被害防止を図っております。\n", "ppc ", "個人情報保護委員会")]
    // A prefecture's own department.
    [InlineData("本事案については、直ちに学園本部、県学事法制課に報告しました。\n", "regulator ", "県学事法制課")]
    public void Reports_in_the_wording_of_real_notices(string body, string expected, string authority)
    {
        var incident = Parse(Header + body);
        var report = Assert.Single(incident.Reports);
        Assert.Equal(expected, $"{Code(report.To)} {report.Date}");
        Assert.Equal(authority, report.Text);
    }

    [Fact]
    public void A_follow_up_report_dated_apart_in_the_same_sentence_is_a_report_of_its_own_until_another_authority_is_named()
    {
        var twice = Parse(Header + "当社は2030年8月1日の発覚後、個人情報保護委員会に対し、同年8月4日に速報を提出し、同年9月10日に確報を行いました。\n");
        Assert.Equal(["ppc 2030-08-04", "ppc 2030-09-10"], twice.Reports.Select(r => $"{Code(r.To)} {r.Date}"));
        var two = Parse(Header + "所轄警察署には2030年8月2日に被害申告を行い、個人情報保護委員会にも2030年8月5日に報告しました。\n");
        Assert.Equal(["police 2030-08-02", "ppc 2030-08-05"], two.Reports.Select(r => $"{Code(r.To)} {r.Date}"));
    }

    [Fact]
    public void Police_acting_on_their_own_is_not_a_report()
    {
        var incident = Parse(Header + "2030年8月1日、県警は元社員を逮捕しました。\n警察によると、容疑を認めているということです。\n");
        Assert.Empty(incident.Reports);
    }

    [Fact]
    public void A_generic_authority_gives_way_to_named_ones()
    {
        var generic = Parse(Header + "関係機関への報告を実施しました。\n");
        Assert.Equal(ReportTarget.Other, Assert.Single(generic.Reports).To);
        var named = Parse(Header + "関係機関への報告を実施しました。\n個人情報保護委員会へ報告しております。\n総務省に報告しました。\n");
        Assert.Equal([ReportTarget.Ppc, ReportTarget.Regulator], named.Reports.Select(r => r.To).Order());
    }

    [Fact]
    public void The_exposure_period_is_the_range_in_a_sentence_about_leaked_data()
    {
        var incident = Parse(Header + "2030年8月20日、調査が完了し、2029年3月10日~2030年8月2日の期間に購入されたお客様のカード情報が漏えいした可能性があることを確認しました。\n");
        Assert.Equal("2029-03-10", incident.ExposurePeriod?.From.ToString());
        Assert.Equal("2030-08-02", incident.ExposurePeriod?.Until.ToString());
    }

    [Theory]
    [InlineData("2030年2月30日に判明しました。", "2030年2月30日")]
    [InlineData("2030年4月31日に判明しました。", "2030年4月31日")]
    [InlineData("2030年2月29日に判明しました。", "2030年2月29日")] // 2030 is no leap year
    public void A_date_no_calendar_has_is_reported_not_read(string sentence, string written)
    {
        string text = Header + "2030年8月1日に発生しました。\n" + sentence + "\n";
        var incident = Parse(text);
        var diagnostic = Assert.Single(incident.Diagnostics, d => d.Code == DiagnosticCodes.InvalidDate);
        Assert.Equal(written, text[diagnostic.Start..diagnostic.End]);
        Assert.DoesNotContain(incident.Timeline, e => e.Text == written);
        // A day its month has in a leap year, written in one, is a date.
        Assert.DoesNotContain(Parse(Header + "2028年2月29日に判明しました。\n").Diagnostics, d => d.Code == DiagnosticCodes.InvalidDate);
    }

    [Fact]
    public void Dates_completed_from_their_context_are_reported_once_at_the_first()
    {
        string text = Header + "2030年8月1日に発生しました。\n8月3日に判明し、8月5日に公表しました。\n";
        var incident = Parse(text);
        var inferred = Assert.Single(incident.Diagnostics, d => d.Code == DiagnosticCodes.DateInferred);
        Assert.Equal("8月3日", text[inferred.Start..inferred.End]);
        Assert.Equal(DiagnosticSeverity.Info, inferred.Severity);
        Assert.Equal(2, incident.Timeline.Count(e => e.Inferred)); // each date says so itself
        Assert.DoesNotContain(Parse(Header + "2030年8月1日に発生しました。\n").Diagnostics, d => d.Code == DiagnosticCodes.DateInferred);
    }

    [Fact]
    public void A_weekday_that_contradicts_its_date_is_reported()
    {
        var incident = Parse(Header + "2030年8月1日(金)に発生しました。\n2030年8月2日(金)に判明しました。\n");
        var diagnostic = Assert.Single(incident.Diagnostics, d => d.Code == DiagnosticCodes.WeekdayMismatch);
        string text = Header + "2030年8月1日(金)に発生しました。\n";
        Assert.Equal("金", text[diagnostic.Start..diagnostic.End]);
    }

    [Fact]
    public void Without_a_date_in_the_title_the_body_gives_the_published_date()
    {
        var incident = Parse("テスト株式会社 お客様情報の流出について\n\n2030年9月20日\n\n2030年8月1日、不正アクセスを受けました。\n");
        Assert.Equal("2030-09-20", incident.Published?.ToString());
    }

    [Fact]
    public void A_date_heading_bullets_is_not_the_published_date() =>
        Assert.Null(Parse("テスト株式会社 お客様情報の流出について\n\n2030年8月1日\n  • 不正アクセスを検知\n").Published);

    [Fact]
    public void The_title_date_stays_the_published_date() =>
        Assert.Equal("2030-09-20", Parse(Header + "2030年8月1日、不正アクセスを受けました。\n").Published?.ToString());

    [Fact]
    public void Callers_can_add_cue_words()
    {
        const string text = Header + "2030年8月1日、ペネトレーションテストを実施しました。\n";
        Assert.Equal(TimelineEventCode.Other, Parse(text).Timeline[0].Event);
        var incident = Parse(text, o => o.EventCues["ペネトレーションテスト"] = TimelineEventCode.Investigated);
        Assert.Equal(TimelineEventCode.Investigated, incident.Timeline[0].Event);
    }

    [Fact]
    public void Every_event_span_maps_to_the_original_characters()
    {
        const string text = Header + "２０３０年８月１日、不正アクセスを受けました。\n";
        var e = Assert.Single(Parse(text).Timeline);
        Assert.Equal("２０３０年８月１日", e.Text);
        Assert.Equal(e.Text, text[e.Start..e.End]);
    }
}
