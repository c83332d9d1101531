using IncidentParsing.Cli;
using IncidentParsing.MeCab;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.MeCab;

public sealed class MeCabConfigurationTests
{
    [Fact]
    public void A_missing_dictionary_is_a_clear_error_that_names_the_packages_to_install()
    {
        // Runs with or without MeCab: a missing library gives the same kind of error.
        string nowhere = Path.Combine(Path.GetTempPath(), "no-such-mecab-dic-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<MeCabUnavailableException>(() => new MeCabTokenizer(new MeCabOptions { DictionaryDirectory = nowhere }));
        Assert.Contains("mecab-ipadic-utf8", error.Message);
        Assert.Contains("libmecab2", error.Message);
        Assert.Contains(MeCabOptions.DictionaryDirectoryVariable, error.Message);
    }

    [SkippableFact]
    public void A_dictionary_that_is_not_ipadic_utf8_is_refused_with_the_reason()
    {
        MeCabRequired.Tokenizer();
        string? other = new[] { "/var/lib/mecab/dic/ipadic", "/var/lib/mecab/dic/juman-utf8" }.FirstOrDefault(d => File.Exists(Path.Combine(d, "sys.dic")));
        Skip.If(other is null, "no EUC-JP IPADIC or JUMAN dictionary installed to refuse");
        var error = Assert.Throws<MeCabUnavailableException>(() => new MeCabTokenizer(new MeCabOptions { DictionaryDirectory = other }));
        Assert.Contains(other, error.Message);
        Assert.Contains("mecab-ipadic-utf8", error.Message);
    }

    [Fact]
    public void The_dicdir_of_a_mecabrc_is_read_with_comments_and_rcpath()
    {
        string rc = Path.Combine(Path.GetTempPath(), $"mecabrc-{Guid.NewGuid():N}");
        File.WriteAllText(rc, "; dicdir = /commented/out\n\n  dicdir =  $(rcpath)/dic/ipadic  \nuserdic = /x.dic\n");
        try
        {
            Assert.Equal(Path.GetDirectoryName(Path.GetFullPath(rc)) + "/dic/ipadic", MeCabDictionaryLocator.ReadDictionaryDirectory(rc));
        }
        finally
        {
            File.Delete(rc);
        }
    }

    [SkippableFact]
    public void A_mecabrc_named_in_the_options_decides_the_dictionary()
    {
        var shared = MeCabRequired.Tokenizer();
        string rc = Path.Combine(Path.GetTempPath(), $"mecabrc-{Guid.NewGuid():N}");
        File.WriteAllText(rc, $"dicdir = {shared.DictionaryDirectory}\n");
        try
        {
            using var mecab = new MeCabTokenizer(new MeCabOptions { ResourceFile = rc });
            Assert.Equal(rc, mecab.DictionaryOrigin);
            Assert.Equal(shared.DictionaryDirectory, mecab.DictionaryDirectory);
            Assert.NotEmpty(mecab.Tokenize("個人情報"));
        }
        finally
        {
            File.Delete(rc);
        }
    }

    [Fact]
    public void The_parse_result_says_which_tokenizer_ran()
    {
        var result = IncidentParser.CreateDefault().Parse("【お知らせ】テスト\n本文。\n");
        var note = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.Tokenizer);
        Assert.Contains("builtin", note.Message);
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
    }

    [SkippableFact]
    public async Task The_cli_with_tokenizer_mecab_says_so_on_stderr_and_in_the_diagnostics()
    {
        var mecab = MeCabRequired.Tokenizer();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = await CliApp.RunAsync(["parse", "--tokenizer", "mecab", "-"], new StringReader("【お知らせ】テスト\n本文。\n"), stdout, stderr);
        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains($"incident-parse: tokenizer mecab (ipadic at {mecab.DictionaryDirectory})", stderr.ToString());
        Assert.Contains("mecab", new IncidentParserBuilder().UseMeCab().Build().Parse("本文。").Diagnostics.Single(d => d.Code == DiagnosticCodes.Tokenizer).Message);
    }

    [Fact]
    public async Task The_cli_names_the_builtin_tokenizer_when_asked_for_it_and_stays_quiet_by_default()
    {
        var named = new StringWriter();
        await CliApp.RunAsync(["parse", "--tokenizer", "builtin", "-"], new StringReader("本文。\n"), new StringWriter(), named);
        Assert.Equal("incident-parse: tokenizer builtin", named.ToString().Trim());
        var quiet = new StringWriter();
        await CliApp.RunAsync(["parse", "-"], new StringReader("本文。\n"), new StringWriter(), quiet);
        Assert.Equal("", quiet.ToString());
    }

    [Fact]
    public async Task The_cli_rejects_an_unknown_tokenizer_and_names_both_choices()
    {
        var stderr = new StringWriter();
        int exit = await CliApp.RunAsync(["parse", "--tokenizer", "kuromoji", "-"], new StringReader(""), new StringWriter(), stderr);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("builtin, mecab", stderr.ToString());
    }
}
