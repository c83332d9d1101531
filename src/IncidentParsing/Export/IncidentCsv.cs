using IncidentParsing.Model;

namespace IncidentParsing.Export;

/// <summary>
/// Writes incidents as CSV (RFC 4180): a header row, then one row per incident with the columns of
/// <see cref="IncidentColumns.All"/>; CRLF line ends; a field is quoted when it holds a comma, a quote
/// or a line break, quotes doubled. List columns join their items with <see cref="IncidentColumns.ListSeparator"/>.
/// </summary>
public static class IncidentCsv
{
    /// <summary>
    /// Writes <paramref name="incidents"/> to <paramref name="writer"/>. With <paramref name="byteOrderMark"/>
    /// the text starts with U+FEFF, so spreadsheet tools that guess the encoding read the Japanese as UTF-8.
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<Incident> incidents, bool byteOrderMark = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(incidents);
        if (byteOrderMark)
        {
            writer.Write('\uFEFF');
        }
        var columns = IncidentColumns.All;
        for (int i = 0; i < columns.Count; i++)
        {
            WriteField(writer, columns[i].Name, i);
        }
        writer.Write("\r\n");
        foreach (var row in IncidentTable.ToRows(incidents))
        {
            for (int i = 0; i < columns.Count; i++)
            {
                WriteField(writer, columns[i].Text(row), i);
            }
            writer.Write("\r\n");
        }
    }

    /// <summary>Writes one field, preceded by a comma unless it is the first of its row.</summary>
    public static void WriteField(TextWriter writer, string? value, int index)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (index > 0)
        {
            writer.Write(',');
        }
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
