using IncidentParsing.Model;

namespace IncidentParsing.Layout;

/// <summary>What a line says about itself, before its neighbours are looked at.</summary>
[Flags]
internal enum LineShape : ushort
{
    None = 0,

    /// <summary>Ends as a heading does (<c>…について</c>, <c>…のお知らせ</c>, <c>(第2報)</c>).</summary>
    TitleEnd = 1,

    /// <summary>Opens as a title does (<c>【重要】</c>, <c>【お詫び】</c>).</summary>
    TitleStart = 2,

    /// <summary>Names an incident (漏えい, 不正アクセス, 紛失…).</summary>
    IncidentWord = 4,

    /// <summary>Reads as a statement: ends with 。 or a polite verb.</summary>
    Sentence = 8,

    /// <summary>Names an organization, a department or a representative, and nothing else.</summary>
    IssuerLike = 16,

    /// <summary>Numbered or marked like a section heading (<c>1.</c>, <c>(2)</c>, <c>■</c>, <c>第3</c>).</summary>
    Numbered = 32,

    /// <summary>A date line labelled as the publication date (<c>公開日</c>, <c>掲載</c>, <c>発表</c>, <c>配信</c>).</summary>
    Published = 64,

    /// <summary>A line of a contact block (<c>TEL</c>, <c>受付時間</c>, <c>〒</c>).</summary>
    ContactLine = 128,

    /// <summary>An item of a list (<c>・</c>, <c>-</c>, <c>※</c>).</summary>
    Bulleted = 256,
}

/// <summary>A line's role in isolation, its shape, and the date it states when it is a date line.</summary>
internal readonly record struct LineFacts(LineRole Role, LineShape Shape, JapaneseDate? Date, int DateStart, int DateEnd)
{
    public bool Has(LineShape shape) => (Shape & shape) != 0;

    /// <summary>Reads as a title: a heading's ending or opening, or an incident named in a line that is not a statement.</summary>
    public bool TitleLike => Has(LineShape.TitleEnd | LineShape.TitleStart) || (Has(LineShape.IncidentWord) && !Has(LineShape.Sentence));
}
