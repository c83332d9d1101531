using FsCheck;
using FsCheck.Fluent;
using IncidentParsing.MeCab;
using IncidentParsing.Tokenization;

namespace IncidentParsing.Tests.MeCab;

public sealed class MeCabTokenizerTests
{
    private static string Surface(string text, Token token) => token.Surface(text).ToString();

    [SkippableFact]
    public void Spans_map_back_to_the_utf16_input_through_full_width_text_and_surrogate_pairs()
    {
        var mecab = MeCabRequired.Tokenizer();
        const string text = "Ｐａｓｓ１２３と𠮷野家の😀メール、café で ｶﾀｶﾅ　全角空白。\n次の行 ABC株式会社";
        var tokens = mecab.Tokenize(text);
        MeCabRequired.AssertSpansAreSound(text, tokens);
        var surfaces = tokens.Select(t => Surface(text, t)).ToList();
        Assert.Contains("𠮷", string.Concat(surfaces));
        Assert.Contains(surfaces, s => s.Contains("😀", StringComparison.Ordinal));
        Assert.Contains("メール", surfaces);
        Assert.Contains("café", surfaces);
        Assert.Contains("株式会社", surfaces);
        // Everything but white space is covered, in order.
        Assert.Equal(string.Concat(text.Where(c => !char.IsWhiteSpace(c) || c == '\u3000')), string.Concat(surfaces).Replace(" ", ""));
    }

    [SkippableFact]
    public void Ipadic_columns_become_part_of_speech_base_form_and_reading()
    {
        var mecab = MeCabRequired.Tokenizer();
        const string text = "東京都の個人情報が漏えいしました";
        Assert.True(((ITokenizer)mecab).ProvidesPartsOfSpeech);
        Assert.False(((ITokenizer)ITokenizer.Default).ProvidesPartsOfSpeech);
        var tokens = mecab.Tokenize(text);
        var tokyo = tokens.Single(t => Surface(text, t) == "東京");
        Assert.Equal(new PartOfSpeech("名詞", "固有名詞", "地域", "一般"), tokyo.Pos);
        Assert.Equal("トウキョウ", tokyo.Reading);
        Assert.Null(tokyo.BaseForm); // equals the surface
        Assert.True(tokyo.InDictionary);
        Assert.Equal(TokenScript.Kanji, tokyo.Script);

        var suru = tokens.Single(t => Surface(text, t) == "し");
        Assert.Equal("動詞", suru.Pos.Main);
        Assert.Equal("自立", suru.Pos.Sub1);
        Assert.Equal("", suru.Pos.Sub2); // IPADIC's *
        Assert.Equal("する", suru.BaseForm);
        Assert.Equal(TokenScript.Hiragana, suru.Script);

        var ga = tokens.Single(t => Surface(text, t) == "が");
        Assert.Equal(new PartOfSpeech("助詞", "格助詞", "一般", ""), ga.Pos);
    }

    [SkippableFact]
    public void Repeated_parts_of_speech_share_one_instance()
    {
        var mecab = MeCabRequired.Tokenizer();
        const string text = "個人情報と顧客情報";
        var nouns = mecab.Tokenize(text).Where(t => t.Pos.Main == "名詞" && t.Pos.Sub1 == "一般").ToList();
        Assert.True(nouns.Count >= 3, $"expected several common nouns, got {nouns.Count}");
        Assert.All(nouns, n => Assert.Same(nouns[0].Pos, n.Pos));
    }

    [SkippableFact]
    public void Words_outside_the_dictionary_are_marked_as_such()
    {
        var mecab = MeCabRequired.Tokenizer();
        const string text = "Qzxwvplk社の情報";
        var tokens = mecab.Tokenize(text);
        Assert.False(tokens.Single(t => Surface(text, t) == "Qzxwvplk").InDictionary);
        Assert.True(tokens.Single(t => Surface(text, t) == "情報").InDictionary);
    }

    [SkippableFact]
    public void Nul_characters_and_line_breaks_never_reach_mecab_and_never_end_the_text()
    {
        var mecab = MeCabRequired.Tokenizer();
        const string text = "個人情報\0漏えい\r\n\0\0氏名\r住所\n";
        var tokens = mecab.Tokenize(text);
        MeCabRequired.AssertSpansAreSound(text, tokens);
        var surfaces = tokens.Select(t => Surface(text, t)).ToList();
        Assert.Equal(["個人", "情報", "漏えい", "氏名", "住所"], surfaces);
    }

    [SkippableFact]
    public void A_line_longer_than_the_chunk_bound_is_cut_without_splitting_a_surrogate_pair()
    {
        MeCabRequired.Tokenizer();
        using var mecab = new MeCabTokenizer(new MeCabOptions { MaxChunkLength = 17 });
        string text = string.Concat(Enumerable.Repeat("𠮷", 50)) + string.Concat(Enumerable.Repeat("個人情報漏えい", 40));
        var tokens = mecab.Tokenize(text);
        MeCabRequired.AssertSpansAreSound(text, tokens);
        Assert.Equal(text, string.Concat(tokens.Select(t => Surface(text, t))));
        Assert.All(tokens, t => Assert.True(t.Span.Length <= 17));
    }

    [SkippableFact]
    public void Any_text_tokenizes_without_throwing_into_sound_spans()
    {
        var mecab = MeCabRequired.Tokenizer();
        var alphabet = "漢字かなカナｶﾅＡＢａｂAb09０９。、\n\r\0 \t\u3000ー々\uD842\uDFB7\uD83D\uDE00\uD800\uDC00é".ToCharArray();
        // Lone surrogates come from splitting the pairs above at random.
        var texts = Gen.Elements(alphabet).ArrayOf().Select(chars => new string(chars));
        Prop.ForAll(Arb.From(texts), text =>
        {
            var tokens = mecab.Tokenize(text);
            MeCabRequired.AssertSpansAreSound(text, tokens);
        }).QuickCheckThrowOnFailure();
    }

    [SkippableFact]
    public void The_adapter_agrees_with_the_mecab_command_on_every_seed()
    {
        var mecab = MeCabRequired.Tokenizer();
        Skip.If(MeCabCommand.Path is null, "the mecab command is not on PATH");
        foreach (var file in SeedCorpus.SeedFiles)
        {
            string text = File.ReadAllText(file);
            var ours = mecab.Tokenize(text).Select(t => Surface(text, t) + "\t" + t.Pos.Main + "," + t.Pos.Sub1).ToList();
            var theirs = MeCabCommand.Run(file, mecab.DictionaryDirectory);
            Assert.NotEmpty(theirs);
            Assert.Equal(theirs, ours);
        }
    }

    [SkippableFact]
    public void A_disposed_tokenizer_refuses_work()
    {
        MeCabRequired.Tokenizer();
        var mecab = new MeCabTokenizer();
        mecab.Dispose();
        Assert.Throws<ObjectDisposedException>(() => mecab.Tokenize("テスト"));
    }
}
