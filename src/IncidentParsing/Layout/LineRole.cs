using System.Text.Json.Serialization;
using IncidentParsing.Model;

namespace IncidentParsing.Layout;

/// <summary>What a line of a notice is, as a reader sees it on the page.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<LineRole>))]
internal enum LineRole
{
    /// <summary>Running text of the notice: its statements, lists and tables.</summary>
    Body,

    /// <summary>An empty line (or one of spaces only).</summary>
    Blank,

    /// <summary>Page furniture: menus, breadcrumbs, <c>本文</c>, page numbers, print and share links, footers, a site's branding.</summary>
    Chrome,

    /// <summary>A generic label above the title: <c>お知らせ</c>, <c>ニュース</c>, <c>報道発表資料</c>, a site section.</summary>
    Label,

    /// <summary>A line stating the notice's own date: alone, after <c>公開日</c> or <c>更新日</c>, or a news dateline.</summary>
    Date,

    /// <summary>Who the notice is addressed to: <c>お客様各位</c>, <c>ご利用のお客様へ</c>.</summary>
    Addressee,

    /// <summary>The issuer above or below the title: an organization, a department, a representative.</summary>
    Issuer,

    /// <summary>The notice's title (a title repeated on the page is a title line too).</summary>
    Title,

    /// <summary>The first paragraph of the body.</summary>
    Lead,

    /// <summary>A section heading inside the body: <c>1.概要</c>, <c>【経緯】</c>, <c>■対応</c>.</summary>
    Heading,

    /// <summary><c>記</c>, which opens the itemized part of a formal notice.</summary>
    Kigo,

    /// <summary><c>以上</c>, which closes it.</summary>
    Ijo,

    /// <summary>A contact block: <c>お問い合わせ先</c> and the names, numbers and hours under it.</summary>
    Contact,

    /// <summary>The closing signature: the issuer and the date at the end of a notice.</summary>
    Signature,

    /// <summary>An image caption: <c>画像:…より引用</c>, <c>写真●…</c>.</summary>
    Caption,

    /// <summary>A news source's name or a byline.</summary>
    Credit,

    /// <summary>Links to related pages or articles.</summary>
    Related,
}

/// <summary>What kind of document a notice was read from.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<DocumentKind>))]
public enum DocumentKind
{
    /// <summary>A post of a blog dump: split at post headers and clear post boundaries.</summary>
    BlogPost,

    /// <summary>An organization's own notice, read whole.</summary>
    Notice,

    /// <summary>A news article about an incident.</summary>
    NewsArticle,

    /// <summary>A blog post quoting several news items about one incident.</summary>
    Digest,

    /// <summary>A single page that reports no incident (a warning, a policy, an announcement).</summary>
    Page,
}

/// <summary>How a notice was read: the kind of document and where its body starts (beyond the contract).</summary>
/// <param name="Kind">The kind of document.</param>
/// <param name="BodyStart">UTF-16 offset in the input where the body starts, after the title and the lines that go with it.</param>
public readonly record struct ReadingLayout(DocumentKind Kind, int BodyStart);
