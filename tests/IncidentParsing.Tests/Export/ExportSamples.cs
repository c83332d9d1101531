using IncidentParsing.Model;

namespace IncidentParsing.Tests.Export;

/// <summary>Hand-made incidents over a hand-made text, so the export tests do not depend on what the extractors find.</summary>
internal static class ExportSamples
{
    public const string Text = "【セキュリティ事件簿#2024-001】株式会社テスト 不正アクセスについて 2024/8/9\n"
        + "2024年7月1日に不正アクセスを検知しました。お客様の氏名、住所 約1,200件が流出した可能性があります。\n"
        + "クレジットカード情報は含まれておりません。8月2日に個人情報保護委員会へ報告しました。\n";

    public static int At(string s, int from = 0) => Text.IndexOf(s, from, StringComparison.Ordinal);

    public static SourceText Span(string s) => new(s, At(s), At(s) + s.Length);

    public static Incident Full()
    {
        var count = new Count(1200, "件", CountQualifier.Approximately, "お客様", "約1,200件", At("約1,200件"), At("約1,200件") + 7);
        return new Incident
        {
            Source = new SourceLocation("a.txt", 0, Text.Length),
            CasebookId = "2024-001",
            Title = "株式会社テスト 不正アクセスについて",
            TitleSource = Span("株式会社テスト 不正アクセスについて"),
            IsIncident = true,
            Organization = "株式会社テスト",
            OrganizationSource = Span("株式会社テスト"),
            Published = new JapaneseDate(2024, 8, 9),
            Kinds = [IncidentKind.UnauthorizedAccess, IncidentKind.WebSkimming],
            LeakStatus = LeakStatus.Possible,
            Affected = count,
            Counts = [count],
            Fields =
            [
                new LeakedField(FieldCategory.Name, "氏名", At("氏名"), At("氏名") + 2),
                new LeakedField(FieldCategory.Address, "住所", At("住所"), At("住所") + 2),
            ],
            ExcludedFields = [new LeakedField(FieldCategory.CardNumber, "クレジットカード情報", At("クレジットカード情報"), At("クレジットカード情報") + 10)],
            Timeline =
            [
                // Text order is not date order: the later date comes first, so first/last must be chronological.
                new TimelineEvent(new JapaneseDate(2024, 8, 2) { Inferred = true }, null, TimelineEventCode.Reported, "8月2日", At("8月2日"), At("8月2日") + 4),
                new TimelineEvent(new JapaneseDate(2024, 7, 1), null, TimelineEventCode.Detected, "2024年7月1日", At("2024年7月1日"), At("2024年7月1日") + 9),
            ],
            ExposurePeriod = new ExposurePeriod(new JapaneseDate(2024, 6, 0), new JapaneseDate(2024, 7, 1)),
            Reports = [new AuthorityReport(ReportTarget.Ppc, new JapaneseDate(2024, 8, 2), "個人情報保護委員会", At("個人情報保護委員会"), At("個人情報保護委員会") + 9)],
            Cause = "不正アクセス",
            Measures = ["監視の強化"],
            Related = ["2023-335"],
        };
    }

    /// <summary>The number of spans of <see cref="Full"/> that the report can highlight: title, organization, 2 dates, 1 count, 2 fields, 1 excluded field, 1 report.</summary>
    public const int FullHighlights = 9;
}
