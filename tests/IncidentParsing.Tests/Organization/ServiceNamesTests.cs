using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Organization;

/// <summary>Names an organization gives itself without a legal form, in notices made up for the tests.</summary>
public sealed class ServiceNamesTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    private static Model.Incident Parse(string text) => Assert.Single(Parser.Parse(text).Incidents);

    private static string[] CandidateNames(string text) => Parse(text).OrganizationCandidates.Select(c => c.Name).ToArray();

    private static string[] FeaturesOf(string text, string name) =>
        Parse(text).OrganizationCandidates.Single(c => c.Name == name).Features.Where(f => f.Value != 0).Select(f => f.Key).ToArray();

    private const string Leak = "第三者による不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明しました。\n";

    [Theory]
    [InlineData("【重要なお知らせ】みさきホテル港北における予約管理システムへの不正アクセスについて\n\n", "みさきホテル港北")]
    [InlineData("みなと放送が利用するメールサービスへの不正アクセスについて\n\n", "みなと放送")]
    [InlineData("ミナト堂公式アプリへの不正ログインについて\n\n", "ミナト堂")]
    public void The_titles_subject_before_a_place_or_a_service_is_a_candidate(string title, string expected)
    {
        string text = title + "この度、" + Leak;
        Assert.Contains("title.subject", FeaturesOf(text, expected));
    }

    [Fact]
    public void A_quoted_service_and_a_domain_name_their_owner()
    {
        string text = "不正アクセスに関するお詫び\n\nこの度、弊社が運営する「ミナト青果オンラインショップ」が" + Leak + "なお、港北堂.JPでのご注文は再開しております。\n";
        var names = CandidateNames(text);
        Assert.Contains("ミナト青果", names);
        Assert.Contains("港北堂", names);
        Assert.Contains("brand", FeaturesOf(text, "ミナト青果"));
    }

    [Fact]
    public void An_address_names_no_owner()
    {
        string text = "不正アクセスに関するお詫び\n\nこの度、" + Leak + "詳しくは example.com をご覧ください。\n";
        Assert.DoesNotContain("example", CandidateNames(text));
    }

    [Fact]
    public void A_contact_window_names_its_organization_and_is_chosen()
    {
        string text = "不正アクセスに関するお詫び\n\nこの度、弊社サーバーが" + Leak + "\n【お問い合わせ】\nミナト経営お客さま問合せ窓口\n(省略)\n";
        var incident = Parse(text);
        Assert.Contains("window", incident.OrganizationCandidates.Single(c => c.Name == "ミナト経営").Features.Where(f => f.Value != 0).Select(f => f.Key));
    }

    [Fact]
    public void The_lead_that_opens_with_a_place_names_it()
    {
        string text = "メッセージの配信についてのお詫び\n\nこの度、ロイヤルみなとホテル港北口におきまして、予約サイトの管理画面が" + Leak;
        Assert.Contains("lead.place", FeaturesOf(text, "ロイヤルみなとホテル港北口"));
    }

    [Fact]
    public void A_latin_name_defined_as_the_group_is_its_self_definition()
    {
        string text = "メール情報漏えいの可能性に関するお知らせ\n\nMinato Future グループ(以下「当グループ」)が利用しているメールサービスが" + Leak;
        Assert.Contains("self", FeaturesOf(text, "Minato Future グループ"));
    }

    [Fact]
    public void An_organization_speaking_of_itself_with_では_is_the_lead_subject()
    {
        string text = "メールサービスへの不正アクセスについて\n\nMNKでは、利用しているメールサービスが" + Leak;
        Assert.Equal("MNK", Parse(text).Organization);
    }

    [Fact]
    public void A_shops_name_quoted_after_its_service_word_is_a_brand()
    {
        string text = "不正アクセスに関するお詫び\n\nこの度、弊社が運営する通販サイト「港北47SHOP」が" + Leak;
        Assert.Contains("brand", FeaturesOf(text, "港北47SHOP"));
    }

    [Theory]
    [InlineData("現時点では、")]
    [InlineData("調査状況では、")]
    public void A_time_or_a_stage_before_では_is_no_name(string opening)
    {
        string text = "不正アクセスに関するお知らせ\n\n" + opening + "お客様の情報が流出した可能性は確認されておりません。\n";
        Assert.DoesNotContain(opening[..^3], CandidateNames(text));
    }

    [Fact]
    public void A_legal_name_ending_in_an_institutional_word_keeps_it_before_kana()
    {
        string text = "不正アクセスに関するお知らせ\n\n株式会社ミナト製作所の業務用サーバーが" + Leak;
        Assert.Equal("株式会社ミナト製作所", Parse(text).Organization);
    }

    [Fact]
    public void A_pointer_and_one_character_is_no_name_and_the_signature_is_chosen()
    {
        string text = "不正アクセスに関するお知らせ\n\n本会では、会員管理システムが" + Leak + "\n北浜県商工会連合会\n";
        var incident = Parse(text);
        Assert.DoesNotContain("本会", incident.OrganizationCandidates.Select(c => c.Name));
    }

    [Fact]
    public void A_shops_own_voice_and_its_brackets_are_not_part_of_a_name()
    {
        string text = "不正アクセスに関するお詫び\n\nこの度、当店【ミナトオンラインストア】におきまして、" + Leak;
        Assert.DoesNotContain(CandidateNames(text), n => n.Contains('【') || n.StartsWith("当店", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("弊社オンラインショップ")]
    [InlineData("当社ホームページ")]
    public void The_notices_own_things_are_never_its_name(string phrase)
    {
        string text = "不正アクセスに関するお詫び\n\n平素は" + phrase + "をご利用いただき、誠にありがとうございます。\nこの度、" + Leak;
        Assert.DoesNotContain(phrase, CandidateNames(text));
    }

    [Fact]
    public void An_organizations_notice_naming_its_group_companies_still_has_an_organization()
    {
        string text = "不正アクセスに関するお知らせ\n\n" +
            "みなと不動産株式会社、みなと不動産ビル管理株式会社、みなと不動産サービス株式会社、株式会社みなとホテルズ、株式会社みなとリゾートの" +
            "業務で利用するサーバーが" + Leak;
        Assert.NotNull(Parse(text).Organization);
    }
}
