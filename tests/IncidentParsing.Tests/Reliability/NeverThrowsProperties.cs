using FsCheck;
using FsCheck.Fluent;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Reliability;

/// <summary>Parse returns on any input and every span lies inside it.</summary>
public sealed class NeverThrowsProperties
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    private static readonly string[] Posts = SeedCorpus.SeedFiles
        .SelectMany(f =>
        {
            string text = File.ReadAllText(f);
            return Parser.Parse(text).Incidents.Select(i => text[i.Source.Start..i.Source.End]);
        })
        .ToArray();

    private static readonly string[] Splices =
        ["令和", "平成", "元年", "昭和", "年", "月", "日", "2024", "12", "31", "万", "億", "件", "名", "約", "~", "から", "まで",
         "\n", "\n\n\n", "【セキュリティ事件簿#", "】", "(", ")", "、", "・", "①", "〈", "〉", "上旬", "頃", "第", "号", "\u00A0", "\uD83D\uDE00"];

    private const string JapanesePool = "令和平成昭和元年月日時分頃約万億兆千百十一二三四五六七八九〇件名人分台社漏えい流出不正アクセス氏名住所電話番号メールアドレス株式会社市県の・、。()【】〈〉<>~:0123456789 \n";

    private static void Check(string input)
    {
        var result = Parser.Parse(input, "fuzz");
        SpanInvariants.AssertInside(input, result.Incidents);
    }

    [Fact]
    public void Any_string()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), s => Check(s))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(PropertyCases.Count));
    }

    [Fact]
    public void Random_japanese_text()
    {
        var gen = Gen.Elements(JapanesePool.ToCharArray()).ArrayOf().Select(cs => new string(cs));
        Prop.ForAll(gen.ToArbitrary(), s => Check(s))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(PropertyCases.Count));
    }

    [Fact]
    public void Mutated_seed_notices()
    {
        var gen =
            from post in Gen.Elements(Posts)
            from edits in Gen.Choose(1, 8)
            from seed in Gen.Choose(0, int.MaxValue)
            select Mutate(post, edits, new Random(seed));
        Prop.ForAll(gen.ToArbitrary(), s => Check(s))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(PropertyCases.Count));
    }

    private static string Mutate(string text, int edits, Random random)
    {
        var chars = new System.Text.StringBuilder(text);
        for (int k = 0; k < edits && chars.Length > 0; k++)
        {
            int at = random.Next(chars.Length);
            switch (random.Next(5))
            {
                case 0: chars.Remove(at, Math.Min(random.Next(1, 20), chars.Length - at)); break;
                case 1: chars.Insert(at, chars.ToString(at, Math.Min(random.Next(1, 30), chars.Length - at))); break;
                case 2:
                    int other = random.Next(chars.Length);
                    (chars[at], chars[other]) = (chars[other], chars[at]);
                    break;
                case 3: chars.Insert(at, Splices[random.Next(Splices.Length)]); break;
                default: chars.Insert(at, '\n'); break;
            }
        }
        return chars.ToString();
    }
}
