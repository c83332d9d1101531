namespace IncidentParsing.Export;

/// <summary>HTML escaping for text and attribute values: every character that can end a text run or an attribute is replaced.</summary>
internal static class Html
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    /// <summary>Writes <paramref name="text"/> escaped for use in element content or a quoted attribute.</summary>
    public static void Write(TextWriter writer, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            int at = text.IndexOfAny(Special);
            if (at < 0)
            {
                writer.Write(text);
                return;
            }
            writer.Write(text[..at]);
            writer.Write(text[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(at + 1)..];
        }
    }

    /// <summary>Writes <paramref name="text"/> escaped; null writes nothing.</summary>
    public static void Write(TextWriter writer, string? text) => Write(writer, text.AsSpan());

    /// <summary>Writes <c>&lt;tag class="cls"&gt;text&lt;/tag&gt;</c> with the text escaped.</summary>
    public static void Element(TextWriter writer, string tag, string? cls, string? text)
    {
        writer.Write('<');
        writer.Write(tag);
        if (cls is not null)
        {
            writer.Write(" class=\"");
            writer.Write(cls);
            writer.Write('"');
        }
        writer.Write('>');
        Write(writer, text);
        writer.Write("</");
        writer.Write(tag);
        writer.Write('>');
    }
}
