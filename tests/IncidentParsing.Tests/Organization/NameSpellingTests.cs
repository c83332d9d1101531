using IncidentParsing.Extractors.Organization;
using IncidentParsing.Lexicons;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Organization;

/// <summary>
/// How real notices spell names and speak of the companies beside them: kana inside a company's name, a name written
/// with its legal form short and in full, the notice's pointer with its name in brackets (弊社(X)), a system's maker in
/// brackets, a short name that later reports. Notices written here in those shapes.
/// </summary>
public sealed class NameSpellingTests
{
    private static readonly IncidentParser Parser = new IncidentParserBuilder().UseDefaults().UseOrganization(o => o.MaxCandidates = 20).Build();
    private static readonly NameScanner Scanner = new(new OrganizationLexicon(Lexicon.ReadEmbedded("Extractors/Organization/organization.tsv")));

    private static Incident Parse(string text) => Assert.Single(Parser.Parse(text).Incidents);

    private static OrganizationCandidate Candidate(Incident incident, string name) =>
        Assert.Single(incident.OrganizationCandidates, c => c.Name == name);

    private static List<string> Names(string text) =>
        Scanner.FindAll(text, 0, text.Length).Select(n => text[n.Span.Start..n.Span.End]).ToList();

    [Theory]
    [InlineData("このたび、ミナミのかぜ株式会社(道の駅かぜ)におきまして、", "ミナミのかぜ株式会社")]
    [InlineData("委託先一覧:アオバ生命保険株式会社、ヒカリあおぞら生命保険株式会社、", "ヒカリあおぞら生命保険株式会社")]
    [InlineData("子会社である「ひばりキャピタル株式会社」のホームページにおいて", "ひばりキャピタル株式会社")]
    public void Kana_inside_a_company_name_belong_to_it(string text, string name)
    {
        Assert.Contains(name, Names(text));
    }

    [Theory]
    [InlineData("弊社はサクラ物産株式会社に委託しております。", "サクラ物産株式会社")]
    [InlineData("システム導入にあたりカエデシステム株式会社と契約しました。", "カエデシステム株式会社")]
    [InlineData("保存されていたモミジ商事株式会社の資料", "モミジ商事株式会社")]
    [InlineData("政策連携団体及び地方独立行政法人", null)]
    [InlineData("平素より格別のご高配を賜り", null)]
    public void Particles_and_inflections_before_a_name_stay_outside_it(string text, string? name)
    {
        var names = Names(text);
        if (name is null)
        {
            Assert.DoesNotContain(names, n => n.Contains('及') || n == "格別");
        }
        else
        {
            Assert.Contains(name, names);
        }
    }

    [Fact]
    public void A_generic_word_and_an_ending_joined_by_a_middle_dot_name_nothing()
    {
        Assert.Empty(Names("今後、会社・学院では情報セキュリティ体制を強化します。"));
        Assert.Contains("東山中学・高等学校", Names("東山中学・高等学校において"));
    }

    [Fact]
    public void A_name_written_short_and_in_full_is_one_company_with_what_is_said_of_either()
    {
        const string text = "卒業アルバム制作業者への不正アクセスについて\n\n" +
            "卒業アルバムの作成を受注していた有限会社ツツジ写真館(以下、(有)ツツジ写真館)において、" +
            "再受注先である株式会社カスミ印刷(以下、(株)カスミ印刷)が運用するサーバーに対し、不正アクセスが発生しました。" +
            "それにより、生徒の氏名と写真が漏えいしたおそれがあります。\n" +
            "(株)カスミ印刷から(有)ツツジ写真館に対し、事案の報告がありました。\n" +
            "(株)カスミ印刷では、個人情報保護委員会への報告を行っています。\n\n" +
            "北浜市立北浜高等学校\n";
        var incident = Parse(text);
        Assert.Equal(1, Candidate(incident, "(株)カスミ印刷").Features["contractor"]); // said of 株式会社カスミ印刷
        Assert.Equal(0, Candidate(incident, "(株)カスミ印刷").Features.GetValueOrDefault("list")); // four spellings, two companies
        Assert.Equal("北浜市立北浜高等学校", incident.Organization);
    }

    [Fact]
    public void The_notice_pointing_at_itself_with_its_name_in_brackets_defines_its_voice()
    {
        const string text = "メールセキュリティサービスへの不正アクセスについて(続報)\n\n" +
            "先般、弊社が利用しております株式会社クジラネット(クジラ)のメールサービスにおいて、不正アクセスが発生しました。\n" +
            "その後、クジラによる調査が完了し、弊社(株式会社イルカソリューションズ)内における情報の漏洩はなかったことが確認されました。\n";
        var incident = Parse(text);
        Assert.Equal("株式会社イルカソリューションズ", incident.Organization);
        Assert.Equal(1, Candidate(incident, "株式会社イルカソリューションズ").Features["self"]);
        Assert.Equal(1, Candidate(incident, "株式会社クジラネット").Features["provider"]); // 利用しております X
    }

    [Fact]
    public void A_pointer_defines_only_a_name_of_its_kind()
    {
        // 本学 points at a university, not at the company in brackets after it.
        const string text = "不正アクセスについて\n\n本学(株式会社マツ情報)のサーバーで不正アクセスがありました。\n";
        var incident = Parse(text);
        Assert.Equal(0, Candidate(incident, "株式会社マツ情報").Features.GetValueOrDefault("self"));
    }

    [Fact]
    public void A_system_maker_in_brackets_and_a_short_name_that_reports_are_others()
    {
        const string text = "システム障害に関するお知らせ\n\n" +
            "平素より、ツル宅配サービスをご利用いただきありがとうございます。\n" +
            "ツル宅配サービスの運営で使用するカートシステム「たまごカート」(提供:ヒヨコ株式会社)において第三者の不正アクセスが確認されました。\n" +
            "ラジオツルが利用している株式会社ペンギン通信(以下、ペンギン)が提供するメールサービスが不正アクセスを受けた旨の報告をペンギンから受けました。\n\n" +
            "ツル製紙株式会社\n";
        var incident = Parse(text);
        Assert.Equal(1, Candidate(incident, "ヒヨコ株式会社").Features["provider"]);
        Assert.Equal(1, Candidate(incident, "株式会社ペンギン通信").Features["reporter"]);
        Assert.Equal("ツル製紙株式会社", incident.Organization);
    }

    [Fact]
    public void A_school_named_with_gakuin_is_a_name()
    {
        const string text = "シラサギ学院に対するランサムウェア攻撃について(報告)\n\n" +
            "ネットワークの障害は全面復旧いたしました。本学院の保有する情報が漏洩したことを完全に否定することはできません。\n";
        Assert.Equal("シラサギ学院", Parse(text).Organization);
    }
}
