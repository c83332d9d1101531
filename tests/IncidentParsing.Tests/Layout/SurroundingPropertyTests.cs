using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentParsing.Json;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Layout;

/// <summary>
/// A notice put on a web page (menus, a breadcrumb, <c>本文</c>, an addressee, a date line stating its own date in
/// another form, a footer) reads as it does alone: every value the same, its offsets moved by what was put before it.
/// </summary>
public sealed class SurroundingPropertyTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    private static string Dir => Path.Combine(SeedCorpus.Root, "tests", "IncidentParsing.Tests", "Layout", "Fixtures");

    // Organizations' own notices with a date of their own (company and public-body layouts).
    private static readonly (string Text, string Published)[] Notices = Directory.EnumerateFiles(Dir, "*.txt")
        .Where(f => Path.GetFileName(f) is ['c' or 'p', 'o' or 'u', ..])
        .Order(StringComparer.Ordinal)
        .Select(f => (Text: File.ReadAllText(f), Gold: JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(f, ".json")))!))
        .Where(x => x.Gold["notices"]![0]!["published"] is JsonValue && (bool)x.Gold["notices"]![0]!["isIncident"]!)
        .Select(x => (x.Text, (string)x.Gold["notices"]![0]!["published"]!))
        .ToArray();

    private static readonly string[] Menus =
    [
        "ホーム\nくらし・手続き\n子育て・教育\n健康・福祉\n市政情報",
        "メインメニューへ移動\n本文へ移動",
        "文字サイズ\n標準\n拡大\n背景色",
        "ホーム > お知らせ > 重要なお知らせ",
        "TOP>ニュース>お知らせ",
        "本文",
        "ページ番号:40012",
        "印刷する",
        "お知らせ",
    ];

    private static readonly string[] Addressees = ["", "お客様各位", "関係者各位", "ご利用のお客様へ"];

    private static readonly string[] Footers =
    [
        "",
        "このページの先頭へ",
        "PDFはこちら\nこのページの先頭へ\nCopyright © Example City. All Rights Reserved.",
        "ページの先頭へ戻る\nサイトマップ",
    ];

    private static Gen<string> Pages(int notice) =>
        from menus in Gen.SubListOf(Menus)
        from addressee in Gen.Elements(Addressees)
        from dateForm in Gen.Choose(0, 3)
        from footer in Gen.Elements(Footers)
        select Page(notice, menus, addressee, dateForm, footer);

    private static string Page(int notice, IEnumerable<string> menus, string addressee, int dateForm, string footer)
    {
        var (text, published) = Notices[notice];
        var date = DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string line = dateForm switch
        {
            0 => $"{date.Year}年{date.Month}月{date.Day}日",
            1 => $"公開日:{date.Year}/{date.Month:D2}/{date.Day:D2}",
            2 => $"令和{date.Year - 2018}年{date.Month}月{date.Day}日",
            _ => $"掲載日 {date.Year}.{date.Month}.{date.Day}",
        };
        var head = string.Join("\n", menus.Append(addressee).Append(line).Where(s => s.Length > 0));
        return head + "\n\n" + text + (footer.Length > 0 ? "\n\n" + footer + "\n" : "");
    }

    [Property(MaxTest = 120)]
    public Property A_notice_on_a_page_reads_as_it_does_alone() =>
        Prop.ForAll(Gen.Choose(0, Notices.Length - 1).SelectMany(n => Pages(n).Select(p => (n, p))).ToArbitrary(), pair =>
        {
            var (n, page) = pair;
            string alone = Notices[n].Text;
            int shift = page.IndexOf(alone, StringComparison.Ordinal);
            var expected = Assert.Single(Parser.Parse(alone, "n").Incidents);
            var actual = Assert.Single(Parser.Parse(page, "n").Incidents);
            Assert.Equal(Notices[n].Published, actual.Published?.ToString());
            Assert.Equal(Values(expected, 0), Values(actual, shift));
        });

    // The incident's JSON without its source (the notice's extent) and with every offset made relative to the notice.
    private static string Values(Model.Incident incident, int shift)
    {
        var node = JsonNode.Parse(IncidentJson.Serialize(incident, indented: false))!.AsObject();
        node.Remove("source");
        node.Remove("published");
        Shift(node, shift);
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static void Shift(JsonNode? node, int shift)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in new[] { "start", "end", "bodyStart" })
            {
                if (obj[key] is JsonValue v && v.TryGetValue<int>(out int at))
                {
                    obj[key] = at - shift;
                }
            }
            foreach (var (_, child) in obj.ToList())
            {
                Shift(child, shift);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                Shift(child, shift);
            }
        }
    }
}
