using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentParsing.Extractors.Fields;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Fields;

public sealed class FieldPropertyTests
{
    private static readonly IncidentParser Parser = new IncidentParserBuilder().UseFields().Build();

    // Fragments of breach-notice language, shuffled into arbitrary (often broken) text.
    private static readonly string[] Fragments =
    [
        "氏名", "住所", "カード名義人名", "メールアドレス", "患者 ID", "姓", "名", "組", "2 名", "情報", "個人情報",
        "、", "・", "/", "及び", "や", "(", ")", "「", "」", "【", "】", "〈", "〉", ":", "。", "\n", " ", "\u00a0",
        "漏えいした情報", "が流出", "を公開し", "は含まれておりません", "ありません", "については", "(任意)",
        "• ", "①", "1.", "(2)", "再発防止策", "等", "データ", "ＦＡＸ", "が、", "ており、", "する", "\r\n", "\uD83D", "x",
    ];

    private static Arbitrary<string> Notices() =>
        Arb.From(Gen.Elements(Fragments).ListOf().Select(parts => "【セキュリティ事件簿#2024-001】漏えい\n" + string.Concat(parts)));

    [Property(MaxTest = 400)]
    public Property The_extractor_never_fails_and_every_span_lies_inside_the_input() =>
        Prop.ForAll(Notices(), input =>
        {
            var result = Parser.Parse(input, "p.txt");
            foreach (var incident in result.Incidents)
            {
                Assert.DoesNotContain(incident.Diagnostics, d => d.Code == DiagnosticCodes.ExtractorFailed);
                foreach (var f in incident.Fields.Concat(incident.ExcludedFields))
                {
                    Assert.InRange(f.Start, 0, f.End);
                    Assert.InRange(f.End, f.Start, input.Length);
                    Assert.Equal(f.Text, input[f.Start..f.End]);
                }
            }
        });

    [Property(MaxTest = 300)]
    public void Arbitrary_strings_never_make_the_extractor_fail(NonNull<string> s)
    {
        var result = Parser.Parse("【セキュリティ事件簿#2024-001】漏えい\n" + s.Get + "\n氏名、住所が流出", "p.txt");
        Assert.All(result.Incidents, i => Assert.DoesNotContain(i.Diagnostics, d => d.Code == DiagnosticCodes.ExtractorFailed));
    }
}
