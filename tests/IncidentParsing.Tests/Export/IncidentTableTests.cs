using IncidentParsing.Export;
using IncidentParsing.Model;

namespace IncidentParsing.Tests.Export;

public sealed class IncidentTableTests
{
    [Fact]
    public void Flattens_codes_counts_and_chronological_timeline_bounds()
    {
        var row = IncidentTable.ToRow(ExportSamples.Full());
        Assert.Equal(["unauthorized-access", "web-skimming"], row.Kinds);
        Assert.Equal(["name", "address"], row.FieldCategories);
        Assert.Equal(["氏名", "住所"], row.FieldTexts);
        Assert.Equal(["reported", "detected"], row.TimelineEvents);
        Assert.Equal("2024-07-01", row.FirstDate);
        Assert.Equal(new DateOnly(2024, 7, 1), row.FirstDay);
        Assert.Equal("2024-08-02", row.LastDate);
        Assert.Equal(new DateOnly(2024, 8, 9), row.PublishedDay);
        Assert.Equal("2024-06", row.ExposureFrom);
        Assert.Equal(1200, row.Affected);
        Assert.Equal("お客様", row.AffectedSubject);
    }

    [Fact]
    public void A_day_column_is_null_unless_the_text_gives_a_day_and_a_range_end_counts_as_last()
    {
        var incident = ExportSamples.Full() with
        {
            Published = new JapaneseDate(2024, 8, 0),
            Timeline = [new TimelineEvent(new JapaneseDate(2024, 5, 0), new JapaneseDate(2024, 9, 30), TimelineEventCode.Occurred, "x", 0, 1)],
        };
        var row = IncidentTable.ToRow(incident);
        Assert.Equal("2024-08", row.Published);
        Assert.Null(row.PublishedDay);
        Assert.Null(row.FirstDay);
        Assert.Equal("2024-09-30", row.LastDate);
        Assert.Equal(new DateOnly(2024, 9, 30), row.LastDay);
    }

    [Fact]
    public void An_empty_incident_gives_empty_lists_and_nulls_and_rows_keep_input_order()
    {
        var empty = new Incident { Source = new SourceLocation("b.txt", 5, 9) };
        var rows = IncidentTable.ToRows([ExportSamples.Full(), empty]).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("b.txt", rows[1].Document);
        Assert.Empty(rows[1].Kinds);
        Assert.Null(rows[1].FirstDate);
        Assert.Null(rows[1].Affected);
    }

    [Fact]
    public void Contract_codes_match_the_json_spelling()
    {
        Assert.Equal("not-confirmed", ContractCode<LeakStatus>.Of(LeakStatus.NotConfirmed));
        Assert.Equal("card-security-code", ContractCode<FieldCategory>.Of(FieldCategory.CardSecurityCode));
        Assert.Equal("ppc", ContractCode<ReportTarget>.Of(ReportTarget.Ppc));
    }
}
