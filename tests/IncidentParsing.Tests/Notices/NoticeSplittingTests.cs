using System.Text.Json;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Notices;

public sealed class NoticeSplittingTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    [Theory]
    [MemberData(nameof(SeedCorpus.SeedNames), MemberType = typeof(SeedCorpus))]
    public void Every_gold_notice_is_found_once_in_order(string seed)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedCorpus.GoldDir, Path.ChangeExtension(seed, ".json"))));
        var expected = gold.RootElement.GetProperty("notices").EnumerateArray()
            .Select(n => (Id: n.GetProperty("casebookId").GetString(), Title: n.GetProperty("titleStartsWith").GetString()!))
            .ToList();
        var incidents = Parser.Parse(SeedCorpus.Read(seed), seed).Incidents;
        Assert.Equal(expected.Count, incidents.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Id, incidents[i].CasebookId);
            Assert.StartsWith(Squash(expected[i].Title), Squash(incidents[i].Title), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Header_gives_casebook_id_title_and_published_date()
    {
        var incident = Assert.Single(Parser.Parse("【セキュリティ事件簿#2023-275】チエル株式会社 お知らせ 2023 年7月 24 日\n\n本文。\n").Incidents);
        Assert.Equal("2023-275", incident.CasebookId);
        Assert.Equal("チエル株式会社 お知らせ", incident.Title);
        Assert.Equal("2023-07-24", incident.Published?.ToString());
    }

    [Fact]
    public void Bare_titles_split_posts_but_list_entries_and_headings_do_not()
    {
        const string dump = "大阪府 府立高校における個人情報の流出について 2022年8月15日\n\n\n本文です。\n\n1.漏えいが確認された個人情報\n\n\n氏名、住所。\n\n"
            + "Wi-Fiのパスワードを忘れた時にWindowsで表示する方法\n\n\n説明です。\n\nランサムウェアギャング:LockBit\n\n\n終わり。\n";
        var incidents = Parser.Parse(dump).Incidents;
        Assert.Equal(2, incidents.Count);
        Assert.True(incidents[0].IsIncident);
        Assert.False(incidents[1].IsIncident);
        Assert.Equal(dump.Length - 1, incidents[1].Source.End);
    }

    [Fact]
    public void Page_chrome_before_the_first_post_is_dropped()
    {
        const string dump = "ラベル インシデント:目的外使用 の投稿を表示しています。 すべての投稿を表示\n\n【セキュリティ事件簿#2024-001】A社 不正アクセスについて\n本文。\n";
        var incident = Assert.Single(Parser.Parse(dump).Incidents);
        Assert.Equal("2024-001", incident.CasebookId);
    }

    [Fact]
    public void Text_before_the_first_title_is_kept_as_a_post_rather_than_dropped()
    {
        var incidents = Parser.Parse("前置きの文章があります。\n【セキュリティ事件簿#2024-001】A社 不正アクセスについて\n本文。\n").Incidents;
        Assert.Equal(2, incidents.Count);
    }

    private static string Squash(string s) =>
        new(s.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
