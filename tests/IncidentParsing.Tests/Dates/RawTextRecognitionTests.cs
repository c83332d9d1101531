using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentParsing.Dates;
using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Tests.Dates;

// Recognize takes the caller's text as written and reports offsets into it.
public sealed class RawTextRecognitionTests
{
    private static readonly JapaneseDate Reference = new(2024, 6, 1);

    private static string Written(string text, DateMention m) => text.Substring(m.Span.Start, m.Span.End - m.Span.Start);

    [Theory]
    [InlineData("２０２４年８月９日", "２０２４年８月９日", "2024-08-09")]
    [InlineData("令和６年１２月５日", "令和６年１２月５日", "2024-12-05")]
    [InlineData("２０２４／８／９", "２０２４／８／９", "2024-08-09")]
    [InlineData("報告：　２０２４年８月９日（金）に発覚", "２０２４年８月９日（金）", "2024-08-09")]
    [InlineData("㍻３１年４月３０日", "㍻３１年４月３０日", "2019-04-30")]
    [InlineData("発生日\r\n２０２４年\r\n８月９日", "２０２４年\r\n８月９日", "2024-08-09")]
    public void Full_width_text_is_found_with_spans_into_the_text_as_given(string text, string written, string value)
    {
        var m = Assert.Single(new JapaneseDateRecognizer().Recognize(text, null));
        Assert.Equal(written, Written(text, m));
        Assert.Equal(value, m.ValueIso);
    }

    [Fact]
    public void A_weekday_that_contradicts_the_date_is_reported_in_the_text_as_given()
    {
        const string text = "　２０２４年８月９日（月）";
        var m = Assert.Single(JapaneseDateRecognizer.Default.Recognize(text, null));
        Assert.Equal("２０２４年８月９日（月）", Written(text, m));
        var weekday = Assert.IsType<TextSpan>(m.WeekdayMismatch);
        Assert.Equal("月", text[weekday.Start..weekday.End]);
    }

    [Fact]
    public void Normalized_text_reads_the_same_through_the_public_and_the_internal_entry()
    {
        const string text = "2024年8月9日(金)午後3時から同月12日まで。昨年11月、令和5年度";
        var raw = JapaneseDateRecognizer.Default.Recognize(text, Reference);
        var internalPath = JapaneseDateRecognizer.Default.RecognizeList(text, Reference);
        Assert.Equal(internalPath, raw);
    }

    [Theory]
    [InlineData("再来年4月", "2026-04")]
    [InlineData("再来年", "2026")]
    [InlineData("再来年度", "2026")]
    [InlineData("一昨年4月", "2022-04")]
    [InlineData("一昨年", "2022")]
    [InlineData("来年4月", "2025-04")]
    [InlineData("昨年", "2023")]
    [InlineData("去年12月", "2023-12")]
    public void The_longest_relative_year_word_wins(string text, string value)
    {
        var m = Assert.Single(JapaneseDateRecognizer.Default.Recognize(text, Reference));
        Assert.Equal(value, m.ValueIso);
        Assert.Equal(0, m.Span.Start);
    }

    [Fact]
    public void A_relative_word_inside_a_sentence_keeps_its_whole_span()
    {
        const string text = "当社は一昨年と再来年に監査を受ける";
        var found = JapaneseDateRecognizer.Default.Recognize(text, Reference);
        Assert.Equal(["一昨年", "再来年"], found.Select(m => Written(text, m)));
        Assert.Equal(["2022", "2026"], found.Select(m => m.ValueIso));
    }

    // Raw text: full-width forms, ideographic spaces, CR LF, half-width kana with sound marks, squared era
    // names, surrogate pairs and lone surrogates, besides any UTF-16 code unit.
    private const string RawPool = "０１２３４５６７８９0123456789年月日時分／：～－（）　\r\n ｶﾞﾊﾟ゙゚㍻㍼㋿令和平成昭和元再来一昨去同翌本今頃上旬から";

    private static readonly Arbitrary<string> RawText = Arb.From(
        Gen.OneOf(
            Gen.Elements(RawPool.ToCharArray()).Select(c => c.ToString()),
            Gen.Elements("😀", "\uD800", "\uDC00", "𠮷", "ｶﾞ"),
            Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString()))
        .ArrayOf()
        .Select(parts => string.Concat(parts)));

    [Property(MaxTest = 3000)]
    public Property Recognize_never_throws_on_raw_text_and_every_span_lies_inside_it() =>
        Prop.ForAll(RawText, text =>
        {
            var found = JapaneseDateRecognizer.Default.Recognize(text, Reference);
            return found.All(m => 0 <= m.Span.Start && m.Span.Start < m.Span.End && m.Span.End <= text.Length
                && (m.WeekdayMismatch is not { } w || (m.Span.Start <= w.Start && w.Start < w.End && w.End <= m.Span.End)));
        });

    [Property(MaxTest = 2000)]
    public Property Raw_text_reads_to_the_same_values_as_its_normalized_form() =>
        Prop.ForAll(RawText, text =>
        {
            var normalized = NormalizedText.Create(text);
            var raw = JapaneseDateRecognizer.Default.Recognize(text, Reference);
            var internalPath = JapaneseDateRecognizer.Default.RecognizeList(normalized.Text, Reference);
            return raw.Select(m => (m.ValueIso, m.RangeEndIso, m.Kind))
                .SequenceEqual(internalPath.Select(m => (m.ValueIso, m.RangeEndIso, m.Kind)))
                && raw.Zip(internalPath).All(p => p.First.Span == normalized.ToOriginal(p.Second.Span));
        });
}
