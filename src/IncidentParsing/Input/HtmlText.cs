using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using IncidentParsing.Model;

namespace IncidentParsing.Input;

/// <summary>An HTML page's text and the date its markup gives it.</summary>
/// <param name="Text">The page's text, as <see cref="HtmlText.Extract"/> gives it.</param>
/// <param name="Published">The date of <c>article:published_time</c>, a date meta or the first <c>&lt;time datetime&gt;</c>.</param>
internal sealed record HtmlContent(string Text, JapaneseDate? Published)
{
    /// <summary>
    /// The page's own title in its markup: its first <c>&lt;h1&gt;</c> outside the site's header, navigation and footer,
    /// else its <c>&lt;title&gt;</c> without the site's name (<c>個人情報の漏えいについて｜みどり市</c>); null where it has
    /// neither.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>True when the page nested deeper than <see cref="InputLimits.MaxHtmlDepth"/> and was read by stripping its tags.</summary>
    public bool TagsStripped { get; init; }
}

/// <summary>
/// The text of an HTML page as the parser reads a notice: block elements as line breaks, a table's rows as
/// tab-separated lines, and what is no part of the page's content (scripts, styles, navigation, the site's header
/// and footer, forms) left out. Parsed with AngleSharp, a full HTML5 parser, so broken markup reads as browsers read it.
/// </summary>
internal static class HtmlText
{
    // Elements whose text is never the notice's.
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "select", "option", "object", "canvas", "audio", "video", "head",
    };

    // Elements that stand on lines of their own.
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "caption", "blockquote", "pre", "address", "figure", "figcaption",
        "hr", "body", "center", "details", "summary", "fieldset", "legend",
    };

    private static readonly HtmlParserOptions Options = new() { IsScripting = false };

    /// <summary>True when <paramref name="text"/> opens as an HTML document (a doctype or an html, head or body tag).</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, 1024)].TrimStart(" \t\r\n\uFEFF");
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<!--", StringComparison.Ordinal) && head.IndexOf("<html", StringComparison.OrdinalIgnoreCase) >= 0);
    }

    /// <summary>The page's text, one block per line, blank lines between paragraphs collapsed to one.</summary>
    public static string Extract(string html) => Read(html).Text;

    /// <summary>
    /// The page's text (<see cref="Extract"/>) and the date it gives itself in its markup: <c>article:published_time</c>
    /// or another date meta, else the first <c>&lt;time datetime&gt;</c>, at day precision; null where it gives none.
    /// </summary>
    /// <remarks>
    /// A page whose elements nest deeper than <see cref="InputLimits.MaxHtmlDepth"/> (of <paramref name="limits"/>, or the
    /// default) is read by stripping its tags instead: an HTML5 parser's tree building takes time growing with the square
    /// of the depth (40,000 nested divs: 3 s), and no real page nests this deep.
    /// </remarks>
    public static HtmlContent Read(string html, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        int maxDepth = (limits ?? InputLimits.Default).MaxHtmlDepth;
        if (HtmlTags.Depth(html, maxDepth) > maxDepth)
        {
            return new HtmlContent(Tidy(HtmlTags.Strip(html, Blocks, Skipped)), null) { TagsStripped = true };
        }
        // A parser per page: one instance holds its browsing context, and pages are read on many threads at once.
        using var document = new HtmlParser(Options).ParseDocument(html);
        var text = new StringBuilder(html.Length / 4);
        if (document.Body is { } body)
        {
            Append(body, text, preformatted: false);
        }
        return new HtmlContent(Tidy(text), PublishedOf(document)) { Title = TitleOf(document) };
    }

    // "｜", " | ", " - ": what parts a page's title from its site's name.
    private static readonly string[] TitleSeparators = ["｜", " | ", "|", " - ", " – ", " — ", "："];

    private static string? TitleOf(IDocument document)
    {
        foreach (var heading in document.QuerySelectorAll("body h1"))
        {
            if (!heading.Ancestors<IElement>().Any(a => Skipped.Contains(a.LocalName)) && Collapse(heading.TextContent) is { Length: > 0 } h1)
            {
                return h1;
            }
        }
        string title = Collapse(document.Title ?? "");
        foreach (var separator in TitleSeparators)
        {
            int at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return title[..at].Trim(); // the page's own part comes first; the site's name after it
            }
        }
        return title.Length > 0 ? title : null;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[])[' ', '\t', '\n', '\r', '\u3000'], StringSplitOptions.RemoveEmptyEntries));

    private static readonly string[] DateMetas = ["article:published_time", "og:published_time", "date", "pubdate", "publishdate", "dc.date", "dcterms.issued"];

    private static JapaneseDate? PublishedOf(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            string? key = (meta.GetAttribute("property") ?? meta.GetAttribute("name"))?.ToLowerInvariant();
            if (key is not null && Array.IndexOf(DateMetas, key) >= 0 && Day(meta.GetAttribute("content")) is { } date)
            {
                return date;
            }
        }
        return Day(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
    }

    // "2031-03-10T09:00:00+09:00", "2031-03-10": the day (a time zone's date line aside).
    private static JapaneseDate? Day(string? value) =>
        value is { Length: >= 10 } && JapaneseDate.TryParseIso(value.AsSpan(0, 10), out var date) ? date : null;

    // Walks the tree without recursion, so a page of 10^6 nested elements cannot overflow the stack.
    private static void Append(INode root, StringBuilder text, bool preformatted)
    {
        var stack = new Stack<(INode Node, bool Leaving, bool Pre)>();
        stack.Push((root, false, preformatted));
        while (stack.Count > 0)
        {
            var (node, leaving, pre) = stack.Pop();
            if (node is IText textNode)
            {
                AppendText(text, textNode.Data, pre);
                continue;
            }
            if (node is not IElement element)
            {
                continue;
            }
            string tag = element.LocalName;
            if (leaving)
            {
                Leave(tag, text);
                continue;
            }
            if (Skipped.Contains(tag) || element.HasAttribute("hidden") || IsHiddenByRole(element))
            {
                continue;
            }
            Enter(tag, text);
            stack.Push((node, true, pre));
            bool childPre = pre || tag.Equals("pre", StringComparison.OrdinalIgnoreCase);
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false, childPre));
            }
        }
    }

    // role="navigation" and the like mark page furniture where the markup uses plain divs.
    private static bool IsHiddenByRole(IElement element) =>
        element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "search"
        || element.GetAttribute("aria-hidden") == "true";

    private static void Enter(string tag, StringBuilder text)
    {
        switch (tag)
        {
            case "br":
                text.Append('\n');
                break;
            case "td" or "th":
                if (text.Length > 0 && text[^1] is not ('\n' or '\t'))
                {
                    text.Append('\t');
                }
                break;
            case "li":
                LineBreak(text);
                break;
            default:
                if (Blocks.Contains(tag))
                {
                    LineBreak(text);
                }
                break;
        }
    }

    private static void Leave(string tag, StringBuilder text)
    {
        if (tag is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "ul" or "ol" or "dl" or "blockquote" or "pre")
        {
            LineBreak(text);
            text.Append('\n'); // a paragraph ends with a blank line, as in the plain text of a notice
        }
        else if (Blocks.Contains(tag))
        {
            LineBreak(text);
        }
    }

    private static void LineBreak(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] is ' ' or '\t')
        {
            text.Length--;
        }
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    // HTML collapses runs of whitespace to one space and drops it at a line's start; pre keeps it as it is.
    private static void AppendText(StringBuilder text, string data, bool pre)
    {
        if (pre)
        {
            text.Append(data.Replace("\r\n", "\n", StringComparison.Ordinal));
            return;
        }
        foreach (char c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n' or '\t'))
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c == '\u00A0' ? ' ' : c);
            }
        }
    }

    // At most one blank line in a row, no spaces at a line's end, none at the start or the end of the text.
    private static string Tidy(StringBuilder text)
    {
        var lines = text.ToString().Split('\n');
        var tidy = new StringBuilder(text.Length);
        int blank = 0;
        foreach (var raw in lines)
        {
            string line = raw.TrimEnd(' ', '\t').TrimStart(' ');
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (tidy.Length > 0)
            {
                tidy.Append(blank > 0 ? "\n\n" : "\n");
            }
            tidy.Append(line);
            blank = 0;
        }
        return tidy.Append('\n').ToString();
    }
}
