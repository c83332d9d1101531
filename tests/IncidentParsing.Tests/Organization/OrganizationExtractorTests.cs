using FsCheck;
using FsCheck.Xunit;
using IncidentParsing.Extractors.Organization;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using static IncidentParsing.Tests.Kinds.NoticeFixture;

namespace IncidentParsing.Tests.Organization;

public sealed class OrganizationExtractorTests
{
    [Theory]
    [InlineData("株式会社サンプル商事 当社サーバーへの不正アクセスについて", "株式会社サンプル商事")]
    [InlineData("サンプル商事株式会社 個人情報漏えいに関するお詫び", "サンプル商事株式会社")]
    [InlineData("一般社団法人 日本架空協会 会員情報の流出について", "一般社団法人 日本架空協会")]
    [InlineData("株式会社NORTH STAR 「オンラインストア」への不正アクセスについて", "株式会社NORTH STAR")]
    [InlineData("ミドリ電機 キャンペーン応募者情報の漏えいについて", "ミドリ電機")]
    [InlineData("港北市立図書館における利用者情報の紛失について", "港北市立図書館")]
    [InlineData("東都大学病院における患者情報を含むUSBメモリの紛失について", "東都大学病院")]
    [InlineData("書類を不正に閲覧した西原市の職員が懲戒処分に", "西原市")]
    public void The_title_names_the_issuer(string title, string expected)
    {
        var text = Notice(title, "本文です。");
        var incident = Parse(text);
        Assert.Equal(expected, incident.Organization);
        AssertSpansInside(text, incident);
    }

    [Fact]
    public void Police_acting_on_someone_else_is_not_the_organization()
    {
        var incident = Parse(Notice("福岡県警、北九州市の職員を書類送検 住民情報を不正に閲覧", "本文です。"));
        Assert.Equal("北九州市", incident.Organization);
    }

    [Fact]
    public void Police_whose_own_officer_lost_data_is_the_organization()
    {
        var incident = Parse(Notice("奈良県警の巡査長が捜査資料を紛失", "本文です。"));
        Assert.Equal("奈良県警", incident.Organization);
    }

    [Fact]
    public void A_regulators_letter_is_about_its_addressee()
    {
        var incident = Parse(Notice("総務省 利用者情報の外部提供に関する指導について",
            "貴社(サンプル通信株式会社)においては、利用者への周知を行うことなく検索データを提供していた。"));
        Assert.Equal("サンプル通信株式会社", incident.Organization);
    }

    [Fact]
    public void A_news_item_takes_the_organization_it_cites()
    {
        var incident = Parse(Notice("ミドリのDX戦略資料が流出", "ミドリによれば、委託先から資料が他社に提供されていたという。"));
        Assert.Equal("ミドリ", incident.Organization);
    }

    [Fact]
    public void A_list_of_victims_has_no_single_organization()
    {
        var body = string.Join("\n", new[] { "株式会社アカ", "株式会社アオ", "キイロ株式会社", "株式会社ミドリ", "シロ株式会社", "株式会社クロ" }.Select(n => n + "\nランサムウェアギャング:LockBit"));
        var incident = Parse("ランサムウェアギャングが発表した被害組織リスト(2025年1月)\n\n" + body + "\n");
        Assert.Null(incident.Organization);
    }

    [Fact]
    public void A_news_item_about_an_unnamed_victim_has_no_organization()
    {
        var incident = Parse(Notice("出版社にDDoS攻撃した男を逮捕",
            "警察庁は、都内の出版社にDDoS攻撃をしたとして男を逮捕した。警察庁によると、男は海外の代行サイトを利用していた。"));
        Assert.Null(incident.Organization);
    }

    [Fact]
    public void The_notice_defining_its_own_voice_names_itself()
    {
        var incident = Parse(Notice("当社情報システムにおける個人情報の取り扱い不備について",
            "この度、株式会社ヒカリ(以下、当社)が管理する情報システムにおいて不備がありました。"));
        Assert.Equal("株式会社ヒカリ", incident.Organization);
    }

    [Fact]
    public void A_caller_supplied_suffix_changes_the_result()
    {
        var text = Notice("青葉商工会議所における会員情報の流出について", "本文です。");
        Assert.NotEqual("青葉商工会議所", Parse(text).Organization);
        var configured = Parse(text, b => b.UseOrganization(o => o.AddSuffix("商工会議所")));
        Assert.Equal("青葉商工会議所", configured.Organization);
    }

    [SkippableFact]
    public void With_mecab_an_organization_tag_in_the_title_names_the_organization()
    {
        var mecab = MeCab.MeCabRequired.Tokenizer();
        var text = Notice("トヨタの顧客情報が流出した可能性", "顧客情報が外部から閲覧できる状態だった。");
        Assert.Null(Parse(text).Organization); // the built-in tokenizer has no tags, and the lexicon path finds no name
        var tagged = new IncidentParserBuilder().UseDefaults().UseTokenizer(mecab).Build().Parse(text).Incidents[0];
        Assert.Equal("トヨタ", tagged.Organization);
        AssertSpansInside(text, tagged);
    }

    [Property(MaxTest = 300)]
    public void Never_throws_and_the_source_lies_inside_the_input(NonNull<string> title, NonNull<string> body)
    {
        var text = "【セキュリティ事件簿#2025-001】" + title.Get.Replace('\n', ' ') + "\n\n" + body.Get;
        var result = IncidentParser.CreateDefault().Parse(text);
        Assert.All(result.Incidents, i => Assert.DoesNotContain(i.Diagnostics, d => d.Code == DiagnosticCodes.ExtractorFailed));
        Assert.All(result.Incidents, i => AssertSpansInside(text, i));
    }
}
