using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentParsing.Numbers;

namespace IncidentParsing.Tests.Numbers;

/// <summary>Every integer 0 ≤ n &lt; 10^16, written in each usual way, reads back as n.</summary>
public sealed class NumberRoundTripProperties
{
    private const int Cases = 10_000;
    private static readonly string[] MyriadNames = ["", "万", "億", "兆"];
    private static readonly string KanjiDigits = "〇一二三四五六七八九";

    // Spread over every magnitude: each four-digit section is zero, small or anything, independently.
    private static Arbitrary<long> Numbers()
    {
        var section = Gen.OneOf(Gen.Constant(0), Gen.Choose(1, 9), Gen.Choose(0, 9999));
        var gen = from a in section
                  from b in section
                  from c in section
                  from d in section
                  select (((long)a * 10_000 + b) * 10_000 + c) * 10_000 + d;
        return Arb.From(gen);
    }

    private static bool ReadsBack(string written, long n)
    {
        var found = JapaneseNumberParser.Default.FindInRaw(written);
        return found.Count == 1 && found[0].Start == 0 && found[0].End == written.Length && found[0].Value == n;
    }

    [Property(MaxTest = Cases)]
    public Property Kanji_numerals_read_back() =>
        Prop.ForAll(Numbers(), n => ReadsBack(Kanji(n), n).Label(Kanji(n)));

    [Property(MaxTest = Cases)]
    public Property Arabic_digits_read_back() =>
        Prop.ForAll(Numbers(), n => ReadsBack(n.ToString(CultureInfo.InvariantCulture), n));

    [Property(MaxTest = Cases)]
    public Property Comma_grouped_digits_read_back() =>
        Prop.ForAll(Numbers(), n => ReadsBack(n.ToString("#,0", CultureInfo.InvariantCulture), n)
            .Label(n.ToString("#,0", CultureInfo.InvariantCulture)));

    [Property(MaxTest = Cases)]
    public Property Full_width_digits_read_back() =>
        Prop.ForAll(Numbers(), n => ReadsBack(FullWidth(n.ToString("#,0", CultureInfo.InvariantCulture)), n)
            && ReadsBack(FullWidth(n.ToString(CultureInfo.InvariantCulture)), n));

    [Property(MaxTest = Cases)]
    public Property Myriad_notation_reads_back() =>
        Prop.ForAll(Numbers(), n => ReadsBack(Myriad(n), n).Label(Myriad(n)));

    [Property(MaxTest = Cases)]
    public Property A_number_followed_by_a_counter_keeps_its_span_and_value() =>
        Prop.ForAll(Numbers(), n =>
        {
            string text = "対象は" + n.ToString("#,0", CultureInfo.InvariantCulture) + "件です";
            var m = Assert.Single(JapaneseNumberParser.Default.FindInRaw(text));
            return m.Value == n && text[m.End] == '件' && m.Start == 3;
        });

    [Property(MaxTest = 2000)]
    public Property Spans_always_lie_inside_the_input(string? input)
    {
        input ??= "";
        var found = JapaneseNumberParser.Default.FindInRaw(input);
        bool ordered = true;
        for (int i = 1; i < found.Count; i++)
        {
            ordered &= found[i].Start >= found[i - 1].End;
        }
        return (ordered && found.All(m => m.Start >= 0 && m.End <= input.Length && m.Start < m.End)).ToProperty();
    }

    // 1億2345万6789: Arabic sections under myriad units.
    private static string Myriad(long n)
    {
        if (n == 0)
        {
            return "0";
        }
        var sb = new StringBuilder();
        for (int k = 3; k >= 0; k--)
        {
            long section = n / Pow10000(k) % 10_000;
            if (section != 0)
            {
                sb.Append(section.ToString(CultureInfo.InvariantCulture)).Append(MyriadNames[k]);
            }
        }
        return sb.ToString();
    }

    // 一千二百三十四万五千六百七十八 style, with 一 dropped before 十/百/千 as usually written.
    private static string Kanji(long n)
    {
        if (n == 0)
        {
            return "〇";
        }
        var sb = new StringBuilder();
        for (int k = 3; k >= 0; k--)
        {
            int section = (int)(n / Pow10000(k) % 10_000);
            if (section == 0)
            {
                continue;
            }
            AppendSection(sb, section);
            sb.Append(MyriadNames[k]);
        }
        return sb.ToString();
    }

    private static void AppendSection(StringBuilder sb, int section)
    {
        (int Place, char Unit)[] places = [(1000, '千'), (100, '百'), (10, '十')];
        foreach (var (place, unit) in places)
        {
            int digit = section / place % 10;
            if (digit > 1)
            {
                sb.Append(KanjiDigits[digit]);
            }
            if (digit > 0)
            {
                sb.Append(unit);
            }
        }
        if (section % 10 > 0)
        {
            sb.Append(KanjiDigits[section % 10]);
        }
    }

    private static long Pow10000(int k) => k switch { 0 => 1, 1 => 10_000, 2 => 100_000_000, _ => 1_000_000_000_000 };

    private static string FullWidth(string s) =>
        string.Concat(s.Select(c => c switch { >= '0' and <= '9' => (char)(c - '0' + '０'), ',' => '，', _ => c }));
}
