using IncidentParsing.Text;

namespace IncidentParsing.Tests.Text;

public sealed class SectionTreeTests
{
    private const string Notice = """
        前文です。

        1.経緯
        6月27日に登録しました。
        (1)詳細
        詳細な説明。
        2.原因
        操作ミスによります。
        【再発防止策】
        ・手順を見直します。
        """;

    [Fact]
    public void Numbered_headings_nest_by_style_order()
    {
        var tree = SectionTree.Build(Notice);
        Assert.Equal(["経緯", "原因"], tree.Roots.Select(s => s.Heading).Take(2));
        Assert.Equal("詳細", Assert.Single(tree.Roots[0].Children).Heading);
        Assert.Equal(2, tree.Roots[0].Children[0].Level);
    }

    [Fact]
    public void Find_returns_the_section_whose_heading_mentions_a_word()
    {
        var tree = SectionTree.Build(Notice);
        var cause = tree.Find("原因");
        Assert.NotNull(cause);
        Assert.Equal("操作ミスによります。", Notice[cause.Body.Start..cause.Body.End].Trim());
        Assert.Equal(HeadingStyle.LenticularBracket, tree.Find("再発防止")!.Style);
    }

    [Fact]
    public void A_count_at_the_start_of_a_line_is_not_a_heading()
    {
        var tree = SectionTree.Build("1 件の漏えい\n2 名が閲覧\n");
        Assert.Empty(tree.All);
    }

    [Fact]
    public void Circled_numbers_are_headings_even_after_nfkc()
    {
        var view = NormalizedText.Create("①経緯\n本文\n②原因\n本文");
        var tree = SectionTree.Build(view);
        Assert.Equal(["経緯", "原因"], tree.Roots.Select(s => s.Heading));
        Assert.All(tree.Roots, s => Assert.Equal(HeadingStyle.Circled, s.Style));
    }
}
