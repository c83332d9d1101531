using FsCheck;
using FsCheck.Xunit;
using IncidentParsing.Extractors.Narrative;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using static IncidentParsing.Tests.Kinds.NoticeFixture;

namespace IncidentParsing.Tests.Narrative;

public sealed class NarrativeExtractorTests
{
    [Fact]
    public void The_cause_is_the_text_under_its_heading()
    {
        var text = Notice("株式会社ミナト物産 不正アクセスについて",
            "1.経緯\n調査を開始しました。\n\n2.発生原因\nサーバーのソフトウェアが古いまま運用されていたため。\n\n3.再発防止策\n・ソフトウェアの定期更新");
        var incident = Parse(text);
        Assert.Equal("サーバーのソフトウェアが古いまま運用されていたため。", incident.Cause);
        AssertSpansInside(text, incident);
    }

    [Fact]
    public void A_cause_under_a_bare_heading_line_is_the_next_paragraph()
    {
        var incident = Parse(Notice("東原市 個人情報の流出について",
            "事案の概要\n\n職員が名簿を持ち出しました。\n\n発生原因\n\n名簿の管理手順が定められていなかったこと\n\n今後の対応\n\n手順を定めます。"));
        Assert.Equal("名簿の管理手順が定められていなかったこと", incident.Cause);
    }

    [Fact]
    public void A_cause_still_under_investigation_is_no_cause()
    {
        var incident = Parse(Notice("北原大学 メールアドレスの流出について", "流出の経路や原因は現在調査中です。"));
        Assert.Null(incident.Cause);
    }

    [Fact]
    public void Measures_are_the_items_listed_under_the_heading()
    {
        var incident = Parse(Notice("株式会社ミナト物産 不正アクセスについて",
            "4.再発防止策\n以下の対策を実施します。\n(1)対策済\n・パスワードの変更\n・不要アカウントの削除\n(2)対策予定\n・監視体制の強化\n\n5.その他\nお問い合わせ先"));
        Assert.Equal(["パスワードの変更", "不要アカウントの削除", "監視体制の強化"], incident.Measures);
    }

    [Fact]
    public void Measures_without_a_list_are_the_sentences_of_the_section()
    {
        var incident = Parse(Notice("西山病院 USBメモリの紛失について",
            "3 再発防止策\n個人所有の記録媒体を禁止しました。全職員に研修を行います。\n"));
        Assert.Equal(["個人所有の記録媒体を禁止しました。", "全職員に研修を行います。"], incident.Measures);
    }

    [Fact]
    public void Related_entries_are_read_from_reference_lines()
    {
        var incident = Parse(Notice("ランサムウェアギャングが発表した被害組織リスト",
            "株式会社アカ\n関連事件簿:【セキュリティ事件簿#2024-088】株式会社アカ 不正アクセスについて\n" +
            "株式会社アオ\n関連事件簿:【セキュリティ事件簿#2023-501】株式会社アオ ランサムウェア被害について"));
        Assert.Equal(["2024-088", "2023-501"], incident.Related);
    }

    [Fact]
    public void A_caller_supplied_heading_changes_the_result()
    {
        var text = Notice("株式会社ミナト物産 お知らせ", "2.事故の背景\n担当者の確認不足によるもの。\n\n3.対応\n削除しました。");
        Assert.Null(Parse(text).Cause);
        var configured = Parse(text, b => b.UseNarrative(o => o.AddCauseHeading("背景")));
        Assert.Equal("担当者の確認不足によるもの。", configured.Cause);
    }

    [Property(MaxTest = 300)]
    public void Never_throws_and_the_cause_lies_inside_the_input(NonNull<string> body)
    {
        var text = Notice("株式会社ミナト物産 お知らせ", "発生原因\n" + body.Get + "\n再発防止策\n・" + body.Get);
        var incident = IncidentParser.CreateDefault().Parse(text).Incidents[0];
        Assert.DoesNotContain(incident.Diagnostics, d => d.Code == DiagnosticCodes.ExtractorFailed);
        AssertSpansInside(text, incident);
    }
}
