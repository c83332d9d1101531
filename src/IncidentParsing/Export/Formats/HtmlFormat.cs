using System.Text;
using IncidentParsing.Model;

namespace IncidentParsing.Export.Formats;

/// <summary>
/// <c>html</c>: a self-contained report (<see cref="IncidentHtmlReport"/>). Its summary table comes before the cards, so
/// the incidents are kept until the last has come.
/// </summary>
internal sealed class HtmlFormat : IncidentFormat
{
    public override string Name => "html";

    public override bool NeedsDocumentText => true;

    public override async Task WriteAsync(Stream output, IAsyncEnumerable<Incident> incidents, Func<Incident, string?>? documentText = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(incidents);
        var items = new List<(Incident Incident, string Text)>();
        await foreach (var incident in incidents.WithCancellation(cancellationToken))
        {
            // Without its text an incident's card shows its values but no highlighted source.
            items.Add((incident, documentText?.Invoke(incident) ?? ""));
        }
        await using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        IncidentHtmlReport.Write(text, items);
        await text.FlushAsync(cancellationToken);
    }
}
