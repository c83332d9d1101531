using static IncidentParsing.Model.FieldCategory;
using static IncidentParsing.Tests.Fields.FieldTestNotices;

namespace IncidentParsing.Tests.Fields;

/// <summary>Shapes of real notices' data lists, in wording made up for the tests.</summary>
public sealed class RealShapeTests
{
    [Fact]
    public void A_heading_line_ending_in_a_colon_heads_the_lines_below_it()
    {
        const string body = "流出したおそれのある情報:\n取引先情報(会社名、役職、電話番号):120件\n会員のメールアドレス:3,400件\n";
        Assert.Equal(Set(Employment, Phone, Email), FieldsOf(body));
    }

    [Fact]
    public void A_line_counting_who_was_affected_is_not_a_list_of_data()
    {
        const string body = "2.漏えいした可能性のある情報\n①通院中の患者様:約2万人\n②患者ID、氏名、性別\n3.今後の対応\n";
        Assert.Equal(Set(PatientId, Name, Gender), FieldsOf(body));
    }

    [Fact]
    public void A_label_ending_in_a_person_followed_by_data_is_still_a_list()
    {
        const string body = "4 紛失した個人情報\n(1)講座の参加者:氏名及び学校名、学年\n5 今後の対応\n";
        Assert.Equal(Set(Name, SchoolRecord), FieldsOf(body));
    }

    [Fact]
    public void A_list_wrapped_inside_brackets_continues_on_the_next_line()
    {
        const string body = "・参加者が閲覧できた情報は、「メールアドレス」「学年」「保護者名」「自宅の電話\n番号」「保護者の電話番号」です。\n";
        Assert.Equal(Set(Email, SchoolRecord, Family), FieldsOf(body));
    }

    [Fact]
    public void A_list_wrapped_after_its_comma_is_one_phrase()
    {
        const string body = "検査を受けた120名の患者様の氏名,病名,年齢,\n性別,病歴番号などの情報が記載されておりました。\n";
        Assert.Equal(Set(Name, Medical, Age, Gender, PatientId), FieldsOf(body));
    }

    [Fact]
    public void A_news_sentence_naming_the_doubtful_data_after_のは_is_read()
    {
        const string body = "サンプル社は10日、流出の疑いがあるのは、購読者の名前やメールアドレス、会社名、住所などと発表した。\n";
        Assert.Equal(Set(Name, Email, Employment, Address), FieldsOf(body));
    }

    [Fact]
    public void A_line_of_data_words_with_a_count_is_an_item()
    {
        const string body = "アンケートの案内を宛先を表示したまま送信しました。\n参加者のメールアドレス 420件\n対象件数 420件\n";
        Assert.Equal(Set(Email), FieldsOf(body));
    }

    [Theory]
    [InlineData("Q3 私のカード情報は漏えいしたのですか?\nA3 カード情報はお預かりしておりません。\n")]
    [InlineData("よくあるご質問\nクレジットカード情報も漏えいしたのではないですか?\n")]
    public void A_readers_question_states_no_leak(string body)
    {
        Assert.DoesNotContain(CardNumber, FieldsOf(body));
    }

    [Fact]
    public void A_conjunction_after_a_comma_is_not_part_of_the_other_item()
    {
        var fields = Parse("2.流出した個人情報\n会員10人分の会員番号、イニシャル、及び趣味に関わる情報\n3.対応\n").Fields;
        Assert.Equal(Set(MemberId, Name, Other), fields.Select(f => f.Category).Distinct().Order().ToArray());
        Assert.Contains(fields, f => f.Category == Other && f.Text == "趣味に関わる情報");
    }

    [Fact]
    public void Data_denied_for_some_people_but_leaked_for_others_is_not_excluded()
    {
        const string body = "20名のお客様のメールアドレスが流出しました。\nなお、その他のお客様のメールアドレスの流出はございません。\n住所は含まれておりません。\n";
        var incident = Parse(body);
        Assert.Contains(incident.Fields, f => f.Category == Email);
        Assert.Equal([Address], incident.ExcludedFields.Select(f => f.Category).ToArray());
    }

    [Fact]
    public void A_verbless_news_sentence_after_the_leak_names_the_data()
    {
        const string body = "北浜病院は4日、患者約2万人分の個人情報が流出した可能性があると発表した。\n病院によると、患者や職員の名前や住所、電話番号や病歴など。\n";
        Assert.Equal(Set(Name, Address, Phone, Medical), FieldsOf(body));
    }

    [Theory]
    [InlineData("当社サーバーが不正アクセスを受けました。\n(注釈3)\n他社から流出したIDとパスワードの組を用いる攻撃をいいます。\n")]
    [InlineData("当社サーバーが不正アクセスを受けました。\n※1:他社から流出したIDとパスワードの組を用いる攻撃をいいます。\n")]
    [InlineData("二段階認証を設定すれば、パスワード流出があってもログインは防げます。\n")]
    [InlineData("万が一パスワードが流出した場合に備え、定期的に変更してください。\n")]
    public void A_footnote_or_a_hypothesis_states_no_leak(string body)
    {
        Assert.Empty(FieldsOf(body));
    }

    [Fact]
    public void A_short_line_naming_the_data_after_a_leak_verb_is_read()
    {
        const string body = "1 概要\n案内メールを宛先を表示したまま送信しました。\n(2)流出したメールアドレス(4名分)\n(3)流出した姓(2名分)\n2 原因\n";
        Assert.Equal(Set(Email, Name), FieldsOf(body));
    }

    [Fact]
    public void Symbol_marked_lines_naming_data_are_items_not_groups()
    {
        const string body = "■漏洩した可能性のある情報\n漏洩した可能性がある情報は次のとおりです。\n\n◆ メールアドレス\n\n◆ 漢字氏名\n\n◆ 学籍番号\n\n■お問い合わせ\n";
        var fields = Parse(body).Fields;
        Assert.Equal(Set(Email, Name, StudentId), fields.Select(f => f.Category).Distinct().Order().ToArray());
        Assert.All(fields, f => Assert.Null(f.Group));
    }

    [Fact]
    public void A_spoofed_mails_sender_display_is_not_leaked_data()
    {
        const string body = "当社社員を装った不審なメールが送信されています。\n不審なメールは、送信者の名前は当社社員の名前が表示されておりますが、メールアドレスは異なるアドレスが表示されております。\n";
        Assert.Empty(FieldsOf(body));
    }

    [Fact]
    public void A_data_word_used_as_a_place_or_means_is_not_a_field()
    {
        Assert.Empty(FieldsOf("職員が所属する部署で動画サイトを閲覧していたことが分かりました。"));
        Assert.Equal(Set(Employment), FieldsOf("漏えいした情報:部署、役職名"));
    }

    [Theory]
    [InlineData("処方箋", Medical)]
    [InlineData("健康調査結果", Medical)]
    [InlineData("アレルギー情報", Medical)]
    [InlineData("カルテ情報", Medical)]
    [InlineData("居住市町村", Address)]
    [InlineData("振込先口座", BankAccount)]
    [InlineData("注文番号", PurchaseHistory)]
    [InlineData("法人名", Employment)]
    [InlineData("マイナンバーカード情報", GovernmentId)]
    [InlineData("保護者の連絡先", Family)]
    [InlineData("病歴番号", PatientId)]
    [InlineData("接種履歴", Medical)]
    [InlineData("職位", Employment)]
    [InlineData("電子カルテ", Medical)]
    [InlineData("緊急連絡カード", EmergencyContact)]
    public void Words_real_lists_use_have_their_category(string phrase, IncidentParsing.Model.FieldCategory expected)
    {
        var field = Assert.Single(Parse("漏えいした情報:" + phrase).Fields);
        Assert.Equal(expected, field.Category);
    }

    [Fact]
    public void A_record_read_without_need_is_medical_data()
    {
        const string body = "看護助手が知人である入院患者の電子カルテを興味本位で閲覧していたことが、記録の点検で分かりました。\n";
        Assert.Contains(Medical, FieldsOf(body));
    }

    [Fact]
    public void 流失_is_a_leak_like_流出()
    {
        Assert.Equal(Set(Name, Address), FieldsOf("利用者の氏名と住所が外部に流失しました。\n"));
    }
}
