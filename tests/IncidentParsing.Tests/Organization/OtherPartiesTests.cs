using IncidentParsing.Extractors.Organization;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Organization;

/// <summary>
/// How real notices speak of the others they name, and of themselves beside them: a company in the third person
/// (X(以下「Y社」)), an address, a pair that speaks as one (以下「当社ら」), a department under its institution, what
/// the notice runs (弊社が運営する「X」). Notices written here in those shapes.
/// </summary>
public sealed class OtherPartiesTests
{
    private static readonly IncidentParser Parser = new IncidentParserBuilder().UseDefaults().UseOrganization(o => o.MaxCandidates = 20).Build();

    private static Incident Parse(string text) => Assert.Single(Parser.Parse(text).Incidents);

    private static OrganizationCandidate Candidate(Incident incident, string name) =>
        Assert.Single(incident.OrganizationCandidates, c => c.Name == name);

    [Fact]
    public void A_company_given_a_third_person_short_name_is_another_party_even_after_its_profile()
    {
        const string text = "業務委託先におけるランサムウェア被害について\n\n" +
            "当社が調査業務を委託している株式会社カモメ調査(代表取締役:青木 一郎、以下「カモメ調査社」)において、" +
            "ランサムウェアによる被害が発生し、当社のお客様の氏名及び住所が流出したおそれがあることが判明しました。\n" +
            "カモメ調査社によると、現時点で情報の悪用は確認されていないとのことです。\n\n" +
            "ハヤブサ生命保険株式会社\n";
        var incident = Parse(text);
        Assert.Equal("ハヤブサ生命保険株式会社", incident.Organization);
        var contractor = Candidate(incident, "株式会社カモメ調査");
        Assert.Equal(1, contractor.Features["alias.company"]);
        Assert.Equal(0, contractor.Features.GetValueOrDefault("self")); // a profile followed by X社 is no self-definition
    }

    [Fact]
    public void Of_two_names_defined_as_one_voice_the_first_speaks()
    {
        const string text = "不正アクセスによる個人情報漏えいのおそれについて\n\n" +
            "株式会社アオサギ警備並びにその関連会社である株式会社アオサギサービス(以下「当社ら」といいます)の" +
            "サーバーが不正アクセスを受け、従業員の氏名及び住所が流出したおそれがあります。\n";
        var incident = Parse(text);
        Assert.Equal("株式会社アオサギ警備", incident.Organization);
        Assert.Equal(1, Candidate(incident, "株式会社アオサギ警備").Features["self"]);
    }

    [Fact]
    public void An_address_is_where_another_is_not_who_reports()
    {
        const string text = "海外子会社への不正アクセスについて\n\n" +
            "当社グループの生産拠点である台湾ツバメ電子股份有限公司(所在地:台湾新北市板橋区、以下「TTE」)のサーバーが" +
            "不正アクセスを受け、取引先の担当者の氏名が流出した可能性があります。\n\n" +
            "ツバメ精機株式会社\n";
        var incident = Parse(text);
        Assert.Equal("ツバメ精機株式会社", incident.Organization);
        Assert.Equal(1, Candidate(incident, "台湾新北市板橋区").Features["address"]);
    }

    [Fact]
    public void A_cue_before_a_particle_belongs_to_the_name_before_it()
    {
        const string text = "委託事業における不正アクセスについて\n\n" +
            "北浜県が実施する就労支援事業の委託事業者である株式会社ウミネコスタッフにおいて不正アクセスがあり、" +
            "参加者の氏名とメールアドレスが流出した可能性があります。同日、委託事業者から北浜県担当者へ報告がありました。\n";
        var incident = Parse(text);
        Assert.Equal(1, Candidate(incident, "株式会社ウミネコスタッフ").Features["contractor"]);
        Assert.Equal(0, Candidate(incident, "北浜県").Features.GetValueOrDefault("contractor"));
    }

    [Fact]
    public void A_department_brings_its_institution_as_a_candidate()
    {
        const string text = "メールの誤送信について\n\n" +
            "南港大学情報基盤センターにおいて、学生の氏名とメールアドレスを含むファイルを誤って外部に送信しました。\n";
        var incident = Parse(text);
        Assert.Equal(1, Candidate(incident, "南港大学").Features["head"]);
        // One name made of two endings is no department (水道広域連合企業団).
        var scanner = new NameScanner(new OrganizationLexicon(IncidentParsing.Lexicons.Lexicon.ReadEmbedded("Extractors/Organization/organization.tsv")));
        const string whole = "西浜水道広域連合企業団";
        Assert.Null(scanner.HeadOf(whole, new IncidentParsing.Text.TextSpan(0, whole.Length)));
        const string founded = "県立高等学校";
        Assert.DoesNotContain(scanner.FindAll(founded, 0, founded.Length), n => n.Span.Length == founded.Length);
    }

    [Fact]
    public void What_the_notice_runs_in_its_own_voice_is_its_brand_and_brackets_around_a_signature_go()
    {
        const string text = "不正アクセスに関するお詫び\n\n" +
            "弊社が運営しております「ほしぞらフットサルパーク Star Field」(https://example.jp/)の予約システムが不正アクセスを受け、" +
            "会員の氏名とメールアドレスが流出した可能性がございます。\n\n" +
            "【一般財団法人ホシゾラ振興機構】\n";
        var incident = Parse(text);
        Assert.Equal(1, Candidate(incident, "ほしぞらフットサルパーク Star Field").Features["brand"]);
        Assert.Equal(1, Candidate(incident, "一般財団法人ホシゾラ振興機構").Features["signature"]);
        Assert.DoesNotContain(incident.OrganizationCandidates, c => c.Name.Contains('【') || c.Name.Contains('】'));
    }

    [Fact]
    public void A_cue_after_a_list_takes_each_of_its_names_so_a_regulator_reported_to_is_no_organization()
    {
        const string text = "不正アクセス事案の状況について\n\n" +
            "9月3日に当社のサーバーが不正アクセスを受けたことを確認しました。\n" +
            "個人情報保護委員会、警察に報告の上、外部専門機関の協力のもと調査を進めております。\n";
        var incident = Parse(text);
        Assert.Null(incident.Organization);
        Assert.Equal(1, Candidate(incident, "個人情報保護委員会").Features["authority"]);
    }

    [Fact]
    public void A_double_space_parts_an_organization_from_its_facility()
    {
        const string text = "予約サイトへの不正アクセスについて\n\n" +
            "この度、SETO BASE  HOTEL MINATOにおいて利用している予約サイトが不正アクセスを受け、宿泊者の氏名が流出した可能性があります。\n";
        Assert.Equal("SETO BASE", Parse(text).Organization);
    }
}
