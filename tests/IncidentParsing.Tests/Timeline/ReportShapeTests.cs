using IncidentParsing.Extractors.Classification;
using IncidentParsing.Extractors.Timeline;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Timeline;

/// <summary>Reports in the timetable and list shapes of real notices, in wording made up for the tests.</summary>
public sealed class ReportShapeTests
{
    private static readonly IncidentParser Parser = new IncidentParserBuilder().UseClassification().UseTimeline().Build();

    private const string Header = "【セキュリティ事件簿#2030-101】テスト株式会社 不正アクセスに関するお知らせ 2030/9/20\n\n";

    private static string[] Reports(string body) =>
        Assert.Single(Parser.Parse(Header + body, "test.txt").Incidents).Reports
            .Select(r => $"{r.To.ToString().ToLowerInvariant()} {r.Date}").ToArray();

    [Fact]
    public void Bullets_continuing_a_dated_row_take_its_date()
    {
        const string body = "当社サーバーへの不正アクセスにより、お客様の情報が流出しました。\n"
            + "2030年8月14日\t・調査結果の第二報を公表\n・対象のお客様へ個別の連絡を開始\n・個人情報保護委員会へ報告\n"
            + "2030年8月24日\t・第三報を公表\n・個人情報保護委員会へ続報を提出\n";
        Assert.Equal(["ppc 2030-08-14", "ppc 2030-08-24"], Reports(body));
    }

    [Fact]
    public void Every_authority_of_a_list_before_one_verb_is_reported()
    {
        const string body = "当社サーバーへの不正アクセスにより、お客様の情報が流出しました。\n"
            + "直ちにネットワークを遮断し、経済産業省、所轄警察へ報告しました。\n";
        Assert.Equal(["regulator ", "police "], Reports(body));
    }

    [Fact]
    public void A_row_whose_date_is_set_apart_is_dated_whatever_its_sentences()
    {
        const string body = "当社サーバーへの不正アクセスにより、お客様の情報が流出しました。\n"
            + "2030年8月9日\tシステムに不具合が発生。直ちにネットワークを遮断し、所轄警察へ報告。\n"
            + "2030年8月9日、当社は調査を始めました。なお、8月12日に個人情報保護委員会へ報告しました。\n";
        Assert.Equal(["police 2030-08-09", "ppc 2030-08-12"], Reports(body));
    }

    [Theory]
    [InlineData("2030年8月14日 みなと小学校が市教育委員会に報告\n2030年8月15日 市教育委員会が個人情報保護委員会へ報告\n", "ppc 2030-08-15")]
    [InlineData("担任の教諭から校長を経て町教育委員会へ報告し、翌週には警察署へ遺失届を出しました。\n", "police ")]
    public void A_schools_line_to_its_board_of_education_is_no_report_to_an_authority(string timeline, string report)
    {
        Assert.Equal([report], Reports("生徒の個人情報を含む書類を紛失しました。\n" + timeline));
    }

    [Fact]
    public void A_company_reporting_to_a_board_of_education_reports_to_a_regulator()
    {
        Assert.Equal(["regulator 2030-08-14"], Reports("委託先のサーバーが不正アクセスを受けました。\n2030年8月14日、当社は各教育委員会に報告しました。\n"));
    }

    [Fact]
    public void A_department_written_with_kana_after_a_city_hall_is_the_city_halls()
    {
        const string body = "園児の写真を誤って掲載しました。\n・2030年8月14日 北浜市市役所 こども家庭局 こども施設課に報告\n";
        Assert.Equal(["regulator 2030-08-14"], Reports(body));
    }

    [Fact]
    public void Last_month_counts_from_the_notices_date_even_after_an_older_date()
    {
        const string body = "元職員は昨年5月9日に患者情報を持ち出しました。\n問題が発覚したあと、先月10日に個人情報保護委員会に報告しました。\n";
        Assert.Equal(["ppc 2030-08-10"], Reports(body));
    }
}
