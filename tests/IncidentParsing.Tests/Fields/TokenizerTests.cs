using IncidentParsing.Extractors.Fields;
using IncidentParsing.Pipeline;
using IncidentParsing.Tokenization;
using static IncidentParsing.Model.FieldCategory;
using static IncidentParsing.Tests.Fields.FieldTestNotices;

namespace IncidentParsing.Tests.Fields;

public sealed class TokenizerTests
{
    // Stands in for a dictionary tokenizer: the same spans as the built-in one, but with parts of
    // speech (kanji and katakana runs are nouns, hiragana runs particles, 及び a conjunction).
    private sealed class PosTokenizer : ITokenizer
    {
        public string Name => "pos-test";

        public bool ProvidesPartsOfSpeech => true;

        public IReadOnlyList<Token> Tokenize(string text) =>
            ITokenizer.Default.Tokenize(text).Select(t => t with { Pos = PosOf(t, text) }).ToList();

        private static PartOfSpeech PosOf(Token t, string text) => t.Script switch
        {
            _ when t.Surface(text).SequenceEqual("及") => new PartOfSpeech("接続詞", "", "", ""),
            TokenScript.Kanji or TokenScript.Katakana or TokenScript.Latin or TokenScript.Digit => new PartOfSpeech("名詞", "一般", "", ""),
            TokenScript.Hiragana => new PartOfSpeech("助詞", "", "", ""),
            _ => new PartOfSpeech("記号", "", "", ""),
        };
    }

    private const string Body = """
        【漏えいした可能性のある情報】
        ・申請者氏名及び住所
        ・緊急連絡先情報
        ・動画サイトのログインID(任意)
        """;

    [Fact]
    public void A_part_of_speech_tokenizer_reads_the_same_fields_as_the_built_in_one()
    {
        var withPos = new IncidentParserBuilder().UseTokenizer(new PosTokenizer()).UseFields().Build();
        var builtIn = Parse(Body).Fields;
        var tagged = Parse(Body, withPos).Fields;
        Assert.Equal(Set(Name, Address, EmergencyContact, LoginId), tagged.Select(f => f.Category).Order().ToArray());
        Assert.Equal(builtIn.Select(f => (f.Category, f.Text, f.Optional)), tagged.Select(f => (f.Category, f.Text, f.Optional)));
    }

    public static TheoryData<string> Bodies
    {
        get
        {
            var data = new TheoryData<string> { Body };
            foreach (var row in ListFormTests.Bullets)
            {
                data.Add(row);
            }
            data.Add("2.個人情報漏えい状況\n〈会員情報〉\n  • 会社名(任意)\n  • 性別(任意)\n3.お客様へのお願い\n");
            data.Add("当院の看護師が、患者情報が記載されたメモ(患者氏名、病室番号、病名)を院外で紛失しました。");
            data.Add("漏えいのおそれのある個人データ\n患者ID及びカナ氏名(住所や電話番号はありません。)、診療科\n");
            return data;
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Bodies))]
    public void MeCab_reads_the_same_fields_as_the_built_in_tokenizer(string body)
    {
        var mecab = new IncidentParserBuilder().UseTokenizer(Tests.MeCab.MeCabRequired.Tokenizer()).UseFields().Build();
        var builtIn = Parse(body);
        var withMeCab = Parse(body, mecab);
        Assert.NotEmpty(builtIn.Fields);
        Assert.Equal(builtIn.Fields.Select(f => (f.Category, f.Text, f.Group, f.Optional)), withMeCab.Fields.Select(f => (f.Category, f.Text, f.Group, f.Optional)));
        Assert.Equal(builtIn.ExcludedFields.Select(f => (f.Category, f.Text)), withMeCab.ExcludedFields.Select(f => (f.Category, f.Text)));
    }
}
