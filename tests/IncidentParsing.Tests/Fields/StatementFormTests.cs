using static IncidentParsing.Model.FieldCategory;
using static IncidentParsing.Tests.Fields.FieldTestNotices;

namespace IncidentParsing.Tests.Fields;

public sealed class StatementFormTests
{
    [Fact]
    public void The_news_form_のは_names_the_data_after_the_predicate()
    {
        Assert.Equal(Set(Name, Address, Phone), FieldsOf("警察によると、流出したのは顧客の氏名や住所、電話番号など約1万件。"));
    }

    [Fact]
    public void What_a_discarded_or_dropped_document_held_is_leaked_data_even_where_no_leak_word_is_said()
    {
        var parser = IncidentParsing.Pipeline.IncidentParser.CreateDefault();
        static string News(string title, string body) => title + "\n\n" + body + "\n";
        var discarded = parser.Parse(News("港北署、車庫証明の書類890件を誤って廃棄", "港北署は13日、書類890件を誤って廃棄したと発表した。書類には延べ1172人の氏名、住所、電話番号が記載されていた。")).Incidents[0];
        Assert.Equal(Set(Name, Address, Phone), discarded.Fields.Select(f => f.Category).Distinct().Order().ToArray());
        var dropped = parser.Parse(News("みなと市、個人情報が記された文書を落とす", "みなと市は29日、職員が空き家所有者の氏名や住所、家の写真が記された文書を落としたと発表した。")).Incidents[0];
        Assert.Contains(Name, dropped.Fields.Select(f => f.Category));
        // Holding data is no leak where nothing went astray.
        var kept = parser.Parse(News("システム更新のお知らせ", "新しいシステムには氏名、住所が記載されています。")).Incidents[0];
        Assert.Empty(kept.Fields);
    }

    [Fact]
    public void A_complement_after_a_data_word_lists_the_fields()
    {
        Assert.Equal(Set(Name, Email), FieldsOf("漏えいした可能性がある情報は、氏名、メールアドレスです。"));
    }

    [Fact]
    public void A_sentence_announcing_a_list_reads_the_lines_below_it()
    {
        const string body = "閲覧された可能性のある情報は以下のとおりです。\n氏名\n住所\n保有ポイント数\n\nお客様にはパスワードの変更をお願いいたします。\n";
        var fields = Parse(body).Fields;
        Assert.Equal(Set(Name, Address, Other), fields.Select(f => f.Category).Distinct().Order().ToArray());
        Assert.Equal("保有ポイント数", Assert.Single(fields, f => f.Category == Other).Text);
    }

    [Fact]
    public void Contact_and_notification_sentences_name_no_leaked_field()
    {
        const string body = "対象のお客様には、登録されたメールアドレス宛に通知を送付します。氏名を名乗る不審な電話にご注意ください。";
        Assert.Empty(FieldsOf(body));
    }

    [Fact]
    public void Symbol_sub_headings_group_the_items_and_a_sentence_under_the_list_is_not_an_item()
    {
        const string body = """
            <流出した可能性のある情報>
            ■従業員に関する情報
            氏名、住所、給与情報
            なお、クレジットカード情報は当社では保有しておりません。
            <再発防止策>
            ・パスワードの強化
            """;
        var incident = Parse(body);
        Assert.All(incident.Fields, f => Assert.Equal("従業員に関する情報", f.Group));
        Assert.Equal(Set(Name, Address, Income), incident.Fields.Select(f => f.Category).Order().ToArray());
        Assert.Equal(CardNumber, Assert.Single(incident.ExcludedFields).Category);
    }

    [Fact]
    public void A_past_tense_statement_that_the_company_held_no_card_data_is_not_a_denial()
    {
        Assert.Empty(Parse("弊社ではクレジットカード情報を保有しておりませんでしたが、決済画面が改ざんされたため。").ExcludedFields);
    }

    [Fact]
    public void Data_named_after_the_people_it_is_about_is_not_other()
    {
        Assert.Empty(FieldsOf("顧客データおよび従業員情報が流出した可能性があります。"));
        Assert.Equal(Set(Other), FieldsOf("設計図データが流出した可能性があります。"));
    }

    [Fact]
    public void A_word_that_only_looks_like_a_leak_predicate_states_none()
    {
        Assert.Empty(FieldsOf("申込書には氏名、住所を漏れなくご記入ください。"));
    }

    [Fact]
    public void An_adverbial_clause_between_the_data_and_the_predicate_does_not_cut_the_phrase()
    {
        Assert.Equal(Set(Name, Email), FieldsOf("氏名やメールアドレスを、本人に周知することなく、外部事業者へ提供していた。"));
        Assert.Equal(Set(Location), FieldsOf("位置情報を利用者の同意を得ずに、第三者へ提供していました。"));
    }
}
