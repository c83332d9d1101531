using IncidentParsing.Extractors.Counts;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Counts;

public sealed class CountExtractorTests
{
    private static readonly IncidentParser Parser = new IncidentParserBuilder().UseCounts().Build();

    private const string Header = "【セキュリティ事件簿#2030-001】テスト株式会社 個人情報の漏えいについて 2030/1/2\n\n";

    private static Incident Parse(string body) => Parser.Parse(Header + body, "test.txt").Incidents[0];

    private static Count One(string body) => Assert.Single(Parse(body).Counts);

    [Theory]
    [InlineData("会員の個人情報(2,345名分)が流出", 2345, "名分", "個人情報")]
    [InlineData("お客様 12 名に送付", 12, "名", "お客様")]
    [InlineData("診療データ(3,210 件分)をコピー", 3210, "件分", "診療データ")]
    [InlineData("サーバ2台が停止", 2, "台", "サーバ")]
    [InlineData("取引先 5 社", 5, "社", "取引先")]
    [InlineData("800 名の会員様の氏名", 800, "名", "会員様")]
    [InlineData("対象となる件数:4,321人", 4321, "人", null)]
    [InlineData("約 8.5 万ユーザーの", 85000, "ユーザー", null)]
    [InlineData("USBメモリ1個を紛失", 1, "個", "USBメモリ")]
    [InlineData("二十万件のデータ", 200000, "件", null)]
    [InlineData("登録ユーザーの一部(1,234 名分)の氏名", 1234, "名分", "登録ユーザー")]
    [InlineData("犯人は5台の車の情報を取得", 5, "台", "車")]
    public void Reads_value_unit_and_subject(string body, long value, string unit, string? subject)
    {
        var c = One(body);
        Assert.Equal(value, c.Value);
        Assert.Equal(unit, c.Unit);
        if (subject is not null)
        {
            Assert.Equal(subject, c.Subject);
        }
    }

    [Theory]
    [InlineData("約 7.2 万件", CountQualifier.Approximately)]
    [InlineData("およそ300名", CountQualifier.Approximately)]
    [InlineData("300名程度", CountQualifier.Approximately)]
    [InlineData("300名前後", CountQualifier.Approximately)]
    [InlineData("1,400を超えるファイル", CountQualifier.MoreThan)]
    [InlineData("500件超", CountQualifier.MoreThan)]
    [InlineData("500件以上", CountQualifier.MoreThan)]
    [InlineData("500件余り", CountQualifier.MoreThan)]
    [InlineData("最大で約20万件程度", CountQualifier.UpTo)]
    [InlineData("最大 3,000 件", CountQualifier.UpTo)]
    [InlineData("100件まで", CountQualifier.UpTo)]
    [InlineData("延べ3,427件", CountQualifier.Cumulative)]
    [InlineData("1,234件", CountQualifier.Exact)]
    public void Reads_qualifiers(string body, CountQualifier qualifier)
    {
        Assert.Equal(qualifier, One(body).Qualifier);
    }

    [Theory]
    [InlineData("利用料金 3,000円")]
    [InlineData("1株当たり8円")]
    [InlineData("期間は14日間")]
    [InlineData("約3時間停止")]
    [InlineData("6カ月間")]
    [InlineData("40歳の男性")]
    [InlineData("30代の職員")]
    [InlineData("2024年8月9日 10時30分")]
    [InlineData("個人情報保護法第26条")]
    [InlineData("第3報")]
    [InlineData("全体の25%")]
    [InlineData("バージョン2.4.1")]
    [InlineData("電話 03-1234-5678")]
    [InlineData("1人目の逮捕者")]
    [InlineData("数十件の問い合わせ")]
    [InlineData("①件数\n")]
    public void Ignores_what_is_not_a_count(string body)
    {
        Assert.Empty(Parse(body).Counts);
    }

    [Fact]
    public void An_item_number_at_a_line_start_is_not_a_count_but_the_item_figure_is()
    {
        var incident = Parse("\n1 ユーザー様の個人情報 2,345 件\n2 ユーザー様の個人情報 1,036 件\n");
        Assert.Equal([2345L, 1036L], incident.Counts.Select(c => c.Value).ToArray());
    }

    [Fact]
    public void Breakdowns_and_their_total_are_all_counts_and_the_total_is_the_headline()
    {
        var incident = Parse("・代表者の住所 105件\n・管理者の住所 218件\n・担当者の氏名 138件 計461件\n");
        Assert.Equal([105L, 218L, 138L, 461L], incident.Counts.Select(c => c.Value).ToArray());
        Assert.True(incident.Counts[^1].IsTotal);
        Assert.Equal(461, incident.Affected?.Value);
        Assert.Equal(incident.Counts[^1], incident.Affected); // the headline is the total, not another count
    }

    [Fact]
    public void Records_and_people_of_one_statement_are_both_counts()
    {
        var incident = Parse("治療を実施した2,092 件分、2,011 名の患者様の診療データ");
        Assert.Equal([2092L, 2011L], incident.Counts.Select(c => c.Value).ToArray());
        Assert.Equal(2092, incident.Affected?.Value);
    }

    [Fact]
    public void Cumulative_and_real_numbers_are_both_read()
    {
        var incident = Parse("延べ4,427件(実人数3,567人)分が閲覧可能");
        Assert.Equal(CountQualifier.Cumulative, incident.Counts[0].Qualifier);
        Assert.Equal(3567, incident.Counts[1].Value);
    }

    [Fact]
    public void A_total_broken_down_in_brackets_is_the_headline_and_a_rounded_count_gives_way_to_the_exact_one()
    {
        Assert.Equal(22796, Parse("漏えいした可能性のある件数:22,796件(うち、クレジットカード情報を含む個人情報 13,438件)").Affected?.Value);
        var rounded = Parse("対象者約15万人に通知をお送りしました。対象者の内訳は次のとおりです。\n市民 148,620人分の情報が流出");
        Assert.Equal(148620, rounded.Affected?.Value);
        Assert.Equal(CountQualifier.Exact, rounded.Affected?.Qualifier);
        // Not a different number: 約15万人 stays where the exact count is far from it.
        Assert.Equal(150000, Parse("対象者約15万人に通知をお送りしました。うち12万人分の情報が流出").Affected?.Value);
    }

    [Fact]
    public void A_population_is_not_the_headline()
    {
        var incident = Parse("流出した情報(2年生420名中150名分)");
        Assert.Equal([420L, 150L], incident.Counts.Select(c => c.Value).ToArray());
        Assert.Equal(150, incident.Affected?.Value);
    }

    [Theory]
    [InlineData("同サービスの会員は約300万人で、そのうち約1万人分の情報が流出")]
    [InlineData("会員数 300万人のサービスで、約1万人分の情報が流出")]
    public void A_whole_membership_is_not_the_headline(string body)
    {
        Assert.Equal(10000, Parse(body).Affected?.Value);
    }

    [Fact]
    public void People_who_act_are_not_the_headline()
    {
        var incident = Parse("職員1名が誤ってページを公開し、閲覧した利用者が25名おり、そのうち3名がファイルを開いた。");
        Assert.Equal(3, incident.Counts.Count);
        Assert.Null(incident.Affected);
    }

    [Theory]
    [InlineData("教員が履修学生120人に対して資料を配信した際、誤って学生4人分の成績を添付しました。", 4)]
    [InlineData("3年A組の27人分の小テストの点数表を共有フォルダに置いてしまいました。そのファイルを受け取った生徒は、学年全体の196人に上ります。", 27)]
    [InlineData("盗まれたタブレットには会員約650名の氏名と住所、送受信したメール約2,300通が入っていました。", 650)]
    public void Recipients_and_messages_give_way_to_a_count_stated_as_data(string body, long affected)
    {
        var incident = Parse(body);
        Assert.Equal(2, incident.Counts.Count);
        Assert.Equal(affected, incident.Affected?.Value);
    }

    [Theory]
    [InlineData("お客様83名にメールを一斉送信した際、宛先を誤ってCCに入力しました。", 83)]
    [InlineData("ダイレクトメール1,200通を誤った住所に発送しました。", 1200)]
    public void Recipients_and_messages_are_the_headline_where_nothing_is_stated_as_data(string body, long affected)
    {
        Assert.Equal(affected, Parse(body).Affected?.Value);
    }

    [Fact]
    public void Things_and_organizations_are_counts_but_not_the_headline()
    {
        var incident = Parse("サーバ12台と取引先30社に影響。顧客情報 8 件が流出。");
        Assert.Equal(8, incident.Affected?.Value);
    }

    [Fact]
    public void The_headline_keeps_its_qualifier()
    {
        var incident = Parse("最大で約30万件程度と推察");
        Assert.Equal(CountQualifier.UpTo, incident.Affected?.Qualifier);
        Assert.Equal(300000, incident.Affected?.Value);
    }

    [Fact]
    public void Spans_are_the_original_characters()
    {
        const string body = "お客様のカード情報（１２，３４５名分）";
        var incident = Parser.Parse(Header + body, "t.txt").Incidents[0];
        var c = Assert.Single(incident.Counts);
        Assert.Equal("１２，３４５名分", c.Text);
        Assert.Equal(c.Text, (Header + body)[c.Start..c.End]);
        Assert.Equal(12345, c.Value);
    }

    [Fact]
    public void Callers_can_add_qualifiers()
    {
        var parser = new IncidentParserBuilder()
            .UseCounts(o => o.AddQualifier("見込み", CountQualifier.Approximately, after: true))
            .Build();
        var incident = parser.Parse(Header + "約款上 500件見込み", "t.txt").Incidents[0];
        Assert.Equal(CountQualifier.Approximately, Assert.Single(incident.Counts).Qualifier);
        Assert.Equal(CountQualifier.Exact, Assert.Single(Parse("約款上 500件見込み").Counts).Qualifier);
    }

    [Fact]
    public void Callers_can_add_counters()
    {
        var parser = new IncidentParserBuilder().UseCounts(o => o.AddCounter("口", CounterKind.Record)).Build();
        var incident = parser.Parse(Header + "預金口座 35口が対象", "t.txt").Incidents[0];
        Assert.Equal(35, Assert.Single(incident.Counts).Value);
        Assert.Empty(Parse("預金口座 35口が対象").Counts);
    }
}
