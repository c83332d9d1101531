using System.CommandLine;

namespace IncidentParsing.Cli;

/// <summary>What a command was given: its arguments' values in order, and each option given, by name without dashes.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = [];

    /// <summary>Nothing given (a command run from code).</summary>
    public static CliArguments Empty => new();

    public List<string> Positional { get; } = [];

    /// <summary>An option's value (<c>"true"</c> for a flag that is set), or null when it was not given.</summary>
    public string? this[string name] => _options.GetValueOrDefault(name);

    public static CliArguments From(ParseResult result)
    {
        var args = new CliArguments();
        var command = result.CommandResult.Command;
        foreach (var argument in command.Arguments)
        {
            switch (result.GetResult(argument)?.GetValueOrDefault<object>())
            {
                case string one:
                    args.Positional.Add(one);
                    break;
                case string[] many:
                    args.Positional.AddRange(many);
                    break;
            }
        }
        foreach (var option in command.Options)
        {
            if (result.GetResult(option) is not { Implicit: false } given)
            {
                continue;
            }
            string name = option.Name.TrimStart('-');
            if (option is Option<bool>)
            {
                if (given.GetValueOrDefault<bool>())
                {
                    args._options[name] = "true";
                }
            }
            else if (given.GetValueOrDefault<string>() is { } value)
            {
                args._options[name] = value;
            }
        }
        return args;
    }
}
