using System.Text;
using IncidentParsing.Input;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Input;

/// <summary>
/// An HTML page of a notice reads as the notice's plain text does: the same title, organization, published date, kinds,
/// counts, fields and dates. Pages written here in the shapes real ones take: a municipal CMS page (menus, breadcrumbs,
/// ページ番号), a company's news page (a list of the data, a contact block), a news article (byline, caption, related links).
/// </summary>
public sealed class HtmlTextTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    private static string Facets(Incident i) => string.Join("\n",
        $"title: {i.Title}",
        $"organization: {i.Organization}",
        $"published: {i.Published}",
        $"incident: {i.IsIncident}",
        $"kinds: {string.Join(",", i.Kinds)}",
        $"status: {i.LeakStatus}",
        $"affected: {i.Affected?.Value}",
        $"counts: {string.Join(",", i.Counts.Select(c => c.Value))}",
        $"fields: {string.Join(",", i.Fields.Select(f => f.Category))}",
        $"timeline: {string.Join(",", i.Timeline.Select(t => $"{t.Date}:{t.Event}"))}");

    private static Incident One(string text) => Assert.Single(Parser.Parse(text, "notice").Incidents);

    private const string MunicipalText = "個人情報を含む書類の紛失について\n\n更新日:2031年2月3日\n\n" +
        "令和13年1月28日、市民課において、窓口で受け付けた住民票の写しの交付請求書12件を紛失したことが判明しました。\n\n" +
        "紛失した書類には、請求者の氏名、住所、生年月日及び電話番号が記載されています。\n\n" +
        "現時点で、個人情報が不正に利用された事実は確認されておりません。\n\n" +
        "関係する皆様に深くお詫び申し上げます。\n\n" +
        "みどり市 市民課\n";

    private const string MunicipalHtml = """
        <!DOCTYPE html>
        <html lang="ja"><head><meta charset="utf-8"><title>個人情報を含む書類の紛失について | みどり市</title>
        <script>var dataLayer = [];</script><style>body{font-size:16px}</style></head>
        <body>
        <header><div class="logo">みどり市</div><a href="#main">本文へ移動</a>
          <nav><ul><li><a href="/">ホーム</a></li><li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/shisei/">市政情報</a></li></ul></nav>
        </header>
        <div class="breadcrumb" role="navigation"><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; 個人情報を含む書類の紛失について</div>
        <main id="main">
          <h1>個人情報を含む書類の紛失について</h1>
          <p class="update">更新日:2031年2月3日</p>
          <p>令和13年1月28日、市民課において、窓口で受け付けた住民票の写しの交付請求書12件を紛失したことが判明しました。</p>
          <p>紛失した書類には、請求者の氏名、住所、生年月日及び電話番号が記載されています。</p>
          <p>現時点で、個人情報が不正に利用された事実は確認されておりません。</p>
          <p>関係する皆様に深くお詫び申し上げます。</p>
          <div class="contact"><p>みどり市 市民課</p></div>
        </main>
        <footer><p>ページ番号:12345</p><p>みどり市役所 〒000-0000 みどり市中央1-1 電話:000-000-0000</p><p>Copyright (C) Midori City</p></footer>
        </body></html>
        """;

    private const string CompanyText = "不正アクセスによる個人情報漏えいに関するお詫びとお知らせ\n\n2031年3月10日\n\n株式会社ミナトデータ\n\n" +
        "このたび、当社が運営するオンラインショップのサーバーが第三者による不正アクセスを受け、お客様の個人情報1,234件が外部に流出した可能性があることが判明しました。\n\n" +
        "流出した可能性のある情報\n氏名\n住所\nメールアドレス\n\n" +
        "なお、クレジットカード情報は含まれておりません。\n\n" +
        "2031年3月1日に不正アクセスを検知し、直ちにサーバーを停止いたしました。\n\n";

    private const string CompanyHtml = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>ニュース | 株式会社ミナトデータ</title></head>
        <body>
        <header><a href="/"><img src="logo.png" alt="株式会社ミナトデータ"></a>
          <nav><a href="/company/">会社情報</a> <a href="/news/">ニュース</a> <a href="/contact/">お問い合わせ</a></nav></header>
        <article>
          <h1>不正アクセスによる個人情報漏えいに関するお詫びとお知らせ</h1>
          <p><time datetime="2031-03-10">2031年3月10日</time></p>
          <p>株式会社ミナトデータ</p>
          <p>このたび、当社が運営するオンラインショップのサーバーが第三者による不正アクセスを受け、お客様の個人情報1,234件が外部に流出した可能性があることが判明しました。</p>
          <h2>流出した可能性のある情報</h2>
          <ul><li>氏名</li><li>住所</li><li>メールアドレス</li></ul>
          <p>なお、クレジットカード情報は含まれておりません。</p>
          <p>2031年3月1日に不正アクセスを検知し、直ちにサーバーを停止いたしました。</p>
        </article>
        <aside><h3>関連ニュース</h3><ul><li><a href="/news/1">新製品発売のお知らせ</a></li></ul></aside>
        <footer>&copy; Minato Data Inc.</footer>
        </body></html>
        """;

    private const string NewsText = "市立病院で患者情報流出か 委託先にサイバー攻撃\n\n2031年4月5日 10時00分\n\n" +
        "ひかり市は4日、市立ひかり病院の業務を委託している事業者のサーバーがランサムウェアに感染し、患者約3,000人分の氏名や病名が流出した可能性があると発表した。\n\n" +
        "市によると、3月30日に事業者から報告があった。市は個人情報保護委員会に報告した。\n\n";

    private const string NewsHtml = """
        <html><body>
        <div role="banner"><a href="/">ひかり新聞デジタル</a></div>
        <h1>市立病院で患者情報流出か 委託先にサイバー攻撃</h1>
        <div class="byline">2031年4月5日 10時00分</div>
        <figure><img src="hospital.jpg"><figcaption>市立ひかり病院(ひかり市で)</figcaption></figure>
        <p>ひかり市は4日、市立ひかり病院の業務を委託している事業者のサーバーがランサムウェアに感染し、患者約3,000人分の氏名や病名が流出した可能性があると発表した。</p>
        <p>市によると、3月30日に事業者から報告があった。市は個人情報保護委員会に報告した。</p>
        <aside><p>あわせて読みたい</p><ul><li><a href="/a">県内の病院で相次ぐ被害</a></li></ul></aside>
        <script>trackPageview();</script>
        </body></html>
        """;

    public static TheoryData<string, string> Pairs => new()
    {
        { MunicipalHtml, MunicipalText },
        { CompanyHtml, CompanyText },
        { NewsHtml, NewsText },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_page_reads_as_the_plain_text_of_its_notice(string html, string text)
    {
        Assert.True(HtmlText.LooksLikeHtml(html));
        string extracted = HtmlText.Extract(html);
        var fromHtml = One(extracted);
        var fromText = One(text);
        Assert.True(fromText.IsIncident);
        Assert.Equal(Facets(fromText), Facets(fromHtml));
    }

    [Fact]
    public void Furniture_is_left_out_blocks_are_lines_and_a_table_row_is_tab_separated()
    {
        string text = HtmlText.Extract(MunicipalHtml);
        Assert.DoesNotContain("くらし・手続き", text);      // the menu
        Assert.DoesNotContain("dataLayer", text);          // a script
        Assert.DoesNotContain("市政情報 >", text);          // the breadcrumbs (role="navigation")
        Assert.DoesNotContain("ページ番号", text);          // the footer
        Assert.StartsWith("個人情報を含む書類の紛失について\n", text);
        string table = HtmlText.Extract("<table><tr><th>項目</th><th>件数</th></tr><tr><td>氏名</td><td>12件</td></tr></table><p>以上</p>");
        Assert.Equal("項目\t件数\n氏名\t12件\n\n以上\n", table);
        Assert.Equal("行1\n行2\n", HtmlText.Extract("<p>行1<br>行2</p>"));
    }

    [Fact]
    public void Deep_nesting_and_broken_markup_read_without_overflow()
    {
        var deep = new StringBuilder();
        for (int i = 0; i < 100_000; i++)
        {
            deep.Append("<div>");
        }
        deep.Append("個人情報の流出について<p>氏名&amp;住所</p><script>track();</script>");
        string text = HtmlText.Extract(deep.ToString()); // too deep for a tree: its tags are stripped, in linear time
        Assert.Contains("個人情報の流出について\n氏名&住所\n", text);
        Assert.DoesNotContain("track", text);
        Assert.Equal("氏名\n", HtmlText.Extract("<p>氏名<p"));
        Assert.False(HtmlText.LooksLikeHtml("個人情報の流出について\n<b>は</b>"));
    }

    [Fact]
    public void Pages_read_on_many_threads_at_once_read_as_alone()
    {
        string[] pages = [MunicipalHtml, CompanyHtml, NewsHtml];
        var alone = pages.Select(HtmlText.Extract).ToArray();
        var together = new string[pages.Length * 40];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => together[i] = HtmlText.Extract(pages[i % pages.Length]));
        Assert.All(Enumerable.Range(0, together.Length), i => Assert.Equal(alone[i % pages.Length], together[i]));
    }

    private const string DatedInMarkup = """
        <html><head><meta property="article:published_time" content="2031-05-12T09:00:00+09:00"></head><body>
        <header><time datetime="2031-05-12">2031.05.12</time><nav>ホーム</nav></header>
        <h1>不正アクセスによる個人情報流出の可能性について</h1>
        <p>先月25日、当社のサーバーが不正アクセスを受け、お客様の氏名とメールアドレスが流出した可能性があることが判明しました。</p>
        <p>みなと商事株式会社</p></body></html>
        """;

    [Fact]
    public void A_page_dated_only_in_its_markup_takes_that_date_which_resolves_its_relative_dates()
    {
        Assert.Equal(new JapaneseDate(2031, 5, 12), HtmlText.Read(DatedInMarkup).Published);
        var incident = Assert.Single(Parser.ParseBytes(Encoding.UTF8.GetBytes(DatedInMarkup), "page.html").Incidents);
        Assert.Equal(new JapaneseDate(2031, 5, 12), incident.Published);
        Assert.Contains(incident.Timeline, e => e.Date.ToString() == "2031-04-25"); // 先月25日
        // Its text alone has no date, and a page whose text has one keeps it.
        Assert.Null(Assert.Single(Parser.Parse(HtmlText.Extract(DatedInMarkup)).Incidents).Published);
        string dated = DatedInMarkup.Replace("<h1>", "<p>公開日:2031年5月10日</p><h1>", StringComparison.Ordinal);
        Assert.Equal(new JapaneseDate(2031, 5, 10), Assert.Single(Parser.ParseBytes(Encoding.UTF8.GetBytes(dated), "page.html").Incidents).Published);
        // The first <time datetime> where no meta gives the date.
        Assert.Equal(new JapaneseDate(2031, 6, 1), HtmlText.Read("<html><body><time datetime=\"2031-06-01\">6月1日</time><p>本文</p></body></html>").Published);
    }

    [Theory]
    [InlineData("<html><head><title>サイト名</title></head><body><header><h1><a href=\"/\">みどり市</a></h1></header><main><h1>書類の紛失について</h1><p>本文</p></main></body></html>", "書類の紛失について")]
    [InlineData("<html><head><title>個人情報を含む書類の紛失について｜みどり市</title></head><body><p>本文</p></body></html>", "個人情報を含む書類の紛失について")]
    [InlineData("<html><head><title>不正アクセスに関するお知らせ | みなと商事株式会社</title></head><body><p>本文</p></body></html>", "不正アクセスに関するお知らせ")]
    [InlineData("<html><body><p>本文</p></body></html>", null)]
    public void A_page_gives_its_own_title_in_its_markup_apart_from_the_site_name(string html, string? title)
    {
        Assert.Equal(title, HtmlText.Read(html).Title);
    }

    [Fact]
    public void A_page_whose_text_shows_no_title_takes_its_markups()
    {
        // A CMS page whose heading is an image: its text starts with the body.
        const string page = """
            <html><head><title>メールの誤送信について｜みどり市</title></head><body>
            <main><h1><img src="title.png" alt=""></h1>
            <p>令和13年1月28日、市民課の職員が、イベント参加者12名に送信したメールにおいて、他の参加者のメールアドレスが表示される状態で送信しました。</p>
            <p>現時点で、二次被害は確認されておりません。</p>
            <p>みどり市 市民課</p></main></body></html>
            """;
        var read = NoticeReader.Read(Encoding.UTF8.GetBytes(page), "page.html");
        Assert.Equal("メールの誤送信について", read.TitleHint);
        Assert.EndsWith("送信しました。", Assert.Single(Parser.Parse(read.Text).Incidents).Title, StringComparison.Ordinal); // the text alone: its first sentence
        var incident = Assert.Single(Parser.ParseInput(read).Incidents);
        Assert.Equal("メールの誤送信について", incident.Title);
        Assert.Null(incident.TitleSource); // the text does not hold it

        // A title the text shows is kept, whatever the markup says.
        var titled = NoticeReader.Read(Encoding.UTF8.GetBytes(page.Replace("<h1><img src=\"title.png\" alt=\"\"></h1>", "<h1>メール誤送信に関するお詫び</h1>", StringComparison.Ordinal)), "page.html");
        Assert.Equal("メール誤送信に関するお詫び", Assert.Single(Parser.ParseInput(titled).Incidents).Title);
    }

    [Fact]
    public void A_pages_heading_is_its_title_over_a_menu_of_plain_divs_but_a_generic_label_is_not()
    {
        const string page = """
            <html><head><title>書類の紛失について｜みどり市民病院</title></head><body>
            <div class="gnav"><div><a href="/">みどり市民病院</a></div><div><a href="/gairai">外来のご案内</a></div>
            <div><a href="/nyuin">入院のご案内</a></div><div><a href="/recruit">採用情報</a></div></div>
            <div class="main"><h1>書類の紛失について</h1>
            <p>当院において、入院患者様38名の氏名と病室番号を記載した書類を紛失いたしました。</p>
            <p>現時点で、情報が不正に利用された事実は確認されておりません。</p></div></body></html>
            """;
        var read = NoticeReader.Read(Encoding.UTF8.GetBytes(page), "page.html");
        var incident = Assert.Single(Parser.ParseInput(read).Incidents);
        Assert.Equal("書類の紛失について", incident.Title);
        Assert.Equal("書類の紛失について", read.Text[incident.TitleSource!.Start..incident.TitleSource.End]);

        // A site section's label in <h1> (お知らせ) is no title: the layout's stands.
        string labelled = page.Replace("<h1>書類の紛失について</h1>", "<h1>お知らせ</h1><h2>書類の紛失について</h2>", StringComparison.Ordinal)
            .Replace("<title>書類の紛失について｜みどり市民病院</title>", "", StringComparison.Ordinal);
        var labelRead = NoticeReader.Read(Encoding.UTF8.GetBytes(labelled), "page.html");
        Assert.Equal("お知らせ", labelRead.TitleHint);
        Assert.NotEqual("お知らせ", Assert.Single(Parser.ParseInput(labelRead).Incidents).Title);
    }
}
