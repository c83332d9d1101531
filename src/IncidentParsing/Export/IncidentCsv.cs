namespace IncidentParsing.Export;

/// <summary>
/// CSV rows (RFC 4180) of the columns of <see cref="IncidentColumns.All"/>: CRLF line ends; a field is quoted when it
/// holds a comma, a quote or a line break, quotes doubled; list columns join their items with
/// <see cref="IncidentColumns.ListSeparator"/>. Written by the <c>csv</c> format.
/// </summary>
internal static class IncidentCsv
{
    /// <summary>The byte order mark and the header row.</summary>
    public static void WriteHeader(TextWriter writer)
    {
        writer.Write('\uFEFF');
        var columns = IncidentColumns.All;
        for (int i = 0; i < columns.Count; i++)
        {
            WriteField(writer, columns[i].Name, i);
        }
        writer.Write("\r\n");
    }

    /// <summary>One incident's row.</summary>
    public static void WriteRow(TextWriter writer, IncidentRow row)
    {
        var columns = IncidentColumns.All;
        for (int i = 0; i < columns.Count; i++)
        {
            WriteField(writer, columns[i].Text(row), i);
        }
        writer.Write("\r\n");
    }

    /// <summary>Writes one field, preceded by a comma unless it is the first of its row.</summary>
    public static void WriteField(TextWriter writer, string? value, int index)
    {
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
