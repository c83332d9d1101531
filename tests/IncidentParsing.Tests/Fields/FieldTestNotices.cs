using IncidentParsing.Extractors.Fields;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Fields;

/// <summary>Wraps a body in a notice header and parses it with the field extractor alone.</summary>
internal static class FieldTestNotices
{
    public const string Header = "【セキュリティ事件簿#2024-001】株式会社サンプル 個人情報漏えいに関するお詫び 2024/8/9\n\n";

    private static readonly IncidentParser Parser = new IncidentParserBuilder().UseFields().Build();

    public static Incident Parse(string body, IncidentParser? parser = null) =>
        (parser ?? Parser).Parse(Header + body, "test.txt").Incidents[0];

    public static FieldCategory[] FieldsOf(string body, IncidentParser? parser = null) =>
        Parse(body, parser).Fields.Select(f => f.Category).Distinct().Order().ToArray();

    public static FieldCategory[] ExcludedOf(string body) =>
        Parse(body).ExcludedFields.Select(f => f.Category).Distinct().Order().ToArray();

    public static FieldCategory[] Set(params FieldCategory[] categories) => categories.Distinct().Order().ToArray();
}
