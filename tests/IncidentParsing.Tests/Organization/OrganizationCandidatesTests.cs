using IncidentParsing.Extractors.Organization;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Organization;

/// <summary>
/// The organization chosen among scored candidates (OrganizationModel over CandidatePool), on notices written here in
/// the shapes real ones take: a contractor's breach told by its client, a service provider beside its user, the
/// greeting, the lead's opening, a contact block, a regulator reported to.
/// </summary>
public sealed class OrganizationCandidatesTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    private static Incident Parse(string text, IncidentParser? parser = null) => Assert.Single((parser ?? Parser).Parse(text).Incidents);

    private const string ContractorNotice = "委託先事業者への不正アクセスによる個人情報流出の可能性について\n\n" +
        "この度、業務の委託先である株式会社ソトガワシステムズ(以下「委託先」)から、同社のサーバーが外部からの不正アクセスを受け、" +
        "みなと水道企業団のお客様情報が閲覧された可能性があるとの報告を受けました。\n" +
        "株式会社ソトガワシステムズによると、現時点で情報の悪用は確認されていないとのことです。\n" +
        "個人情報保護委員会へ報告しております。\n\n" +
        "みなと水道企業団\n";

    [Fact]
    public void Candidates_come_back_best_first_with_scores_and_the_features_that_placed_them()
    {
        var incident = Parse(ContractorNotice, new IncidentParserBuilder().UseDefaults().UseOrganization(o => o.MaxCandidates = 10).Build());
        Assert.Equal("みなと水道企業団", incident.Organization);
        var candidates = incident.OrganizationCandidates;
        Assert.True(candidates.Count >= 3, string.Join(", ", candidates.Select(c => c.Name)));
        Assert.Equal(incident.Organization, candidates[0].Name);
        Assert.Equal(incident.OrganizationSource, candidates[0].Source);
        Assert.All(candidates, c => Assert.InRange(c.Score, 0, 1));
        Assert.True(candidates.Zip(candidates.Skip(1)).All(p => p.First.Score >= p.Second.Score), "best first");
        Assert.True(candidates.Sum(c => c.Score) <= 1.0001, "the scores are shares of one total, none of them included");
        var contractor = Assert.Single(candidates, c => c.Name == "株式会社ソトガワシステムズ");
        Assert.Equal(1, contractor.Features["contractor"]);
        Assert.True(contractor.Score < candidates[0].Score);
        var regulator = Assert.Single(candidates, c => c.Name == "個人情報保護委員会");
        Assert.Equal(1, regulator.Features["regulator"]);
        Assert.Equal(1, candidates[0].Features["line"]); // alone on its line: the signature
        foreach (var c in candidates)
        {
            Assert.Equal(c.Source.Text, ContractorNotice[c.Source.Start..c.Source.End]);
        }
    }

    [Fact]
    public void Parties_name_the_issuer_the_contractor_and_the_regulator_in_text_order()
    {
        var incident = Parse(ContractorNotice);
        Assert.Equal(3, Parse(ContractorNotice).OrganizationCandidates.Count); // three kept unless asked for more
        var parties = incident.Parties.Select(p => (p.Name, p.Role)).ToArray();
        Assert.Equal(
            [("株式会社ソトガワシステムズ", PartyRole.Contractor), ("個人情報保護委員会", PartyRole.Authority), ("みなと水道企業団", PartyRole.Issuer)],
            parties);
        Assert.All(incident.Parties, p => Assert.Equal(p.Source.Text, ContractorNotice[p.Source.Start..p.Source.End]));
        var row = IncidentParsing.Export.IncidentTable.ToRow(incident);
        Assert.Contains("株式会社ソトガワシステムズ:contractor", row.Parties);
        Assert.Contains("個人情報保護委員会:authority", row.Parties);
        string json = IncidentParsing.Json.IncidentJson.Serialize(incident);
        Assert.Contains("\"role\": \"contractor\"", json);
    }

    [Fact]
    public void A_news_article_makes_its_organization_the_victim()
    {
        var incident = Parse("病院の患者情報が流出\n\nみなと市の港北中央病院は13日、患者約300人分の情報が外部に流出した可能性があると発表した。" +
            "病院は港北警察署に相談している。\n");
        Assert.Equal("港北中央病院", incident.Organization);
        Assert.Contains(incident.Parties, p => p.Name == "港北中央病院" && p.Role == PartyRole.Victim);
        Assert.Contains(incident.Parties, p => p.Name == "港北警察署" && p.Role == PartyRole.Authority);
    }

    [Fact]
    public void How_many_candidates_are_kept_is_the_callers_choice_and_does_not_change_the_choice()
    {
        var one = new IncidentParserBuilder().UseDefaults().UseOrganization(o => o.MaxCandidates = 1).Build();
        var none = new IncidentParserBuilder().UseDefaults().UseOrganization(o => o.MaxCandidates = 0).Build();
        Assert.Single(Parse(ContractorNotice, one).OrganizationCandidates);
        var bare = Parse(ContractorNotice, none);
        Assert.Empty(bare.OrganizationCandidates);
        Assert.Equal("みなと水道企業団", bare.Organization);
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrganizationOptions { MaxCandidates = -1 });
    }

    [Theory]
    // The greeting thanks the reader for using the organization.
    [InlineData("会員サイトへの不正ログインについて\n\n平素は「サンプル堂」をご利用いただき、誠にありがとうございます。\n" +
        "当社が運営する会員サイトにおいて、第三者による不正ログインが発生し、会員情報が閲覧された可能性があります。\n", "サンプル堂")]
    // この度、X において: the lead opens with the organization.
    [InlineData("個人情報の漏えいについて\n\nこの度、ミナト精機株式会社において、社内サーバーがランサムウェアに感染し、" +
        "お取引先様の個人情報が外部に流出した可能性があることが判明しました。\n", "ミナト精機株式会社")]
    // The provider of a breached service is not the organization that uses it.
    [InlineData("当行が利用するメールサービスへの不正アクセスについて\n\nみなと銀行は、株式会社クモノウエ(以下「クモノウエ社」)が提供する" +
        "メールセキュリティサービスを利用しておりますが、同サービスが不正アクセスを受けたとの報告を受けました。\n" +
        "現時点で当行のお客様情報の流出は確認されておりません。\n\n【本件に関するお問い合わせ先】\nみなと銀行 お客さまセンター\n", "みなと銀行")]
    // Xでは、 opens the lead; the service the organization uses is someone else's (利用している株式会社Y).
    [InlineData("メールシステムへの不正アクセスについて\n\nみなと信用金庫では、業務で利用している株式会社クモノウエ(以下、クモノウエ社)の" +
        "メールサービスを利用しておりますが、同社のシステムが第三者による不正アクセスを受けたとの報告がありました。\n" +
        "クモノウエ社によると、お客様の情報が外部に流出した可能性があるとのことです。\n", "みなと信用金庫")]
    // A list's middle dot is no part of the name.
    [InlineData("「新入生オリエンテーション」申込フォームの設定誤りについて\n\n・港北高等学校において、申込フォームの設定に誤りがあり、申込者の氏名が" +
        "他の申込者から閲覧できる状態となっていました。\n", "港北高等学校")]
    // A department written on after the legal form in the contact block goes.
    [InlineData("不正アクセスに関するお知らせ\n\n弊社の業務用パソコンがマルウェアに感染し、お客様のメールアドレスが流出した可能性があります。\n\n" +
        "【本件に関するお問い合わせ】\nあさひ産業株式会社個人情報保護担当\n", "あさひ産業株式会社")]
    public void Real_shapes_name_the_organization(string text, string expected) => Assert.Equal(expected, Parse(text).Organization);

    [Theory]
    [InlineData("株式会社 NORTH Wind サポート窓口", "株式会社 NORTH Wind")]
    [InlineData("株式会社e-Sample Works 総務部", "株式会社e-Sample Works")]
    [InlineData("norte 株式会社 カスタマーサポート", "norte 株式会社")]
    [InlineData("株式会社NORTE Mint Upカスタマーサポート", "株式会社NORTE Mint Up")]
    public void A_name_goes_on_over_spaces_and_hyphens_only_inside_it(string contactLine, string expected)
    {
        string text = "不正アクセスに関するお知らせ\n\n弊社サーバーが不正アクセスを受け、お客様情報が流出した可能性があります。\n\n" +
            "【お問い合わせ先】\n" + contactLine + "\n";
        Assert.Equal(expected, Parse(text).Organization);
    }

    [Fact]
    public void Pointing_words_with_an_ending_are_no_name_and_a_following_conjunction_is_not_glued_on()
    {
        var lexicon = new OrganizationLexicon(IncidentParsing.Lexicons.Lexicon.ReadEmbedded("Extractors/Organization/organization.tsv"));
        Assert.True(lexicon.IsGeneric("当協議会"));
        Assert.True(lexicon.IsGeneric("弊社グループ"));
        Assert.True(lexicon.IsGeneric("所属事務所"));
        Assert.False(lexicon.IsGeneric("同志社大学")); // 同 and a name, not 同 and an ending
        Assert.False(lexicon.IsGeneric("中国銀行"));
        var scanner = new NameScanner(lexicon);
        const string text = "株式会社ミナトン並びに株式会社ヤマテ(以下「当社ら」)は";
        var names = scanner.FindAll(text, 0, text.Length).Select(n => text[n.Span.Start..n.Span.End]).ToArray();
        Assert.Equal(["株式会社ミナトン", "株式会社ヤマテ"], names);
    }

    [Fact]
    public void A_list_of_organizations_takes_only_a_name_a_reading_found()
    {
        string list = "被害を受けた企業の一覧\n\n" + string.Join("\n", new[] { "株式会社アカネ", "株式会社アオイ", "キイロ株式会社", "株式会社ミドリ", "シロ株式会社" }
            .Select(n => n + "\nデータ公開日:2031年1月5日")) + "\n";
        var incident = Parse(list);
        Assert.Null(incident.Organization);
        Assert.NotEmpty(incident.OrganizationCandidates); // weighed all the same, and shown
        // A name a statement has as its subject is not merely listed.
        string subject = "グループ各社における不正アクセスについて\n\nアカネ化成株式会社は、当社グループが利用するサーバーが不正アクセスを受け、" +
            "お取引先の情報が流出した可能性があることを確認しました。対象となる会社は次のとおりです。\n" +
            string.Join("\n", new[] { "株式会社アオイ", "キイロ株式会社", "株式会社ミドリ", "シロ株式会社", "株式会社クロハ" }) + "\n";
        Assert.Equal("アカネ化成株式会社", Parse(subject).Organization);
    }
}
