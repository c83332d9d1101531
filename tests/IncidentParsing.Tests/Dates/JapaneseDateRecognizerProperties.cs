using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentParsing.Dates;
using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Tests.Dates;

public sealed class JapaneseDateRecognizerProperties
{
    private static readonly DateOnly FirstDay = new(1873, 1, 1);
    private static readonly DateOnly LastDay = new(2100, 12, 31);
    private static readonly JapaneseDate Reference = new(2024, 8, 9);
    private static readonly JapaneseCalendar Calendar = new();
    private static readonly DateTimeFormatInfo EraFormat = CreateEraFormat();

    private static DateTimeFormatInfo CreateEraFormat()
    {
        var format = (DateTimeFormatInfo)CultureInfo.GetCultureInfo("ja-JP").DateTimeFormat.Clone();
        format.Calendar = Calendar;
        return format;
    }

    private static string FullWidth(string s) =>
        string.Concat(s.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c));

    private static string Era(DateOnly d, bool gannen, bool spaced)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        int era = Calendar.GetEra(dt);
        int year = Calendar.GetYear(dt);
        string y = year == 1 && gannen ? "元" : year.ToString(CultureInfo.InvariantCulture);
        string sp = spaced ? " " : "";
        return $"{EraFormat.GetEraName(era)}{sp}{y}{sp}年{sp}{d.Month}{sp}月{sp}{d.Day}{sp}日";
    }

    private static readonly Func<DateOnly, string>[] Forms =
    [
        d => Era(d, gannen: true, spaced: false),
        d => Era(d, gannen: false, spaced: false),
        d => Era(d, gannen: true, spaced: true),
        d => FullWidth(Era(d, gannen: false, spaced: true)),
        d => $"{d.Year}年{d.Month}月{d.Day}日",
        d => $"{d.Year} 年{d.Month:D2}月 {d.Day} 日",
        d => $"{d.Year}/{d.Month}/{d.Day}",
        d => FullWidth($"{d.Year}年{d.Month}月{d.Day}日"),
        d => $"{d.Year}年{d.Month}月{d.Day}\n日",
        d => $"{d.Year}/{d.Month}/{d.Day}({"日月火水木金土"[(int)d.DayOfWeek]})",
    ];

    private static readonly Arbitrary<(DateOnly Day, int Form)> Days = Arb.From(
        from offset in Gen.Choose(0, LastDay.DayNumber - FirstDay.DayNumber)
        from form in Gen.Choose(0, Forms.Length - 1)
        select (FirstDay.AddDays(offset), form));

    [Property(MaxTest = 10000)]
    public Property Every_day_written_in_era_or_gregorian_form_is_read_back_to_itself() =>
        Prop.ForAll(Days, c =>
        {
            string input = Forms[c.Form](c.Day);
            var normalized = NormalizedText.Create(input);
            var found = JapaneseDateRecognizer.Default.Recognize(normalized.Text, Reference);
            return found.Count == 1 && found[0].ValueIso == c.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                && found[0].WeekdayMismatch is null;
        });

    private const string Pool = "0123456789０１２年月日時分秒度/-.,:~〜 から まで及び令和平成昭和大正明治元RHS()（）、。上中下旬末頃ごろ午前後夕未明第号法律間か\n同本昨今翌";

    private static readonly Arbitrary<string> NoisyText = Arb.From(
        Gen.OneOf(
            Gen.Elements(Pool.ToCharArray()),
            Gen.Choose(0, 0xFFFF).Select(i => (char)i))
        .ArrayOf()
        .Select(chars => new string(chars)));

    // Date-shaped text with numbers of any size in every slot, so the resolver meets impossible dates.
    private static readonly Arbitrary<string> DateShapedText = Arb.From(
        from era in Gen.Elements("", "令和", "平成", "昭和", "R", "西暦", "同年", "昨年")
        from y in Gen.Choose(0, 99999)
        from m in Gen.Choose(0, 99)
        from d in Gen.Choose(0, 99)
        from h in Gen.Choose(0, 99)
        from sep in Gen.Elements("年|月|日|時", "/|/| |:", "-|-| |時", "年度|月|日から|時まで", ".|.|(月)|:")
        from tail in Gen.Elements("", "、12月31日25時", "~1月1日", "、同日", "、29日", "13、16及び27日")
        let parts = sep.Split('|')
        select $"{era}{y}{parts[0]}{m}{parts[1]}{d}{parts[2]}{h}{parts[3]}{tail}");

    [Property(MaxTest = 3000)]
    public Property Date_shaped_text_never_makes_the_recognizer_throw() =>
        Prop.ForAll(DateShapedText, text =>
        {
            var found = JapaneseDateRecognizer.Default.Recognize(text, Reference);
            return found.All(m => m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Start < m.Span.End);
        });

    [Property(MaxTest = 3000)]
    public Property The_recognizer_never_throws_and_every_span_lies_inside_the_input() =>
        Prop.ForAll(NoisyText, text =>
        {
            var found = JapaneseDateRecognizer.Default.Recognize(text, Reference);
            return found.All(m => m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Start < m.Span.End);
        });

    private static readonly string[] Snippets =
    [
        "2024年5月21日", "令和5年7月18日(火) 9時42分", "7月 18 日", "9日", "1/3 18:42 頃", "平成 29 年 10 月 13、16、17 及び27日",
        "2021年3月10日~2024年5月22日", "令和5年度", "2023/6月中旬~現在", "午後5時から6時まで", "昭和 59 年法律第 86 号", "45日間",
        "第3報", "同日", "本日", "昨年11月", "22年に閉鎖", "12日夕", "10月末ごろ", "1,092 件", "令和元年5月1日", "R3/7/18",
    ];

    private static readonly string[] Joints = ["、", "。", "\n", " ", "に", "から", "より", "について"];

    private static readonly Arbitrary<string> DatedText = Arb.From(
        Gen.Choose(1, 6).SelectMany(n =>
            Gen.Elements(Snippets).Zip(Gen.Elements(Joints)).ArrayOf(n))
        .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2))));

    private static string[] Describe(IReadOnlyList<DateMention> found, int shift) =>
        found.Select(m => $"{m.Span.Start - shift}-{m.Span.End - shift} {m.ValueIso} {m.RangeEndIso} {m.Kind}").ToArray();

    [Property(MaxTest = 2000)]
    public Property A_text_reads_the_same_alone_and_inside_a_larger_text() =>
        Prop.ForAll(DatedText, text =>
        {
            const string before = "お知らせ。\n";
            const string after = "。以上";
            var alone = JapaneseDateRecognizer.Default.Recognize(text, Reference);
            var inside = JapaneseDateRecognizer.Default.Recognize(before + text + after, Reference);
            return Describe(alone, 0).SequenceEqual(Describe(inside, before.Length));
        });
}
