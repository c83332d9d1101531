using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentParsing.Extractors.Counts;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Counts;

/// <summary>Whatever the text, the count extractor neither throws nor reports a span outside it.</summary>
public sealed class CountExtractorProperties
{
    private static readonly IncidentParser Parser = new IncidentParserBuilder().UseCounts().Build();

    // Text made of the pieces counts are built from, so the extractor's paths are actually exercised.
    private static readonly string[] Pieces =
    [
        "1", "0", "9", ",", "，", "１", "２", ".", "・", " ", "　", "\n", "\r\n", "(", ")", "（", "）", "万", "億", "千", "十", "二", "〇",
        "数", "約", "最大", "延べ", "計", "件", "名", "人", "分", "様", "台", "社", "超", "以上", "を超える", "程度", "の", "が",
        "中", "第", "円", "①", "-", "−", "マイナス", "個人情報", "お客様", "職員", "a", "ｱ", "\uD83D\uDE00", "\uD800",
    ];

    private static Arbitrary<string> Texts() =>
        Arb.From(Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)));

    [Property(MaxTest = 3000)]
    public Property Never_throws_and_every_span_lies_inside_the_input() =>
        Prop.ForAll(Texts(), body =>
        {
            string input = "【セキュリティ事件簿#2030-001】見出し\n" + body;
            var result = Parser.Parse(input, "p.txt");
            foreach (var incident in result.Incidents)
            {
                Assert.DoesNotContain(incident.Diagnostics, d => d.Code == Model.DiagnosticCodes.ExtractorFailed);
                foreach (var c in incident.Affected is { } affected ? incident.Counts.Append(affected) : incident.Counts)
                {
                    Assert.InRange(c.Start, 0, input.Length);
                    Assert.InRange(c.End, c.Start, input.Length);
                    Assert.Equal(c.Text, input[c.Start..c.End]);
                    Assert.True(c.Value > 0);
                }
            }
        });

    [Property(MaxTest = 2000)]
    public Property Never_throws_on_arbitrary_strings(string? body) =>
        Prop.ForAll(Arb.From(Gen.Constant(body ?? "")), b =>
        {
            var result = Parser.Parse("【セキュリティ事件簿#2030-001】見出し\n" + b, "p.txt");
            Assert.All(result.Incidents, i => Assert.DoesNotContain(i.Diagnostics, d => d.Code == Model.DiagnosticCodes.ExtractorFailed));
        });
}
