namespace IncidentParsing.Cli;

/// <summary>Positional arguments and <c>--name value</c> options, checked against the options each command knows.</summary>
internal sealed class CliArguments
{
    private static readonly HashSet<string> Known = ["format", "output", "encoding", "tokenizer", "reference", "threads", "candidates", "emit-text", "max-mb", "max-pages", "failures"];

    // Options that take no value.
    private static readonly HashSet<string> Flags = ["stats", "per-notice", "json"];
    private readonly Dictionary<string, string> _options = [];

    public List<string> Positional { get; } = [];

    public string? this[string name] => _options.GetValueOrDefault(name);

    public static CliArguments Parse(string[] args)
    {
        var result = new CliArguments();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "-" || !a.StartsWith('-'))
            {
                result.Positional.Add(a);
                continue;
            }
            string name = a.TrimStart('-');
            string? value = null;
            int eq = name.IndexOf('=');
            if (eq >= 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }
            if (name == "o")
            {
                name = "output";
            }
            if (Flags.Contains(name) && value is null)
            {
                result._options[name] = "true";
                continue;
            }
            if (!Known.Contains(name))
            {
                throw new CliUsageException($"unknown option '{a}'");
            }
            if (value is null)
            {
                if (i + 1 >= args.Length)
                {
                    throw new CliUsageException($"option '{a}' needs a value");
                }
                value = args[++i];
            }
            result._options[name] = value;
        }
        return result;
    }
}
