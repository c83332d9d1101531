using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Reportability;

/// <summary>The APPI reading of an incident: each ground, each regime, the encryption exception, the deadlines, a replaced table.</summary>
public sealed class ReportabilityTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    private static string Notice(string issuer, string title, params string[] body) =>
        string.Join("\n", ["2031年4月2日", issuer, "", title, "", .. body]) + "\n";

    private static Model.Reportability Read(string notice, IncidentParser? parser = null)
    {
        var incident = (parser ?? Parser).Parse(notice, "notice.txt").Incidents[0];
        Assert.True(incident.IsIncident);
        return incident.Reportability!;
    }

    private static IEnumerable<string> Codes(Model.Reportability r) => r.Grounds.Select(g => g.Code);

    [Fact]
    public void Medical_data_is_sensitive_and_its_span_is_the_evidence()
    {
        string notice = Notice("みさき市立病院", "患者情報を含む書類の紛失について",
            "当院の職員が、患者の氏名と病名が記載された書類を紛失しました。");
        var r = Read(notice);
        var ground = Assert.Single(r.Grounds, g => g.Code == "sensitive-data");
        var evidence = Assert.Single(ground.Evidence);
        Assert.Equal(evidence.Text, notice[evidence.Start..evidence.End]);
        Assert.Contains("Rules Art. 7(i)", ground.Rule, StringComparison.Ordinal);
        Assert.Equal("public-sector", r.Regime);
        Assert.True(r.Required); // lost: the data went astray
    }

    [Fact]
    public void A_card_number_with_its_security_code_can_cause_financial_loss()
    {
        var r = Read(Notice("株式会社みなと商会", "不正アクセスによるクレジットカード情報流出のお知らせ",
            "弊社通販サイトが不正アクセスを受け、お客様のクレジットカード番号、有効期限、セキュリティコードが流出した可能性があります。"));
        Assert.Contains("property-damage", Codes(r));
        Assert.Contains("improper-purpose", Codes(r));
        Assert.Equal("business", r.Regime);
        Assert.True(r.Required);
    }

    [Theory]
    [InlineData("株式会社みなと商会", 1500, true)]
    [InlineData("株式会社みなと商会", 800, false)]
    [InlineData("みさき市", 150, true)]
    [InlineData("みさき市", 90, false)]
    public void The_headcount_threshold_is_a_thousand_for_a_business_and_a_hundred_for_a_public_body(string issuer, int people, bool ground)
    {
        var r = Read(Notice(issuer, "メールの誤送信に関するお詫び",
            $"お客様{people}名分のメールアドレスが表示された状態で、メールを誤って送信いたしました。"));
        Assert.Equal(ground, Codes(r).Contains("headcount"));
    }

    [Fact]
    public void Strong_encryption_is_an_exception_noted_with_its_span()
    {
        var r = Read(Notice("株式会社みなと商会", "ノートパソコンの紛失について",
            "社員が顧客の氏名と病歴を保存したノートパソコンを紛失しました。なお、データには高度な暗号化が施されております。"));
        Assert.Equal("encrypted", r.Exception);
        Assert.Equal("高度な暗号化", r.ExceptionSource?.Text);
        Assert.False(r.Required);
    }

    [Fact]
    public void No_ground_is_no_report_and_a_notice_that_names_nothing_says_too_little()
    {
        var plain = Read(Notice("株式会社みなと商会", "メールの誤送信に関するお詫び", "お客様1名の氏名を記載したメールを、誤って別のお客様へ送信いたしました。"));
        Assert.Empty(plain.Grounds);
        Assert.False(plain.Required);
        var vague = Read(Notice("株式会社みなと商会", "個人情報の取り扱いに関するお詫び", "お客様の個人情報の取り扱いに不備がありました。個人情報が流出した可能性があります。"));
        Assert.Empty(vague.Grounds);
        Assert.Null(vague.Required);
    }

    [Fact]
    public void Deadlines_count_from_detection_and_a_late_report_misses_the_preliminary_one()
    {
        var r = Read(Notice("株式会社みなと商会", "不正アクセスによる個人情報流出について",
            "2031年3月2日、サーバーへの不正アクセスを検知しました。お客様の氏名とメールアドレスが流出した可能性があります。",
            "2031年3月20日に個人情報保護委員会へ報告しました。"));
        Assert.Equal(new JapaneseDate(2031, 3, 2), r.Detected);
        Assert.Equal(new JapaneseDate(2031, 3, 5), r.PreliminaryFrom);
        Assert.Equal(new JapaneseDate(2031, 3, 7), r.PreliminaryUntil);
        Assert.Equal(new JapaneseDate(2031, 5, 1), r.FinalBy); // improper purpose: 60 days
        Assert.True(r.ReportedToPpc);
        Assert.False(r.PreliminaryMet);
        Assert.Null(r.FinalMet); // one report only
    }

    [Fact]
    public void A_prompt_report_and_a_final_one_in_time_meet_both_deadlines()
    {
        var r = Read(Notice("株式会社みなと商会", "メールの誤送信について",
            "2031年3月2日、お客様の氏名と病歴を記載したメールを誤って送信したことが判明しました。",
            "同年3月4日に個人情報保護委員会へ速報を行い、3月25日に確報を行いました。"));
        Assert.Equal(new JapaneseDate(2031, 4, 1), r.FinalBy); // 30 days
        Assert.True(r.PreliminaryMet);
        Assert.True(r.FinalMet);
    }

    [Fact]
    public void A_replaced_rules_table_is_the_one_applied()
    {
        const string rules = "ground\theadcount\taffected>10\tmy reading\nleaked-kinds\tmisdelivery\n";
        var parser = new IncidentParserBuilder().UseDefaults().UseReportability(new StringReader(rules)).Build();
        var r = Read(Notice("株式会社みなと商会", "メールの誤送信に関するお詫び", "お客様20名分のメールアドレスを、誤って送信いたしました。"), parser);
        var ground = Assert.Single(r.Grounds);
        Assert.Equal(("headcount", "my reading"), (ground.Code, ground.Rule));
        Assert.Equal("business", r.Regime); // no regime rows: every name is a business
    }

    [Fact]
    public void A_notice_that_reports_no_incident_has_no_reading()
    {
        var incident = Parser.Parse(Notice("株式会社みなと商会", "システムメンテナンスのお知らせ", "下記の日程でメンテナンスを行います。"), "n").Incidents[0];
        Assert.False(incident.IsIncident);
        Assert.Null(incident.Reportability);
    }
}
