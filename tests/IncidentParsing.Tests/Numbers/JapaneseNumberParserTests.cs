using IncidentParsing.Numbers;

namespace IncidentParsing.Tests.Numbers;

public sealed class JapaneseNumberParserTests
{
    private static readonly JapaneseNumberParser Parser = JapaneseNumberParser.Default;

    private static NumberMention Single(string text)
    {
        var found = Parser.FindInRaw(text);
        return Assert.Single(found);
    }

    [Theory]
    [InlineData("件数は1092件", "1092", 1092)]
    [InlineData("件数は1,092件", "1,092", 1092)]
    [InlineData("1,050,000,000", "1,050,000,000", 1050000000)]
    [InlineData("対象 1,092 件分", "1,092", 1092)]
    [InlineData("１，０９２件", "１，０９２", 1092)]
    [InlineData("２０２３", "２０２３", 2023)]
    [InlineData("1 234 567件", "1 234 567", 1234567)]
    [InlineData("5、450", "5、450", 5450)]
    public void Reads_arabic_and_full_width_digits_with_or_without_grouping(string input, string text, long value)
    {
        var m = Single(input);
        Assert.Equal(text, input[m.Start..m.End]);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("約 7.2 万件", "7.2 万", 72000)]
    [InlineData("7.2万", "7.2万", 72000)]
    [InlineData("約 756 万のユニークブラウザ", "756 万", 7560000)]
    [InlineData("1.5億", "1.5億", 150000000)]
    [InlineData("4.78兆", "4.78兆", 4780000000000)]
    public void Reads_decimals_with_myriad_units(string input, string text, long value)
    {
        var m = Single(input);
        Assert.Equal(text, input[m.Start..m.End]);
        Assert.Equal(value, m.Value);
        Assert.True(m.IsInteger);
    }

    [Theory]
    [InlineData("二十万", 200000)]
    [InlineData("三千五百", 3500)]
    [InlineData("一万二千三百四十五", 12345)]
    [InlineData("〇", 0)]
    [InlineData("二〇二三", 2023)]
    [InlineData("九百九", 909)]
    [InlineData("千二百三四", 1234)]
    [InlineData("一万五千億", 1500000000000)]
    [InlineData("十四億一千四百二万千百", 1414021100)]
    [InlineData("弐拾参", 23)]
    [InlineData("九千七兆千九百九十二億五千四百七十四万九百九十一", 9007199254740991)]
    [InlineData("三千 八百 九十六 万 四千 九百 六十五", 38964965)]
    public void Reads_kanji_numerals(string input, long value)
    {
        var m = Single(input);
        Assert.Equal(input, input[m.Start..m.End]);
        Assert.Equal(value, m.Value);
        Assert.Equal(NumberForms.Kanji, m.Forms & (NumberForms.Kanji | NumberForms.Arabic));
    }

    [Theory]
    [InlineData("1万2千", 12000)]
    [InlineData("20万", 200000)]
    [InlineData("1億2345万6789", 123456789)]
    [InlineData("3 万 4,500", 34500)]
    [InlineData("29万1,890", 291890)]
    [InlineData("4千８百万", 48000000)]
    [InlineData("10余万", 100000)]
    public void Reads_mixed_myriad_notation(string input, long value)
    {
        var m = Single(input);
        Assert.Equal(input.Length, m.End - m.Start);
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("数十", 20, 90)]
    [InlineData("数百", 200, 900)]
    [InlineData("千数百", 1200, 1900)]
    [InlineData("十数", 12, 19)]
    [InlineData("数万", 20000, 90000)]
    public void Vague_numbers_say_so_and_give_both_readings(string input, long low, long high)
    {
        var m = Single(input);
        Assert.True(m.IsVague);
        Assert.Equal(low, m.Value);
        Assert.Equal(high, m.UpperValue);
    }

    [Theory]
    [InlineData("十分な対策を講じ")]
    [InlineData("一部のお客様")]
    [InlineData("千葉県警")]
    [InlineData("第三者による")]
    [InlineData("東京・千代田区")]
    [InlineData("参加者")]
    [InlineData("万")]
    [InlineData("件数")]
    public void Kanji_inside_ordinary_words_are_not_numbers(string input)
    {
        Assert.Empty(Parser.FindInRaw(input));
    }

    [Fact]
    public void Caller_words_extend_the_non_number_list()
    {
        var parser = new JapaneseNumberParser(["三宅"]);
        Assert.Empty(parser.FindInRaw("三宅さん"));
        Assert.Single(Parser.FindInRaw("三宅さん"));
    }

    [Fact]
    public void Dotted_chains_are_separate_numbers_not_decimals()
    {
        var values = Parser.FindInRaw("192.168.1.2").Select(m => m.Value).ToArray();
        Assert.Equal([192m, 168m, 1m, 2m], values);
    }

    [Theory]
    [InlineData("答えは-5です", -5)]
    [InlineData("マイナス三十二", -32)]
    [InlineData("−１万", -10000)]
    public void Reads_signs(string input, long value)
    {
        Assert.Equal(value, Single(input).Value);
    }

    [Fact]
    public void A_hyphen_between_digits_is_no_sign()
    {
        var values = Parser.FindInRaw("03-1234-5678").Select(m => m.Value).ToArray();
        Assert.Equal([3m, 1234m, 5678m], values);
    }

    [Fact]
    public void Separate_numbers_stay_separate()
    {
        var found = Parser.FindInRaw("2018年5月17日に四千と三百二十一");
        Assert.Equal([2018m, 5m, 17m, 4000m, 321m], found.Select(m => m.Value).ToArray());
    }

    [Fact]
    public void Raw_offsets_point_at_the_original_characters()
    {
        const string input = "計　７．２万件、１，０９２名";
        var found = Parser.FindInRaw(input);
        Assert.Equal(["７．２万", "１，０９２"], found.Select(m => input[m.Start..m.End]).ToArray());
    }

    [Fact]
    public void Over_long_digit_runs_are_identifiers_not_numbers()
    {
        Assert.Empty(Parser.FindInRaw("123456789012345678901234"));
    }

    [Theory]
    [InlineData("1,092", 1092)]
    [InlineData(" 二十万 ", 200000)]
    public void TryParse_reads_a_whole_string(string input, long value)
    {
        Assert.True(Parser.TryParse(input, out var m));
        Assert.Equal(value, m.Value);
    }

    [Theory]
    [InlineData("1,092件")]
    [InlineData("abc")]
    [InlineData("")]
    public void TryParse_rejects_anything_but_one_number(string input)
    {
        Assert.False(Parser.TryParse(input, out _));
    }
}

public sealed class NumeralCharsTests
{
    [Fact]
    public void The_fast_start_set_holds_exactly_the_numeral_characters()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            bool numeral = NumeralChars.IsAsciiDigit(ch) || NumeralChars.IsKanjiNumeral(ch);
            Assert.True(numeral == NumeralChars.StartCharacters.Contains(ch), $"U+{c:X4}");
        }
    }
}
