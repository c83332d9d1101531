using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentParsing.Extractors.Kinds;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using static IncidentParsing.Tests.Kinds.NoticeFixture;

namespace IncidentParsing.Tests.Kinds;

public sealed class IncidentKindExtractorTests
{
    [Fact]
    public void Unauthorized_access_named_in_the_title_and_body()
    {
        var incident = Parse(Notice("株式会社ミナト物産 当社通販サイトへの不正アクセスに関するお知らせ",
            "当社が運営する通販サイトが第三者による不正アクセスを受け、会員情報が流出した可能性があることが判明しました。"));
        Assert.Equal([IncidentKind.UnauthorizedAccess], incident.Kinds);
    }

    [Fact]
    public void Tampered_payment_application_is_web_skimming_as_well()
    {
        var incident = Parse(Notice("株式会社ミナト物産 不正アクセスによるカード情報漏えいのお詫び",
            "(1)原因\nシステムの脆弱性をついた第三者の不正アクセスにより、ペイメントアプリケーションの改ざんが行われたため。\n" +
            "一部のお客様のクレジットカード情報が不正利用された可能性があります。"));
        Assert.Equal([IncidentKind.UnauthorizedAccess, IncidentKind.WebSkimming], incident.Kinds);
    }

    [Fact]
    public void A_support_scam_is_phishing_that_let_someone_in()
    {
        var incident = Parse(Notice("南島県 事務所で発生したセキュリティインシデントについて",
            "窓口の端末で偽の警告画面が出るサポート詐欺の被害に遭い、端末が遠隔操作されて、名簿が漏洩した可能性があります。"));
        Assert.Equal([IncidentKind.UnauthorizedAccess, IncidentKind.Phishing], incident.Kinds.Order().ToArray());
    }

    [Fact]
    public void A_denied_cue_does_not_count()
    {
        var incident = Parse(Notice("東原市 個人情報を含む通知書の誤送付について",
            "市民税課の職員が、通知書を別の方に送付しました。なお、本件は不正アクセスによるものではありません。"));
        Assert.Equal([IncidentKind.Misdelivery], incident.Kinds);
    }

    [Fact]
    public void Prevention_plans_and_advice_do_not_name_what_happened()
    {
        var incident = Parse(Notice("西山病院 患者情報を保存したUSBメモリの紛失について",
            "当院職員が患者様の情報を保存したUSBメモリを紛失しました。\n\n" +
            "3.再発防止策\n・フィッシングメールへの注意喚起とマルウェア対策の徹底\n・記録媒体の管理台帳の整備\n\n" +
            "4.お客様へのお願い\n不審なメールにご注意ください。"));
        Assert.Equal([IncidentKind.Loss], incident.Kinds);
    }

    [Fact]
    public void Visible_addresses_in_a_mail_sent_without_bcc_are_a_misdelivery_not_an_exposure()
    {
        var incident = Parse(Notice("北原大学 メールアドレス流出に関するお詫び",
            "説明会の申込者にメールを一斉送信した際、受信者全員のメールアドレスが閲覧できる状態で送信していました。メールの誤送信をお詫び申し上げます。"));
        Assert.Equal([IncidentKind.Misdelivery], incident.Kinds);
    }

    [Fact]
    public void A_page_left_without_authentication_is_an_exposure()
    {
        var incident = Parse(Notice("株式会社ヒカリ 個人情報が閲覧できる状態であったことについて",
            "当社の予約システムにおいて、一部のページが認証なく閲覧できる状態となっておりました。"));
        Assert.Equal([IncidentKind.Exposure], incident.Kinds);
    }

    [Fact]
    public void A_weak_cue_counts_only_when_nothing_stronger_is_said()
    {
        var misuse = Parse(Notice("南島県 個人情報の不正使用について",
            "元受託事業者が業務で入手した名簿を自社の営業案内の送付に不正使用しました。"));
        Assert.Equal([IncidentKind.InsiderMisuse], misuse.Kinds);

        var skimming = Parse(Notice("株式会社ミナト物産 カード情報漏えいのお詫び",
            "第三者の不正アクセスによりカード情報が窃取され、一部が不正利用された可能性があります。"));
        Assert.DoesNotContain(IncidentKind.InsiderMisuse, skimming.Kinds);
    }

    [Fact]
    public void An_employee_who_abuses_access_is_insider_misuse()
    {
        var incident = Parse(Notice("株式会社コダマ 顧客情報の不正な持ち出しについて",
            "当社の元従業員が在職中に顧客情報を不正に持ち出し、名簿業者に売却していたことが判明しました。"));
        Assert.Contains(IncidentKind.InsiderMisuse, incident.Kinds);
    }

    [Fact]
    public void An_employee_who_only_made_a_mistake_is_not_insider_misuse()
    {
        var incident = Parse(Notice("東原市 住民情報の誤送付について",
            "職員が誤って別の世帯に住民情報を送付し、情報が漏えいしました。"));
        Assert.Equal([IncidentKind.Misdelivery], incident.Kinds);
    }

    [Fact]
    public void Data_an_employee_obtained_improperly_is_insider_misuse_and_not_unauthorized_access_too()
    {
        var insider = Parse(Notice("株式会社コダマ 元社員による顧客情報の持ち出しについて",
            "当社の元社員が、退職前に顧客情報を不正に取得していたことが判明しました。"));
        Assert.Equal([IncidentKind.InsiderMisuse], insider.Kinds);
        var outsider = Parse(Notice("株式会社コダマ 顧客情報の流出について",
            "第三者が当社サーバーから顧客情報を不正に取得していたことが判明しました。"));
        Assert.Equal([IncidentKind.UnauthorizedAccess], outsider.Kinds);
    }

    [Fact]
    public void A_bag_stolen_is_theft_not_loss_too()
    {
        var incident = Parse(Notice("株式会社コダマ ノートパソコンの紛失について",
            "営業担当者が駐車中の社用車から鞄を盗まれ、中の顧客名簿が所在不明となりました。名簿の紛失は車上荒らしによる盗難です。"));
        Assert.Equal([IncidentKind.Theft], incident.Kinds);
    }

    [Fact]
    public void Ransomware_is_not_reported_as_malware_too()
    {
        var incident = Parse(Notice("株式会社コダマ ランサムウェア被害について",
            "当社サーバーがランサムウェアに感染し、マルウェアの感染拡大防止のためネットワークを遮断しました。"));
        Assert.Equal([IncidentKind.Ransomware], incident.Kinds);
    }

    [Fact]
    public void A_site_that_could_not_be_viewed_during_an_attack_is_not_an_exposure()
    {
        var incident = Parse(Notice("出版社サイトにDDoS攻撃 男を逮捕",
            "男は出版社のサーバーにDDoS攻撃を行い、サイトを約1時間閲覧できない状態にした疑いが持たれている。"));
        Assert.Equal([IncidentKind.Ddos], incident.Kinds);
    }

    [Fact]
    public void A_caller_supplied_cue_changes_the_result_without_code_changes()
    {
        var text = Notice("株式会社ヒカリ 偽ログインページによるID流出について",
            "当社サービスを装った偽ログインページに誘導され、一部のお客様のIDが流出しました。");
        Assert.DoesNotContain(IncidentKind.Phishing, Parse(text).Kinds);
        var configured = Parse(text, b => b.UseKinds(o => o.AddCue(IncidentKind.Phishing, "偽ログインページ")));
        Assert.Equal([IncidentKind.Phishing], configured.Kinds);
    }

    [Fact]
    public void Each_kind_carries_the_phrase_it_was_read_from()
    {
        var text = Notice("株式会社ミナト物産 不正アクセスについて", "本文。");
        var incident = Parse(text);
        var evidence = Assert.Single(incident.Annotations, a => a.Key == "kind");
        Assert.Equal("unauthorized-access", evidence.Value);
        Assert.Equal("不正アクセス", evidence.Text);
        AssertSpansInside(text, incident);
    }

    [Property(MaxTest = 300)]
    public void Never_throws_and_every_span_lies_inside_the_input(NonNull<string> body)
    {
        var text = Notice("株式会社ミナト物産 不正アクセスについて", body.Get);
        var result = IncidentParser.CreateDefault().Parse(text, "x.txt");
        Assert.All(result.Incidents, i => Assert.DoesNotContain(i.Diagnostics, d => d.Code == DiagnosticCodes.ExtractorFailed));
        Assert.All(result.Incidents, i => AssertSpansInside(text, i));
    }

    [Property(MaxTest = 200)]
    public void Cue_words_in_any_order_never_break_the_extractor(PositiveInt seed)
    {
        string[] words = ["不正アクセス", "ではありません", "、", "。", "\n", "職員が", "紛失", "BCC", "閲覧できる状態", "再発防止策\n", "・", "二次", "漏えい", " ", "(", "関連事件簿:"];
        var random = new Random(seed.Get);
        var body = string.Concat(Enumerable.Range(0, 40).Select(_ => words[random.Next(words.Length)]));
        var text = Notice("株式会社ミナト物産 お知らせ", body);
        var incident = IncidentParser.CreateDefault().Parse(text).Incidents[0];
        Assert.DoesNotContain(incident.Diagnostics, d => d.Code == DiagnosticCodes.ExtractorFailed);
        AssertSpansInside(text, incident);
    }
}
