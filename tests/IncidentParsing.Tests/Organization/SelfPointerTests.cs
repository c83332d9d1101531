using IncidentParsing.Extractors.Organization;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Organization;

/// <summary>
/// How a notice speaks of itself (当組合, 本学, 弊社) weighs the name of its own kind; an address in brackets after a
/// name, a word an ending's character opens (市場, 区分) and words that merely end like a name are no organization.
/// Notices written here in the shapes real ones take.
/// </summary>
public sealed class SelfPointerTests
{
    private static readonly IncidentParser Parser = new IncidentParserBuilder().UseDefaults().UseOrganization(o => o.MaxCandidates = 20).Build();
    private static readonly OrganizationLexicon Lexicon = new(IncidentParsing.Lexicons.Lexicon.ReadEmbedded("Extractors/Organization/organization.tsv"));

    private static Incident Parse(string text) => Assert.Single(Parser.Parse(text).Incidents);

    private static double Feature(Incident incident, string name, string feature) =>
        Assert.Single(incident.OrganizationCandidates, c => c.Name == name).Features.GetValueOrDefault(feature);

    // A contractor named first and most often, the notice's own name once, and the notice pointing at itself.
    private const string CooperativeNotice = "業務委託先における不正アクセスについて\n\n" +
        "このたび、湖南漁業協同組合の組合員管理業務を委託している株式会社ハクチョウ情報サービスにおいて、" +
        "株式会社ハクチョウ情報サービスのサーバーが不正アクセスを受け、当組合の組合員の氏名及び住所が外部に流出した可能性があることが判明しました。\n" +
        "株式会社ハクチョウ情報サービスによると、現時点で情報の悪用は確認されていないとのことです。\n" +
        "当組合では、対象となる組合員の皆様に個別にご連絡を差し上げております。\n";

    [Fact]
    public void The_notice_pointing_at_its_own_kind_weighs_that_name_over_a_contractor_named_more_often()
    {
        var incident = Parse(CooperativeNotice);
        Assert.Equal("湖南漁業協同組合", incident.Organization);
        Assert.Equal(1, Feature(incident, "湖南漁業協同組合", "pointed"));
        Assert.Equal(0, Feature(incident, "株式会社ハクチョウ情報サービス", "pointed"));
        Assert.Contains(incident.Parties, p => p.Name == "株式会社ハクチョウ情報サービス" && p.Role == PartyRole.Contractor);
    }

    [Theory]
    // 当社 points at a company, 弊法人 at a legal person (each company a company names is of its kind: a weaker
    // feature of its own), 本学 at a university's last character, 当組合 at a tail of 協同組合.
    [InlineData("当社のサーバーに対し", "株式会社ミナトデータ", "pointed.legal", 1)]
    [InlineData("弊法人のサーバーに対し", "社会福祉法人山彦会", "pointed.legal", 1)]
    [InlineData("本学のサーバーに対し", "東港国際大学", "pointed", 1)]
    [InlineData("当組合のサーバーに対し", "北浜漁業協同組合", "pointed", 1)]
    // 本社 and 当局 open with a pointer but point at nobody; 松本市 holds 本市 inside a name.
    [InlineData("本社のサーバーに対し", "株式会社ミナトデータ", "pointed.legal", 0)]
    [InlineData("当局のサーバーに対し", "東海財務局", "pointed", 0)]
    [InlineData("松本市内のサーバーに対し", "光丘市", "pointed", 0)]
    public void A_pointer_takes_the_ending_a_legal_form_or_a_tail_of_the_ending(string pointing, string name, string feature, double expected)
    {
        string text = "不正アクセスに関するお知らせ\n\n" + name + "の業務システムについてお知らせします。" + pointing +
            "外部からの不正アクセスがあり、利用者の氏名とメールアドレスが流出した可能性があります。\n";
        Assert.Equal(expected, Feature(Parse(text), name, feature));
    }

    [Fact]
    public void A_name_in_brackets_after_another_is_its_address_or_alias_and_never_the_organization()
    {
        const string text = "ランサムウェア被害について\n\n" +
            "株式会社カワセミ物流(白鷺市)は、社内のサーバーがランサムウェアに感染し、取引先の担当者の氏名と電話番号が" +
            "流出した可能性があると発表しました。\n";
        var incident = Parse(text);
        Assert.Equal("株式会社カワセミ物流", incident.Organization);
        Assert.Equal(1, Feature(incident, "白鷺市", "bracketed"));
        Assert.Equal(0, Feature(incident, "株式会社カワセミ物流", "bracketed"));
    }

    [Theory]
    // The ending's character opens a word: a market, a division, a section.
    [InlineData("国内の不動産投資市場の動向について", "不動産投資市場")]
    [InlineData("料金の区分と区間について", "区分")]
    // 県 after katakana: a campaign's name, no prefecture.
    [InlineData("マナーアップ県民運動のお知らせ", "マナーアップ県")]
    public void A_run_whose_ending_opens_a_word_or_follows_no_name_is_no_candidate(string text, string notName)
    {
        var names = new NameScanner(Lexicon).FindAll(text, 0, text.Length).Select(n => text[n.Span.Start..n.Span.End]).ToArray();
        Assert.DoesNotContain(names, n => n.Contains(notName, StringComparison.Ordinal));
    }

    [Fact]
    public void Real_prefectures_and_markets_named_as_such_still_are_names()
    {
        const string text = "青葉県中央卸売市場における個人情報の紛失について";
        var names = new NameScanner(Lexicon).FindAll(text, 0, text.Length).Select(n => text[n.Span.Start..n.Span.End]).ToArray();
        Assert.Equal(["青葉県"], names);
    }

    [Theory]
    [InlineData("連絡先")]
    [InlineData("取引銀行")]
    [InlineData("振込銀行")]
    [InlineData("各小中学校")]
    [InlineData("反省")]
    public void Words_that_end_like_a_name_are_generic(string word) => Assert.True(Lexicon.IsGeneric(word));
}
