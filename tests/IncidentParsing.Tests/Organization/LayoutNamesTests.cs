using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Organization;

/// <summary>The organization of an organization's own notice or a news article, read where real ones name it.</summary>
public sealed class LayoutNamesTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    private const string Body = "\n\nこのたび、弊社の通販サイトが第三者による不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明しました。\n";

    private static string? Organization(string text) => Assert.Single(Parser.Parse(text).Incidents).Organization;

    [Theory]
    [InlineData("お客様各位\n2031年4月2日\n株式会社みなと商会\n代表取締役 青木 一郎\n\n不正アクセスに関するお詫びとご報告" + Body, "株式会社みなと商会")]
    [InlineData("不正アクセスに関するお詫びとご報告\n2031年4月2日\nみなと商会株式会社 総務部" + Body, "みなと商会株式会社")]
    [InlineData("各 位\n株式会社 み な と 銀 行\n不正アクセスに関するお詫びとご報告" + Body, "株式会社 み な と 銀 行")]
    public void An_issuer_line_names_the_organization(string text, string expected) => Assert.Equal(expected, Organization(text));

    [Fact]
    public void A_signature_names_it_and_a_mayor_keeps_the_city()
    {
        string text = "メールの誤送信について\n\nこの度、市の職員が市民の皆様のメールアドレスを誤って送信し、個人情報が漏えいしました。\n深くお詫び申し上げます。\n\nみさき市長 青木 一郎\n";
        Assert.Equal("みさき市", Organization(text));
    }

    [Theory]
    [InlineData("病院で患者名簿を紛失\n\n港北市の港北中央病院は13日、入院患者約300人分の名簿を紛失したと発表した。\n", "港北中央病院")]
    [InlineData("通販サイトに不正アクセス\n\n離島便を運航するみなと汽船(港北市)は9日、予約サイトが不正アクセスを受けたと発表した。\n", "みなと汽船")]
    public void A_news_lead_names_its_subject(string text, string expected) => Assert.Equal(expected, Organization(text));

    [Fact]
    public void A_self_definition_after_a_company_profile_names_it_but_a_contractor_defined_alike_does_not()
    {
        string text = "不正アクセスに関するお知らせ\n\n株式会社ミナトテック(本社:港北市、代表取締役社長:青木一郎、以下「ミナトテック」)は、" +
            "業務を委託している株式会社ソトガワ(以下「委託先」)のサーバーが不正アクセスを受け、個人情報が流出したおそれがあることを確認しました。\n";
        Assert.Equal("株式会社ミナトテック", Organization(text));
        string contractorOnly = "不正アクセスに関するお知らせ\n\n業務を委託している株式会社ソトガワ(以下「委託先」)のサーバーが不正アクセスを受け、" +
            "個人情報が流出したおそれがあることを確認しました。\n\n【お問い合わせ先】みなと商会株式会社 お客様窓口\n";
        Assert.Equal("みなと商会株式会社", Organization(contractorOnly));
    }

    [Fact]
    public void A_time_word_before_は_is_no_subject()
    {
        string text = "不正アクセスに関するお知らせ\n\n今後は、不正アクセスの再発防止に努めてまいります。\n";
        Assert.Null(Organization(text));
    }
}
