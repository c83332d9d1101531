using System.Globalization;
using System.Text.Json;

namespace IncidentParsing.Cli.Eval;

/// <summary>
/// <c>incident-parse eval PARSED.json GOLD_DIR [--per-notice] [--json]</c>: the figures of <see cref="GoldScore"/>, printed
/// as the project's reference scorer prints them (or as one JSON object), so a clone reproduces the README's table.
/// </summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextWriter stdout)
    {
        if (args.Positional.Count != 2)
        {
            throw new CliUsageException("eval needs PARSED.json and GOLD_DIR");
        }
        string parsedPath = args.Positional[0];
        string goldDirectory = args.Positional[1];
        if (!File.Exists(parsedPath))
        {
            throw new CliUsageException($"eval: no file '{parsedPath}'");
        }
        if (!Directory.Exists(goldDirectory))
        {
            throw new CliUsageException($"eval: no directory '{goldDirectory}'");
        }
        using var parsed = JsonDocument.Parse(await File.ReadAllBytesAsync(parsedPath));
        bool perNotice = args["per-notice"] is "true";
        var score = GoldScore.Score(parsed.RootElement, goldDirectory, detail: perNotice);
        if (args["json"] is "true")
        {
            await stdout.WriteLineAsync(Json(score));
            return CliApp.Ok;
        }
        if (perNotice)
        {
            foreach (string note in score.Notes)
            {
                await stdout.WriteLineAsync(note);
            }
        }
        await stdout.WriteLineAsync(Text(score));
        return CliApp.Ok;
    }

    public static string Text(GoldScore score)
    {
        var lines = new List<string> { $"documents scored: {score.Documents}", Prf("segmentation", score.Segmentation) };
        lines.AddRange(GoldScore.Accuracies.Select(k => $"{k,-15} accuracy={F(score.Accuracy(k))} (n={score.Scored(k)})"));
        lines.AddRange(GoldScore.SetScores.Select(k => Prf(k, score.Set(k))));
        lines.Add($"overall={F(score.Overall)}");
        return string.Join('\n', lines);
    }

    private static string Json(GoldScore score)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("documents", score.Documents);
            WritePrf(w, "segmentation", score.Segmentation);
            foreach (string k in GoldScore.Accuracies)
            {
                w.WriteStartObject(k);
                w.WriteNumber("accuracy", score.Accuracy(k));
                w.WriteNumber("n", score.Scored(k));
                w.WriteEndObject();
            }
            foreach (string k in GoldScore.SetScores)
            {
                WritePrf(w, k, score.Set(k));
            }
            w.WriteNumber("overall", score.Overall);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WritePrf(Utf8JsonWriter w, string name, (double P, double R, double F1) v)
    {
        w.WriteStartObject(name);
        w.WriteNumber("p", v.P);
        w.WriteNumber("r", v.R);
        w.WriteNumber("f1", v.F1);
        w.WriteEndObject();
    }

    private static string Prf(string name, (double P, double R, double F1) v) => $"{name,-15} P={F(v.P)} R={F(v.R)} F1={F(v.F1)}";

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
