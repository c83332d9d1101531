using IncidentParsing.Layout;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Layout;

/// <summary>Each line role and each kind of document, on small notices written for the test.</summary>
public sealed class LineRoleTests
{
    private const string CompanyNotice =
        "お客様各位\n2031年4月2日\n株式会社みなと商会\n代表取締役 青木 一郎\n\n" +
        "不正アクセスによるお客様情報流出に関するお詫びとご報告\n\n" +
        "このたび、弊社が運営する通販サイトが第三者による不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明いたしました。\n" +
        "深くお詫び申し上げます。\n\n記\n1.概要\n2031年3月20日、サーバーへの不審な通信を検知しました。\n\n" +
        "経緯\n同日中にサーバーをネットワークから切り離しました。\n\n以上\n\n" +
        "【本件に関するお問い合わせ先】\n株式会社みなと商会 お客様相談室\nTEL:0120-000-000\n受付時間:平日10時~17時\n";

    private const string CityPage =
        "メインメニューへ移動\nホーム > 市政情報 > お知らせ > 個人情報を含む書類の紛失について\n本文\nページ番号:30112\n" +
        "個人情報を含む書類の紛失について\n更新日:令和13年2月5日\n印刷する\n\n" +
        "市民課において、住民票の写しの交付申請書12枚を紛失する事案が発生しました。\n市民の皆様に深くお詫び申し上げます。\n\n" +
        "関連リンク\n個人情報の取り扱いについて\n\nこのページの先頭へ\n";

    private const string NewsArticle =
        "病院で患者名簿を紛失 約300人分\nうみかぜ放送\n2031年5月14日(水) 7時55分配信\n画像:記者会見する病院長(うみかぜ放送より引用)\n\n" +
        "みさき市立病院は13日、入院患者約300人分の氏名などが記載された名簿を紛失したと発表した。\n\n" +
        "病院によると、名簿は今月9日に病棟で最後に確認された。\n";

    // The role by name: LineRole is the library's own (internal) vocabulary.
    public static TheoryData<string, string, string> Lines => new()
    {
        { CompanyNotice, "お客様各位", nameof(LineRole.Addressee) },
        { CompanyNotice, "2031年4月2日", nameof(LineRole.Date) },
        { CompanyNotice, "株式会社みなと商会", nameof(LineRole.Issuer) },
        { CompanyNotice, "代表取締役 青木 一郎", nameof(LineRole.Issuer) },
        { CompanyNotice, "不正アクセスによるお客様情報流出に関するお詫びとご報告", nameof(LineRole.Title) },
        { CompanyNotice, "このたび、弊社が運営する通販サイトが第三者による不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明いたしました。", nameof(LineRole.Lead) },
        { CompanyNotice, "記", nameof(LineRole.Kigo) },
        { CompanyNotice, "1.概要", nameof(LineRole.Heading) },
        { CompanyNotice, "経緯", nameof(LineRole.Heading) },
        { CompanyNotice, "2031年3月20日、サーバーへの不審な通信を検知しました。", nameof(LineRole.Body) },
        { CompanyNotice, "以上", nameof(LineRole.Ijo) },
        { CompanyNotice, "【本件に関するお問い合わせ先】", nameof(LineRole.Contact) },
        { CompanyNotice, "TEL:0120-000-000", nameof(LineRole.Contact) },
        { CityPage, "印刷する", nameof(LineRole.Chrome) },
        { CityPage, "更新日:令和13年2月5日", nameof(LineRole.Date) },
        { CityPage, "関連リンク", nameof(LineRole.Related) },
        { CityPage, "個人情報の取り扱いについて", nameof(LineRole.Related) },
        { NewsArticle, "うみかぜ放送", nameof(LineRole.Credit) },
        // A table row of a leak's figures (label | value) is the notice's text, not a site's branding, on the last line too.
        { "お客様情報の漏えいについて\n\n元従業員がお客様情報を持ち出していたことが判明しました。\n3.対象となる情報\n・対象件数合計|8,210件(会員7,900件、取引先",
            "・対象件数合計|8,210件(会員7,900件、取引先", nameof(LineRole.Body) },
        { NewsArticle, "2031年5月14日(水) 7時55分配信", nameof(LineRole.Date) },
        { NewsArticle, "画像:記者会見する病院長(うみかぜ放送より引用)", nameof(LineRole.Caption) },
        { "個人情報の漏えいについて\n\n当院の職員が、患者の情報を含む書類を紛失しました。\n深くお詫び申し上げます。\n\n令和13年6月1日\nみさき市立病院\n院長 山田 花子\n",
            "院長 山田 花子", nameof(LineRole.Signature) },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_line_has_its_role(string text, string line, string roleName)
    {
        var role = Enum.Parse<LineRole>(roleName);
        var (_, probe) = LayoutProbe.Run(text);
        Assert.Contains(probe.Lines, x => x.Line.Trim() == line && x.Role == role);
    }

    [Fact]
    public void Page_chrome_before_a_notice_is_not_part_of_it_and_the_rest_is_blanked_for_the_extractors()
    {
        var (incidents, layouts) = LayoutProbe.Parse(CityPage);
        var incident = Assert.Single(incidents);
        Assert.Equal("個人情報を含む書類の紛失について", incident.Title);
        Assert.Equal("2031-02-05", incident.Published?.ToString()); // 令和13年
        Assert.StartsWith("個人情報を含む書類の紛失について", CityPage[incident.Source.Start..]);
        Assert.DoesNotContain("このページの先頭へ", layouts[0].Text);
        Assert.DoesNotContain("印刷する", layouts[0].Text); // inside the notice: blanked, offsets kept
        Assert.Equal(CityPage[incident.Source.Start..incident.Source.End].Length, layouts[0].Text.Length);
        Assert.Equal(CityPage.Length - 1, incident.Source.End + "\n\nこのページの先頭へ".Length);
    }

    [Fact]
    public void A_sites_branding_line_is_not_the_title()
    {
        const string page = "海と、ともに。みさきテレビ|うみかぜ放送\n\n病院で患者名簿を紛失\n\nみさき市立病院は13日、名簿を紛失したと発表した。\n";
        var incident = Assert.Single(IncidentParser.CreateDefault().Parse(page).Incidents);
        Assert.Equal("病院で患者名簿を紛失", incident.Title);
        Assert.StartsWith("病院で患者名簿を紛失", page[incident.Source.Start..]);
    }

    [Fact]
    public void An_extractor_can_ask_for_the_lines_before_the_title_and_the_contact_block()
    {
        var (_, layouts) = LayoutProbe.Parse(CompanyNotice);
        var (text, layout) = Assert.Single(layouts);
        Assert.Equal(["お客様各位", "2031年4月2日", "株式会社みなと商会", "代表取締役 青木 一郎"],
            layout.LinesBeforeTitle().Select(l => text[l.Start..l.End]).ToArray());
        var contact = layout.Block(LineRole.Contact)!.Value;
        Assert.StartsWith("【本件に関するお問い合わせ先】", text[contact.Start..contact.End]);
        Assert.EndsWith("受付時間:平日10時~17時", text[contact.Start..contact.End]);
        Assert.True(layout.BodyStart > text.IndexOf("お詫びとご報告", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_kind_of_document_is_told()
    {
        Assert.Equal(DocumentKind.Notice, Kind(CompanyNotice));
        Assert.Equal(DocumentKind.NewsArticle, Kind(NewsArticle));
        Assert.Equal(DocumentKind.NewsArticle, Kind("みさき市は2日、職員が市民のメールアドレス120件を誤送信したと発表した。\n"));
        Assert.Equal(DocumentKind.Digest, Kind("【まとめ】みさき市立病院で患者名簿を紛失\n\n▼ うみかぜ放送(2031年5月14日)\n名簿を紛失したと発表した。\n\n▼ みさき新聞(2031年5月15日)\n約300人分の名簿が見つかっていない。\n"));
        Assert.Equal(DocumentKind.Page, Kind("当社社員を装った不審なメールにご注意ください\n\n当社社員を装った不審なメールが確認されています。添付ファイルは開かずに削除してください。\n"));
        Assert.Equal(DocumentKind.BlogPost, Kind("【セキュリティ事件簿#2031-001】みなと商会 不正アクセス 2031/4/3\n\n不正アクセスを受けた。\n"));
    }

    [Fact]
    public void A_single_notice_is_never_split_and_a_follow_up_under_it_is()
    {
        string body = string.Concat(Enumerable.Repeat("不正アクセスの調査を続けております。", 12));
        string notice = "【重要】不正アクセスに関するお知らせ\n2031年4月2日\n株式会社みなと商会\n\n" + body + "\n\n\n" +
            "株式会社みなと商会\n\n\n" + body + "\n";
        Assert.Single(IncidentParser.CreateDefault().Parse(notice).Incidents);
        string followUp = notice + "\n\n【重要】不正アクセスに関するお知らせ(第2報)\n2031年4月9日\n\n" + body + "\n";
        var both = IncidentParser.CreateDefault().Parse(followUp).Incidents;
        Assert.Equal(2, both.Count);
        Assert.Equal(new[] { "2031-04-02", "2031-04-09" }, both.Select(i => i.Published?.ToString() ?? ""));
    }

    [Fact]
    public void A_pdf_flattened_onto_one_line_gets_its_title_and_its_date()
    {
        string flat = "2031年4月2日 お客様各位 みなと信用金庫 理事長 青木 一郎 お客様情報を記載した帳票の紛失について " +
            "このたび、当金庫の支店において、お客様情報が記載された帳票を紛失していることが判明いたしました。 " +
            string.Concat(Enumerable.Repeat("現在も調査を続けております。", 30));
        var incident = Assert.Single(IncidentParser.CreateDefault().Parse(flat).Incidents);
        Assert.Equal("お客様情報を記載した帳票の紛失について", incident.Title);
        Assert.Equal("2031-04-02", incident.Published?.ToString());
        Assert.True(incident.IsIncident);
    }

    [Fact]
    public void An_era_date_ending_a_title_is_the_published_date_and_leaves_the_title()
    {
        var incident = Assert.Single(IncidentParser.CreateDefault().Parse("個人情報を含む書類の紛失のお知らせ 令和6年3月12日\n\n書類を紛失しました。\n").Incidents);
        Assert.Equal("個人情報を含む書類の紛失のお知らせ", incident.Title);
        Assert.Equal("2024-03-12", incident.Published?.ToString());
    }

    [Fact]
    public void Relative_dates_in_the_body_resolve_against_the_published_date()
    {
        var incident = Assert.Single(IncidentParser.CreateDefault()
            .Parse("メールの誤送信について\n2031年4月2日\n\n先月25日、職員がメールを誤って送信しました。\n").Incidents);
        Assert.Contains(incident.Timeline, e => e.Date.ToString() == "2031-03-25");
    }

    private static DocumentKind Kind(string text) => IncidentParser.CreateDefault().Parse(text).Incidents[0].Layout.Kind;
}
