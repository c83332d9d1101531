using IncidentParsing.Extractors.Fields;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using static IncidentParsing.Model.FieldCategory;
using static IncidentParsing.Tests.Fields.FieldTestNotices;

namespace IncidentParsing.Tests.Fields;

public sealed class CompoundAndGroupTests
{
    [Theory]
    [InlineData("カード名義人名", CardHolder)]
    [InlineData("クレジットカード名義人名", CardHolder)]
    [InlineData("携帯電話番号", Phone)]
    [InlineData("自宅電話番号", Phone)]
    [InlineData("保護者の名前", Family)]
    [InlineData("保険会社名", ContractInfo)]
    [InlineData("会社名", Employment)]
    [InlineData("申請者氏名", Name)]
    [InlineData("カナ氏名", NameKana)]
    [InlineData("患者 ID", PatientId)]
    [InlineData("クレジットカード情報", CardNumber)]
    [InlineData("緊急連絡先情報", EmergencyContact)]
    public void A_compound_maps_to_its_most_specific_category(string phrase, FieldCategory expected)
    {
        var field = Assert.Single(Parse("漏えいした情報:" + phrase).Fields);
        Assert.Equal(expected, field.Category);
        Assert.Equal(phrase, field.Text);
    }

    [Fact]
    public void A_parenthesis_naming_a_second_kind_of_data_yields_both()
    {
        Assert.Equal(Set(Email, LoginId), FieldsOf("漏洩した可能性のある情報は以下のとおりです。\n・メールアドレス(本件サイトのログインID)\n"));
    }

    [Fact]
    public void Bracketed_sub_headings_become_the_group_and_任意_marks_optional()
    {
        const string body = """
            2.個人情報漏えい状況
            〈会員情報〉
              • 氏名
              • 職業(任意)
            〈お届け先情報〉
              • 住所
            3.お客様へのお願い
            """;
        var fields = Parse(body).Fields;
        Assert.Collection(fields,
            f => { Assert.Equal((Name, "会員情報", (bool?)null), (f.Category, f.Group, f.Optional)); },
            f => { Assert.Equal((Employment, "会員情報", (bool?)true), (f.Category, f.Group, f.Optional)); },
            f => { Assert.Equal((Address, "お届け先情報", (bool?)null), (f.Category, f.Group, f.Optional)); });
    }

    [Fact]
    public void Field_text_and_offsets_point_at_the_original_characters()
    {
        const string body = "漏えいした情報:氏名、ＦＡＸ番号、メールアドレス";
        string input = Header + body;
        var incident = new IncidentParsing.Pipeline.IncidentParserBuilder().UseFields().Build().Parse(input).Incidents[0];
        var fax = Assert.Single(incident.Fields, f => f.Category == Fax);
        Assert.Equal("ＦＡＸ番号", fax.Text);
        Assert.All(incident.Fields, f => Assert.Equal(f.Text, input[f.Start..f.End]));
    }
}
