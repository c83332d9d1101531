using IncidentParsing.Extractors.Fields;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using static IncidentParsing.Tests.Fields.FieldTestNotices;

namespace IncidentParsing.Tests.Fields;

public sealed class FieldOptionsTests
{
    private const string Body = "【漏えいした情報】\n・氏名\n・会員ランク\n・ポイント残高\n";

    [Fact]
    public void A_caller_supplied_synonym_changes_the_result_without_code_changes()
    {
        var plain = Parse(Body).Fields;
        Assert.DoesNotContain(plain, f => f.Text == "ポイント残高" && f.Category == FieldCategory.PurchaseHistory);

        var parser = new IncidentParserBuilder()
            .UseFields(o => o.AddSynonym("ポイント残高", FieldCategory.PurchaseHistory))
            .Build();
        var custom = Parse(Body, parser).Fields;
        Assert.Contains(custom, f => f.Text == "ポイント残高" && f.Category == FieldCategory.PurchaseHistory);
    }

    [Fact]
    public void Options_given_after_the_defaults_replace_the_default_extractor()
    {
        var builder = new IncidentParserBuilder().UseDefaults();
        int count = builder.Extractors.Count;
        var parser = builder.UseFields(o => o.AddSynonym("ポイント残高", FieldCategory.PurchaseHistory)).Build();
        Assert.Equal(count, parser.Extractors.Count);
        Assert.Contains(Parse(Body, parser).Fields, f => f.Text == "ポイント残高" && f.Category == FieldCategory.PurchaseHistory);
    }

    [Fact]
    public void A_caller_supplied_generic_head_stops_an_item_from_being_other()
    {
        Assert.Contains(Parse(Body).Fields, f => f.Text == "会員ランク" && f.Category == FieldCategory.Other);
        var parser = new IncidentParserBuilder().UseFields(o => o.AddGenericHead("会員ランク")).Build();
        Assert.DoesNotContain(Parse(Body, parser).Fields, f => f.Text == "会員ランク");
    }

    [Fact]
    public void A_caller_entry_overrides_the_embedded_one()
    {
        var parser = new IncidentParserBuilder().UseFields(o => o.AddSynonym("所属", FieldCategory.SchoolRecord)).Build();
        Assert.Equal(FieldCategory.SchoolRecord, Assert.Single(Parse("漏えいした情報:所属", parser).Fields).Category);
    }

    [Fact]
    public void Blank_synonyms_are_api_misuse()
    {
        Assert.ThrowsAny<ArgumentException>(() => new FieldsOptions().AddSynonym(" ", FieldCategory.Name));
    }

    [Fact]
    public void Every_category_code_round_trips()
    {
        foreach (var c in Enum.GetValues<FieldCategory>())
        {
            Assert.True(ContractCode<FieldCategory>.TryParse(ContractCode<FieldCategory>.Of(c), out var back));
            Assert.Equal(c, back);
        }
        Assert.Equal("card-security-code", ContractCode<FieldCategory>.Of(FieldCategory.CardSecurityCode));
    }
}
