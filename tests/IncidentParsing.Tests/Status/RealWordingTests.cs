using IncidentParsing.Model;
using static IncidentParsing.Tests.Kinds.NoticeFixture;

namespace IncidentParsing.Tests.Status;

/// <summary>Leak status and kinds on the wording of real notices, in sentences made up for the tests.</summary>
public sealed class RealWordingTests
{
    [Fact]
    public void A_lost_bag_the_notice_says_nothing_more_of_has_no_status()
    {
        var incident = Parse(Notice("北浜市 書類の紛失について", "職員が会議資料を入れた封筒を電車内に置き忘れ、紛失しました。現在も捜索を続けています。"));
        Assert.Contains(IncidentKind.Loss, incident.Kinds);
        Assert.Null(incident.LeakStatus);
    }

    [Theory]
    [InlineData("職員が名簿を紛失しました。現在まで二次被害が発生したとの情報はありません。")]
    [InlineData("職員が業務用端末を紛失しました。端末への不正ログインは確認されていません。")]
    [InlineData("保存期間を過ぎていない書類を誤って廃棄しました。現時点で悪用などの被害は確認されていない。")]
    public void A_lost_or_discarded_thing_whose_misuse_is_denied_is_not_confirmed(string body)
    {
        var incident = Parse(Notice("北浜市 個人情報を含む書類について", body));
        Assert.Equal(LeakStatus.NotConfirmed, incident.LeakStatus);
    }

    [Fact]
    public void A_readers_question_is_not_the_statement()
    {
        var incident = Parse(Notice("株式会社ミナト物産 不正アクセスに関するよくあるご質問",
            "Q.自分の情報が漏えいしたのかどうか、どうすればわかりますか。\nA.対象の方には個別にご連絡します。\n当社サーバーへの不正アクセスにより、会員情報が流出した可能性があります。"));
        Assert.Equal(LeakStatus.Possible, incident.LeakStatus);
    }

    [Fact]
    public void A_bullet_under_a_line_that_denies_the_list_is_denied()
    {
        var incident = Parse(Notice("株式会社ミナト物産 ランサムウェア被害について",
            "当社サーバーがランサムウェアに感染しました。\n現在までの調査において、以下の事実は確認されておりません。\n- 顧客情報が外部に流出したこと\n- 第三者からの金銭の要求\n"));
        Assert.Equal(LeakStatus.NotConfirmed, incident.LeakStatus);
    }

    [Fact]
    public void A_doubt_describing_who_is_concerned_makes_the_leak_possible_when_nothing_else_is_said()
    {
        var incident = Parse(Notice("北浜市 申請書の所在不明について",
            "申請書の所在が分からなくなりました。\n情報流出のおそれがある方に対し、経緯を説明の上、謝罪しています。"));
        Assert.Equal(LeakStatus.Possible, incident.LeakStatus);
    }

    [Theory]
    [InlineData("職員が市民の個人情報を違法に収集していたことが分かりました。", IncidentKind.ImproperHandling)]
    [InlineData("職員が通知書を誤って別の世帯の郵便受けに投函してしまいました。", IncidentKind.Misdelivery)]
    [InlineData("元従業員が退職前に営業秘密を不正に持ち出していた疑いで逮捕されました。", IncidentKind.InsiderMisuse)]
    [InlineData("職員が業務データをUSBメモリに記録し、上司の許可なく持ち出しました。", IncidentKind.InsiderMisuse)]
    [InlineData("患者情報が書かれた紙が河川敷に投棄されていたことが判明しました。", IncidentKind.ImproperDisposal)]
    [InlineData("焼却するはずの廃棄書類が運搬中に荷台から落下し、個人情報を含む書類が散乱しました。", IncidentKind.ImproperDisposal)]
    [InlineData("講義資料の代わりに誤った文書を添付して学生に配信しました。", IncidentKind.Misdelivery)]
    public void Real_wording_names_the_kind(string body, IncidentKind expected)
    {
        Assert.Contains(expected, Parse(Notice("北浜市 個人情報の取扱いについて", body)).Kinds);
    }

    [Fact]
    public void A_disease_named_by_its_virus_is_not_malware()
    {
        var incident = Parse(Notice("北浜市 書類の紛失について",
            "新型コロナウイルス感染症に関する調査票を紛失しました。"));
        Assert.DoesNotContain(IncidentKind.Malware, incident.Kinds);
    }

    [Fact]
    public void A_theft_judged_unlikely_is_not_a_theft()
    {
        var incident = Parse(Notice("北浜病院 個人情報の紛失について",
            "診療記録の綴りを紛失しました。部外者が侵入した形跡はなく、盗難の可能性は低いものと判断しております。"));
        Assert.Equal([IncidentKind.Loss], incident.Kinds);
    }

    [Fact]
    public void A_leak_of_unstated_mechanism_is_other_not_exposure()
    {
        var incident = Parse(Notice("北浜大学 個人情報の流出について", "本学の学生の個人情報が流出したことが判明しました。"));
        Assert.Equal([IncidentKind.Other], incident.Kinds);
    }
}
