using System.Collections.Concurrent;
using IncidentParsing.Layout;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Layout;

/// <summary>An extractor that keeps what the parser's context says of each notice's layout, as a contributor's would.</summary>
internal sealed class LayoutProbe : IIncidentExtractor
{
    public ConcurrentQueue<(string Text, NoticeLayout Layout)> Seen { get; } = new();

    /// <summary>Each line as written in the input, with its role.</summary>
    public ConcurrentQueue<(string Line, LineRole Role)> Lines { get; } = new();

    public void Extract(ExtractionContext context)
    {
        Seen.Enqueue((context.Text, context.Layout));
        foreach (var line in context.Layout.Lines)
        {
            Lines.Enqueue((new string(context.OriginalChars(line.Start, line.End)), line.Role));
        }
    }

    /// <summary>Parses <paramref name="text"/> with the default extractors and this probe; the layouts in notice order.</summary>
    public static (IReadOnlyList<Model.Incident> Incidents, List<(string Text, NoticeLayout Layout)> Layouts) Parse(string text)
    {
        var (incidents, probe) = Run(text);
        return (incidents, probe.Seen.ToList());
    }

    public static (IReadOnlyList<Model.Incident> Incidents, LayoutProbe Probe) Run(string text)
    {
        var probe = new LayoutProbe();
        var parser = new IncidentParserBuilder().UseDefaults().Use(probe).Build();
        return (parser.Parse(text, "probe").Incidents, probe);
    }
}
