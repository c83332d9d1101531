using IncidentParsing.Export.Formats;
using IncidentParsing.Model;

namespace IncidentParsing.Export;

/// <summary>
/// An output format: <see cref="Json"/>, <see cref="JsonLines"/>, <see cref="Csv"/>, <see cref="Html"/>, <see cref="Veris"/> (the CLI adds
/// <c>parquet</c>). A format writes incidents as they come from a parse, so a corpus of any size streams through (a
/// format that needs them all, as a report's summary does, keeps them). A new format is one class deriving from this
/// and one line in <see cref="BuiltIn"/> (or, outside the library, one item in the list given to <see cref="Find"/>).
/// </summary>
/// <example>
/// <code>
/// await using var file = File.Create("incidents.csv");
/// await IncidentFormat.Csv.WriteAsync(file, parser.Parse(text, "notice.txt").Incidents);
/// </code>
/// </example>
public abstract class IncidentFormat
{
    /// <summary>One indented JSON array of incidents (the contract's JSON).</summary>
    public static IncidentFormat Json { get; } = new JsonFormat(lines: false);

    /// <summary>JSON Lines: one incident per line.</summary>
    public static IncidentFormat JsonLines { get; } = new JsonFormat(lines: true);

    /// <summary>CSV (RFC 4180, UTF-8 with a byte order mark): one row per incident, the columns of <see cref="IncidentRow"/>.</summary>
    public static IncidentFormat Csv { get; } = new CsvFormat();

    /// <summary>A self-contained HTML report with every extracted span highlighted in the notice's text.</summary>
    public static IncidentFormat Html { get; } = new HtmlFormat();

    /// <summary>Each incident as a VERIS 1.4 record (VCDB's vocabulary), one per line.</summary>
    public static IncidentFormat Veris { get; } = new VerisFormat();

    /// <summary>The formats of the library.</summary>
    public static IReadOnlyList<IncidentFormat> BuiltIn { get; } = [Json, JsonLines, Csv, Html, Veris];

    /// <summary>The name <c>--format</c> takes, lower-case.</summary>
    public abstract string Name { get; }

    /// <summary>True when the output is binary, so it goes to a file and never to a terminal.</summary>
    public virtual bool IsBinary => false;

    /// <summary>True when the format shows each incident in its document's text (the HTML report highlights its spans).</summary>
    public virtual bool NeedsDocumentText => false;

    /// <summary>The format named <paramref name="name"/> among <paramref name="formats"/> (<see cref="BuiltIn"/> by default), or null.</summary>
    public static IncidentFormat? Find(string name, IEnumerable<IncidentFormat>? formats = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return (formats ?? BuiltIn).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Writes <paramref name="incidents"/> to <paramref name="output"/> as they come, then ends the output (closes the JSON
    /// array, writes the report) and flushes it. <paramref name="documentText"/> gives the text an incident was parsed from
    /// (its spans point into it), for a format that <see cref="NeedsDocumentText">shows it</see>. The stream stays open.
    /// </summary>
    public abstract Task WriteAsync(Stream output, IAsyncEnumerable<Incident> incidents, Func<Incident, string?>? documentText = null,
        CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="incidents"/>, parsed from <paramref name="documentText"/>, to <paramref name="output"/>.</summary>
    public Task WriteAsync(Stream output, IEnumerable<Incident> incidents, string? documentText = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        return WriteAsync(output, incidents.ToAsyncEnumerable(), _ => documentText, cancellationToken);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
