using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentParsing.Text;

namespace IncidentParsing.Tests.Text;

public sealed class NormalizedTextTests
{
    [Theory]
    [InlineData("２０２４年５月", "2024年5月")]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("令和\u00A05年\u3000", "令和 5年 ")]
    [InlineData("ｶﾞｲﾄﾞ", "ガイド")]
    [InlineData("㍻31年", "平成31年")]
    [InlineData("①経緯", "1経緯")]
    public void Normalizes_like_nfkc_with_folded_spaces_and_line_breaks(string input, string expected)
    {
        Assert.Equal(expected, NormalizedText.Create(input).Text);
    }

    [Fact]
    public void Spans_map_back_to_the_original_characters()
    {
        const string input = "発生日：２０２４年５月２１日\r\n㍻31年ｶﾞｲﾄﾞ";
        var view = NormalizedText.Create(input);
        int at = view.Text.IndexOf("2024年5月21日", StringComparison.Ordinal);
        var span = view.ToOriginal(new TextSpan(at, at + "2024年5月21日".Length));
        Assert.Equal("２０２４年５月２１日", input[span.Start..span.End]);

        int heisei = view.Text.IndexOf("平成31年", StringComparison.Ordinal);
        var era = view.ToOriginal(new TextSpan(heisei, heisei + 5));
        Assert.Equal("㍻31年", input[era.Start..era.End]);

        int guide = view.Text.IndexOf("ガイド", StringComparison.Ordinal);
        var kana = view.ToOriginal(new TextSpan(guide, guide + 3));
        Assert.Equal("ｶﾞｲﾄﾞ", input[kana.Start..kana.End]);
    }

    [Property(MaxTest = 2000)]
    public void Every_span_maps_inside_the_original_in_order(NonNull<string> s)
    {
        var input = s.Get;
        var view = NormalizedText.Create(input);
        int previous = 0;
        for (int i = 0; i <= view.Text.Length; i++)
        {
            int o = view.ToOriginalStart(i);
            Assert.InRange(o, previous, input.Length);
            Assert.InRange(view.ToOriginalEnd(i), o, input.Length);
            previous = o;
        }
    }

    [Property(MaxTest = 500)]
    public void A_slice_normalizes_as_it_does_inside_the_whole(NonNull<string> a, NonNull<string> b)
    {
        string whole = a.Get + "\n" + b.Get;
        var alone = NormalizedText.Create(b.Get).Text;
        var inside = NormalizedText.Create(whole, a.Get.Length + 1, whole.Length).Text;
        Assert.Equal(alone, inside);
    }

    // Japanese-looking text: kana, kanji, ASCII, full-width and half-width forms, CRLF, spaces. No combining sound
    // marks: they join the character before into one group, which the example cases above cover.
    private static readonly char[] Mixed =
        "あいうかがきゃアイウカガキャ漢字個人情報漏えい令和平成年月日件名abcXYZ019 .,:/()-\r\n\t\u00A0\u3000０１２ＡＢ（）：ｶｲﾄﾊ①②㍻㈱、。「」【】・ー々".ToCharArray();

    [Property(MaxTest = 2000)]
    public void Copying_runs_whole_gives_what_normalizing_each_character_gives(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var input = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => Mixed[random.Next(Mixed.Length)]).ToArray());
        var view = NormalizedText.Create(input);
        // Reference: each character (or \r\n pair) normalized alone, all it becomes mapped to where it stood.
        var expected = new System.Text.StringBuilder();
        var starts = new List<int>();
        for (int i = 0; i < input.Length;)
        {
            int next = input[i] == '\r' && i + 1 < input.Length && input[i + 1] == '\n' ? i + 2 : i + 1;
            string piece = NormalizedText.Create(input, i, next).Text;
            expected.Append(piece);
            starts.AddRange(Enumerable.Repeat(i, piece.Length));
            i = next;
        }
        Assert.Equal(expected.ToString(), view.Text);
        for (int k = 0; k < starts.Count; k++)
        {
            Assert.Equal(starts[k], view.ToOriginalStart(k));
        }
    }
}
