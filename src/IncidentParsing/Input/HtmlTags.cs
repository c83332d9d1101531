using System.Net;
using System.Text;

namespace IncidentParsing.Input;

/// <summary>
/// A linear scan of HTML tags, for pages no tree should be built of: how deep the elements nest, and the text with the
/// tags stripped (block elements as line breaks, skipped elements' content left out).
/// </summary>
internal static class HtmlTags
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>The deepest nesting of elements, counted up to <paramref name="stopAbove"/> and one more.</summary>
    public static int Depth(string html, int stopAbove)
    {
        int depth = 0, deepest = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.Name.Length == 0)
            {
                continue;
            }
            if (tag.Closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!tag.SelfClosing && !Void.Contains(tag.Name))
            {
                deepest = Math.Max(deepest, ++depth);
                if (deepest > stopAbove)
                {
                    break;
                }
            }
        }
        return deepest;
    }

    /// <summary>The text between the tags, entities decoded; a block tag breaks the line; a skipped element's content goes.</summary>
    public static StringBuilder Strip(string html, HashSet<string> blocks, HashSet<string> skipped)
    {
        var text = new StringBuilder(html.Length / 2);
        int i = 0;
        string? skipping = null;
        foreach (var (name, closing, _, open, close) in Tags(html))
        {
            if (skipping is null)
            {
                AppendText(text, html, i, open);
            }
            if (skipping is not null)
            {
                skipping = closing && name.Equals(skipping, StringComparison.OrdinalIgnoreCase) ? null : skipping;
            }
            else if (!closing && skipped.Contains(name) && !Void.Contains(name))
            {
                skipping = name;
            }
            else if (blocks.Contains(name) || name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                text.Append('\n');
            }
            i = close + 1;
        }
        // The text after the last tag, up to a tag left open (which, unclosed, ends the page).
        if (skipping is null)
        {
            int open = html.IndexOf('<', i);
            AppendText(text, html, i, open < 0 ? html.Length : open);
        }
        return text;
    }

    private static void AppendText(StringBuilder text, string html, int start, int end)
    {
        if (end > start)
        {
            text.Append(WebUtility.HtmlDecode(html.AsSpan(start, end - start).ToString()).Replace('\u00A0', ' '));
        }
    }

    // Every tag, where its < and > stand; a comment, a doctype or an unnamed tag has no name.
    private static IEnumerable<(string Name, bool Closing, bool SelfClosing, int Open, int Close)> Tags(string html)
    {
        int i = 0;
        while (i < html.Length)
        {
            int open = html.IndexOf('<', i);
            if (open < 0)
            {
                yield break;
            }
            int close = html.IndexOf('>', open);
            if (close < 0)
            {
                yield break;
            }
            var (name, closing, selfClosing) = Parse(html.AsSpan(open + 1, close - open - 1));
            yield return (name, closing, selfClosing, open, close);
            i = close + 1;
        }
    }

    // "div class=…", "/p", "br/", "!-- …": the name, whether it closes, whether it closes itself; no name for a
    // comment, a doctype or a processing instruction.
    private static (string Name, bool Closing, bool SelfClosing) Parse(ReadOnlySpan<char> inner)
    {
        bool closing = inner.Length > 0 && inner[0] == '/';
        var rest = closing ? inner[1..] : inner;
        int end = 0;
        while (end < rest.Length && (char.IsAsciiLetterOrDigit(rest[end]) || rest[end] == '-'))
        {
            end++;
        }
        if (end == 0 || !char.IsAsciiLetter(rest[0]))
        {
            return ("", false, false);
        }
        return (rest[..end].ToString(), closing, inner.Length > 0 && inner[^1] == '/');
    }
}
