using IncidentParsing.Model;
using static IncidentParsing.Model.FieldCategory;
using static IncidentParsing.Tests.Fields.FieldTestNotices;

namespace IncidentParsing.Tests.Fields;

public sealed class ListFormTests
{
    public static TheoryData<string, string> Separators => new()
    {
        { "読点", "漏えいした情報:氏名、住所、電話番号" },
        { "中黒", "漏えいした情報:氏名・住所・電話番号" },
        { "comma", "漏えいした情報:氏名,住所,電話番号" },
        { "slash", "漏えいした情報:氏名/住所/電話番号" },
        { "及び", "漏えいした情報:氏名、住所及び電話番号" },
        { "および", "漏えいした情報:氏名、住所および電話番号" },
        { "並びに", "漏えいした情報:氏名、住所並びに電話番号" },
        { "や", "お客様の氏名や住所、電話番号が流出した可能性があります。" },
    };

    [Theory]
    [MemberData(nameof(Separators))]
    public void Items_joined_by_any_separator_are_each_read(string form, string body)
    {
        Assert.True(form.Length > 0);
        Assert.Equal(Set(Name, Address, Phone), FieldsOf(body));
    }

    public static TheoryData<string> Bullets => new()
    {
        "【漏えいした可能性のある情報】\n・氏名\n・住所\n・電話番号\n",
        "【漏えいした可能性のある情報】\n  • 氏名\n  • 住所\n  • 電話番号\n",
        "【漏えいした可能性のある情報】\n- 氏名\n- 住所\n- 電話番号\n",
        "2.漏えいした可能性のある情報\n①氏名\n②住所\n③電話番号\n3.今後の対応\n",
        "流出した個人情報\n\n氏名\n住所\n電話番号\n\n発生原因\n\n調査中です。\n",
    };

    [Theory]
    [MemberData(nameof(Bullets))]
    public void Bulleted_and_one_per_line_lists_under_a_heading_are_read(string body)
    {
        Assert.Equal(Set(Name, Address, Phone), FieldsOf(body));
    }

    [Fact]
    public void Inline_parentheses_after_a_generic_head_are_read()
    {
        var fields = FieldsOf("【紛失したUSBメモリに保存されていた個人情報】\n病院の患者情報(患者ID、氏名、生年月日、診断名)120名分\n");
        Assert.Equal(Set(PatientId, Name, BirthDate, Medical), fields);
    }

    [Fact]
    public void A_generic_head_with_等_keeps_the_specific_fields_and_adds_nothing()
    {
        Assert.Equal(Set(Name, Address), FieldsOf("氏名、住所等の個人情報が漏えいした可能性があります。"));
        Assert.Equal(Set(Name, Email), FieldsOf("メールアドレスおよびお名前などの個人情報が流出しました。"));
    }

    [Fact]
    public void A_sentence_stating_the_leak_names_the_fields_even_without_a_list_heading()
    {
        var fields = FieldsOf("調査の結果、42名の患者様の個人情報(漢字氏名、カナ氏名、患者番号等)が、動画の中で6秒間、公開されている状態となっておりました。");
        Assert.Equal(Set(Name, NameKana, PatientId), fields);
    }

    [Fact]
    public void Field_words_in_measures_and_contact_sections_are_not_leaked_fields()
    {
        const string body = """
            1.漏えいした情報
            メールアドレス
            2.再発防止策
            ・パスワードの定期的な変更を徹底します。
            ・ログインIDの管理を見直し、流出を防止します。
            3.お問い合わせ窓口
            電話番号:0120-000-000
            """;
        Assert.Equal(Set(Email), FieldsOf(body));
    }

    [Fact]
    public void A_field_word_used_as_a_verb_or_inside_another_noun_is_not_a_field()
    {
        // 動画サイト is a site, not an image; 所属する is a verb; 13名 is a count, not 名.
        Assert.Empty(FieldsOf("職員が所属する部署で動画サイトを閲覧していたところ、13名の個人情報が流出しました。"));
    }

    [Fact]
    public void An_unknown_item_in_a_clear_list_is_other_but_prose_under_the_heading_is_not()
    {
        const string body = "【閲覧できる状態であった情報】\n氏名、学年、寮棟名、部屋番号\n上記について、別途ご連絡いたします。\n";
        var fields = Parse(body).Fields;
        Assert.Equal(["寮棟名", "部屋番号"], fields.Where(f => f.Category == Other).Select(f => f.Text));
        Assert.Equal(4, fields.Count);
    }

    [Fact]
    public void An_unknown_data_compound_in_a_leak_statement_is_other()
    {
        Assert.Equal(Set(Other), FieldsOf("社員が機密情報を無断で持ち出していたことが判明しました。"));
        Assert.Empty(FieldsOf("お客様の個人情報が流出した可能性があります。"));
    }

    [Fact]
    public void A_list_in_parentheses_inside_a_statement_is_read_item_by_item_and_its_head_is_not_an_item()
    {
        var fields = Parse("当院の看護師が、患者情報が記載されたメモ(患者氏名、病室番号、病名)を院外で紛失しました。").Fields;
        Assert.Equal(Set(Name, Other, Medical), fields.Select(f => f.Category).Distinct().Order().ToArray());
        Assert.Equal("病室番号", Assert.Single(fields, f => f.Category == Other).Text);
    }
}
