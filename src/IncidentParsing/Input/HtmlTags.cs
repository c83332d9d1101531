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
        foreach (var (name, closing, selfClosing) in Tags(html))
        {
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!selfClosing && !Void.Contains(name))
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
        while (i < html.Length)
        {
            int open = html.IndexOf('<', i);
            int textEnd = open < 0 ? html.Length : open;
            if (skipping is null && textEnd > i)
            {
                text.Append(WebUtility.HtmlDecode(html.AsSpan(i, textEnd - i).ToString()).Replace('\u00A0', ' '));
            }
            if (open < 0)
            {
                break;
            }
            int close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }
            var (name, closing, _) = Parse(html.AsSpan(open + 1, close - open - 1));
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
        return text;
    }

    private static IEnumerable<(string Name, bool Closing, bool SelfClosing)> Tags(string html)
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
            var tag = Parse(html.AsSpan(open + 1, close - open - 1));
            if (tag.Name.Length > 0)
            {
                yield return tag;
            }
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
