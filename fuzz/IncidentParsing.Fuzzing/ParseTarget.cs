using IncidentParsing.Input;
using IncidentParsing.Json;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;
using SharpFuzz;

namespace IncidentParsing.Fuzzing;

/// <summary>The fuzzed entry point: bytes → <see cref="NoticeReader"/> (encoding, HTML, PDF) → <see cref="IncidentParser.Parse(string, string?, ParseOptions?)"/> → invariants.</summary>
internal static class ParseTarget
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    public static int RunUnderAfl()
    {
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            Check(memory.ToArray());
        });
        return 0;
    }

    public static int Replay(string[] folders, TextWriter output)
    {
        int files = 0;
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Check(File.ReadAllBytes(file));
                files++;
            }
        }
        output.WriteLine($"fuzz replay: {files} inputs parsed, invariants held");
        return files > 0 ? 0 : 1;
    }

    /// <summary>Throws (which AFL records as a crash) when an invariant breaks.</summary>
    public static void Check(byte[] bytes)
    {
        // The library's input layer: the encoding detected, an HTML page or a PDF file read for its text (both paths are fuzzed too).
        string text = NoticeReader.Read(bytes).Text;
        var result = Parser.Parse(text, "fuzz");
        int previous = 0;
        foreach (var incident in result.Incidents)
        {
            Require(incident.Source.Start >= previous && incident.Source.End <= text.Length, "notice span outside the input");
            previous = incident.Source.End;
            CheckSpans(text, incident);
            _ = IncidentJson.Serialize(incident, indented: false);
        }
    }

    private static void CheckSpans(string text, Incident incident)
    {
        foreach (var (t, s, e) in Spans(incident))
        {
            Require(s >= 0 && e >= s && e <= text.Length && text.AsSpan(s, e - s).SequenceEqual(t), $"span [{s},{e}) does not hold '{t}'");
        }
    }

    private static IEnumerable<(string Text, int Start, int End)> Spans(Incident i)
    {
        foreach (var c in i.Counts) yield return (c.Text, c.Start, c.End);
        foreach (var f in i.Fields.Concat(i.ExcludedFields)) yield return (f.Text, f.Start, f.End);
        foreach (var e in i.Timeline) yield return (e.Text, e.Start, e.End);
        foreach (var r in i.Reports) yield return (r.Text, r.Start, r.End);
        foreach (var a in i.Annotations) yield return (a.Text, a.Start, a.End);
        foreach (var s in new[] { i.TitleSource, i.OrganizationSource, i.CauseSource })
        {
            if (s is not null) yield return (s.Text, s.Start, s.End);
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Invariant broken: " + message);
        }
    }
}
