using IncidentParsing.Cli;

namespace IncidentParsing.Tests.Cli;

/// <summary>The command line answers the questions a new user asks first: --help on any command, --version.</summary>
public sealed class HelpAndVersionTests
{
    private static async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = await CliApp.RunAsync(args, TextReader.Null, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("parse", "--help")]
    [InlineData("parse", "-h")]
    [InlineData("parse", "notice.txt", "--format", "csv", "-h")]
    public async Task Help_on_parse_prints_its_usage_and_every_option_on_standard_output(params string[] args)
    {
        var (exit, stdout, stderr) = await Run(args);
        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("incident-parse parse [<FILE>...] [options]", stdout, StringComparison.Ordinal);
        foreach (string option in new[] { "-o, --output <FILE>", "-f, --format <FORMAT>", "--encoding <NAME>", "--stats", "--max-pages <N>" })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }
        Assert.Equal("", stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("dates", "--help")]
    [InlineData("numbers", "-h")]
    [InlineData("eval", "-h")]
    [InlineData("conformance", "--help")]
    public async Task Help_on_any_command_prints_a_usage_on_standard_output(params string[] args)
    {
        var (exit, stdout, stderr) = await Run(args);
        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        Assert.Contains("incident-parse", stdout, StringComparison.Ordinal);
        Assert.Equal("", stderr);
    }

    [Theory]
    [InlineData("parse", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData("eval", "only-one.json")]
    [InlineData]
    public async Task A_usage_error_says_what_is_wrong_and_where_the_help_is(params string[] args)
    {
        var (exit, stdout, stderr) = await Run(args);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("incident-parse: ", stderr, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_version_without_the_commit()
    {
        var (exit, stdout, _) = await Run("--version");
        Assert.Equal(CliApp.Ok, exit);
        Assert.Matches(@"^incident-parse \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\r?\n$", stdout);
    }

    [Fact]
    public async Task An_unknown_encoding_names_the_option_not_a_parameter()
    {
        var (exit, _, stderr) = await Run("parse", "-", "--encoding", "foo");
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("--encoding: unknown encoding 'foo'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", stderr, StringComparison.Ordinal);
    }
}
