using static IncidentParsing.Model.FieldCategory;
using static IncidentParsing.Tests.Fields.FieldTestNotices;

namespace IncidentParsing.Tests.Fields;

public sealed class ExcludedFieldTests
{
    public static TheoryData<string> Denials => new()
    {
        "漏えいした情報は氏名です。なお、住所、電話番号は含まれておりません。",
        "漏えいした情報は氏名です。住所や電話番号はありません。",
        "漏えいした情報は氏名です。漏えいのおそれのある情報には住所や電話番号は含まれておらず、二次被害も確認されておりません。",
        "漏えいした情報は氏名です。当社は住所については暗号化しており、今回の流出の範囲には含まれていません。",
    };

    [Fact]
    public void Data_whose_leak_is_denied_by_name_is_excluded_but_not_what_以外_sets_apart_nor_what_the_organization_never_asks()
    {
        var denied = Parse("漏えいした情報は氏名です。※診療情報、クレジットカード情報の漏洩は、現時点で確認されておりません。");
        Assert.Equal(Set(CardNumber, Medical), denied.ExcludedFields.Select(f => f.Category).Distinct().Order().ToArray());
        Assert.DoesNotContain(denied.Fields, f => f.Category is CardNumber or Medical);
        // Not the data before another noun (情報漏洩の痕跡), nor where data flowed from (送付先から外部に流出).
        Assert.Empty(Parse("漏えいした情報は氏名です。別のサイトではカード情報漏洩の痕跡は確認されませんでした。").ExcludedFields);
        var except = Parse("漏えいした情報はメールアドレスです。なお、メールアドレス以外の個人情報は含まれておりません。");
        Assert.DoesNotContain(except.ExcludedFields, f => f.Category == Email);
        var warning = Parse("漏えいした情報は氏名です。当社からお電話でクレジットカード番号やパスワードをお聞きすることは一切ございません。");
        Assert.Empty(warning.ExcludedFields);
        Assert.Contains(Name, Parse("漏えいした情報はメールアドレスです。送信したメールに氏名などの個人情報は含まれていなかった。").ExcludedFields.Select(f => f.Category));
    }

    [Theory]
    [MemberData(nameof(Denials))]
    public void Data_stated_as_not_leaked_goes_to_excluded_fields_only(string body)
    {
        var incident = Parse(body);
        Assert.Contains(incident.ExcludedFields, f => f.Category == Address);
        Assert.DoesNotContain(incident.Fields, f => f.Category is Address or Phone);
        Assert.Contains(incident.Fields, f => f.Category == Name);
    }

    [Fact]
    public void Generic_card_information_is_excluded_as_card_number()
    {
        Assert.Equal(Set(CardNumber), ExcludedOf("流出した情報:氏名、住所\n(クレジットカード情報は含まれておりません)\n"));
    }

    [Fact]
    public void A_denial_inside_parentheses_excludes_only_what_it_names()
    {
        var incident = Parse("漏えいのおそれのある個人データ\n各端末に記録された患者ID及びカナ氏名(住所や電話番号はありません。)、診療科\n");
        Assert.Equal(Set(Address, Phone), incident.ExcludedFields.Select(f => f.Category).Distinct().Order().ToArray());
        Assert.Equal(Set(PatientId, NameKana, Medical), incident.Fields.Select(f => f.Category).Distinct().Order().ToArray());
    }

    [Fact]
    public void Other_data_not_published_is_excluded()
    {
        Assert.Equal(Set(Name, Email), ExcludedOf("※上記情報以外の氏名やメールアドレス等の情報は公開しておりません。"));
    }

    [Fact]
    public void A_leak_that_was_not_found_is_never_leaked_data_and_is_excluded_where_the_data_is_named_for_it()
    {
        // Real notices' gold reads "Xの流出は確認されておりません" as X stated as not leaked; a sentence about what
        // was checked (メールアドレスが流出していないことを確認) names no excluded data by that form.
        var incident = Parse("現時点でクレジットカード番号の流出は確認されておりません。メールアドレスが流出していないことを確認しました。");
        Assert.Empty(incident.Fields);
        Assert.Equal([CardNumber], incident.ExcludedFields.Select(f => f.Category).Distinct().ToArray());
    }
}
