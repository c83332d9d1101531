using FsCheck;
using FsCheck.Xunit;
using IncidentParsing.Extractors.Status;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using static IncidentParsing.Tests.Kinds.NoticeFixture;

namespace IncidentParsing.Tests.Status;

public sealed class LeakStatusExtractorTests
{
    [Theory]
    [InlineData("お客様の個人情報が漏えいした可能性があることが判明いたしました。", LeakStatus.Possible)]
    [InlineData("会員情報が流出したおそれがあります。", LeakStatus.Possible)]
    [InlineData("お客様情報の漏洩懸念について連絡を受けました。", LeakStatus.Possible)]
    [InlineData("会員のメールアドレスが外部に流出したことが判明しました。", LeakStatus.Confirmed)]
    [InlineData("氏名と住所の漏えいが確認されました。", LeakStatus.Confirmed)]
    [InlineData("現時点で情報流出の事実は確認されておりません。", LeakStatus.NotConfirmed)]
    [InlineData("外部への漏えいはないということです。", LeakStatus.NotConfirmed)]
    [InlineData("外部へ流出した可能性は極めて低いと考えております。", LeakStatus.NotConfirmed)]
    [InlineData("操作ログを確認したところ、ファイル操作の痕跡や生徒情報の流出は見受けられないとの報告を受けました。", LeakStatus.NotConfirmed)]
    public void The_statement_about_the_leak_decides(string statement, LeakStatus expected)
    {
        var incident = Parse(Notice("株式会社ミナト物産 当社サーバーへの不正アクセスについて", statement));
        Assert.Equal(expected, incident.LeakStatus);
    }

    [Fact]
    public void Boilerplate_about_misuse_and_secondary_damage_is_not_a_statement_about_the_leak()
    {
        var incident = Parse(Notice("株式会社ミナト物産 個人情報漏えいに関するお詫び",
            "当社の顧客情報が漏えいしました。なお、現時点で不正使用等は確認されておりません。二次被害は確認されていません。"));
        Assert.Equal(LeakStatus.Confirmed, incident.LeakStatus);
    }

    [Fact]
    public void An_omission_is_not_a_leak()
    {
        var incident = Parse(Notice("株式会社ミナト物産 案内文の記載漏れについて",
            "お送りした案内文に、問い合わせ先の記載漏れがありました。"));
        Assert.Null(incident.LeakStatus);
    }

    [Fact]
    public void A_lost_device_with_only_boilerplate_is_not_confirmed()
    {
        var incident = Parse(Notice("西山病院 USBメモリの紛失について",
            "職員が患者情報を保存したUSBメモリを紛失しました。現時点で個人情報が不正に使用されたとの連絡はございません。"));
        Assert.Equal(LeakStatus.NotConfirmed, incident.LeakStatus);
    }

    [Fact]
    public void A_doubt_in_the_title_outweighs_a_denial_in_the_body()
    {
        var incident = Parse(Notice("株式会社コダマ 会員情報の漏えいのおそれに関するお知らせ",
            "委託先が廃棄したハードディスクにお客様の情報が含まれていました。情報が外部へ流出した事実は確認できておりません。"));
        Assert.Equal(LeakStatus.Possible, incident.LeakStatus);
    }

    [Fact]
    public void Who_is_concerned_is_not_a_statement_of_doubt()
    {
        var incident = Parse(Notice("東原市 個人情報漏えい事案について",
            "個人情報漏えいの疑いのある方に対して本人通知を行いました。\n\n漏えいした個人情報\n\n申請者氏名、申請者住所"));
        Assert.Equal(LeakStatus.Confirmed, incident.LeakStatus);
    }

    [Fact]
    public void A_follow_up_decides_on_its_findings_not_on_the_earlier_announcement_it_recounts()
    {
        var incident = Parse(Notice("株式会社コダマ 不正アクセスに関する調査結果のご報告(第2報)",
            "当社サーバがランサムウェアによる攻撃を受け、お客様の情報が流出したおそれがあることについて、6月1日に公表いたしました。" +
            "調査の結果、現時点まで情報流出は確認されておりません。"));
        Assert.Equal(LeakStatus.NotConfirmed, incident.LeakStatus);
    }

    [Fact]
    public void A_misdelivered_letter_has_leaked_whatever_the_secondary_damage_section_says()
    {
        var incident = Parse(Notice("南島労働局 個人情報を含む文書の誤送付について",
            "1 事案の概要\n職員が照会文書を別の会社に誤送付したもの。\n\n2 二次被害又はそのおそれの有無\n誤送付先から外部に流出していないことを確認しています。"));
        Assert.Equal(LeakStatus.Confirmed, incident.LeakStatus);
    }

    [Fact]
    public void A_doubt_about_the_incident_itself_in_the_title_is_possible_even_for_a_theft()
    {
        var incident = Parse(Notice("南島市 個人情報の漏えいのおそれがある事案の発生について", "職員がかばんを盗まれ、名簿を紛失しました。"));
        Assert.Equal(LeakStatus.Possible, incident.LeakStatus);
    }

    [Theory]
    [InlineData("誤送付した文書は送付先の方より速やかにお戻しいただいたため、更なる漏洩の可能性はございません。")]
    [InlineData("誤送信したメールは先方で削除されており、それ以上の外部流出はないということです。")]
    public void A_denial_of_any_further_leak_leaves_the_misdelivery_a_leak(string statement)
    {
        var incident = Parse(Notice("南島市 個人情報を含む文書の誤送付について", "職員が照会文書を別の事業者に誤送付しました。" + statement));
        Assert.Equal(LeakStatus.Confirmed, incident.LeakStatus);
    }

    [Fact]
    public void Data_left_visible_is_possible_unless_someone_is_known_to_have_seen_it()
    {
        var visible = Parse(Notice("株式会社ヒカリ 個人情報が閲覧できる状態であったことについて",
            "予約システムの一部ページが認証なく閲覧できる状態となっておりました。"));
        Assert.Equal(LeakStatus.Possible, visible.LeakStatus);

        var seen = Parse(Notice("北原大学 学生名簿が閲覧可能となった事案について",
            "学生名簿が他の学生から閲覧可能な状態となっており、3名が当該ファイルを開封していることを確認しました。"));
        Assert.Equal(LeakStatus.Confirmed, seen.LeakStatus);
    }

    [Fact]
    public void A_notice_that_says_nothing_about_data_leaving_has_no_status()
    {
        var incident = Parse(Notice("出版社サイトにDDoS攻撃 男を逮捕",
            "男は出版社のサーバーにDDoS攻撃を行い、サイトを閲覧できない状態にした疑いで逮捕された。"));
        Assert.Null(incident.LeakStatus);
    }

    [Fact]
    public void The_deciding_statement_is_annotated_with_its_place()
    {
        var text = Notice("株式会社ミナト物産 お知らせ", "前文です。会員情報が流出したおそれがあります。以上。");
        var incident = Parse(text);
        var note = Assert.Single(incident.Annotations, a => a.Key == "leak");
        Assert.Equal("possible", note.Value);
        Assert.Equal("会員情報が流出したおそれがあります。", note.Text);
        AssertSpansInside(text, incident);
    }

    [Fact]
    public void A_caller_supplied_word_of_doubt_changes_the_result()
    {
        var text = Notice("株式会社ミナト物産 お知らせ", "会員情報が流出したかもしれません。");
        Assert.NotEqual(LeakStatus.Possible, Parse(text).LeakStatus);
        var configured = Parse(text, b => b.UseStatus(o => o.AddDoubtWord("かもしれ")));
        Assert.Equal(LeakStatus.Possible, configured.LeakStatus);
    }

    [Property(MaxTest = 300)]
    public void Never_throws_and_every_span_lies_inside_the_input(NonNull<string> body)
    {
        var text = Notice("株式会社ミナト物産 個人情報の流出について", body.Get);
        var incident = IncidentParser.CreateDefault().Parse(text).Incidents[0];
        Assert.DoesNotContain(incident.Diagnostics, d => d.Code == DiagnosticCodes.ExtractorFailed);
        AssertSpansInside(text, incident);
    }
}
