using IncidentParsing.Tokenization;

namespace IncidentParsing.Pipeline;

/// <summary>
/// Configures an <see cref="IncidentParser"/>: which extractors run, in which order, and which
/// tokenizer they share. Mutable and single-threaded; <see cref="Build"/> hands back an immutable parser.
/// </summary>
/// <example>
/// <code>
/// var parser = new IncidentParserBuilder().UseDefaults().Use(new MyExtractor()).Build();
/// </code>
/// </example>
public sealed class IncidentParserBuilder
{
    /// <summary>The extractors, in the order they run.</summary>
    public ExtractorList Extractors { get; } = [];

    /// <summary>The tokenizer shared by the extractors; the built-in script tokenizer by default.</summary>
    public ITokenizer Tokenizer { get; set; } = ScriptTokenizer.Instance;

    /// <summary>Appends <paramref name="extractor"/> (or, if one of its type is there already, leaves the list as it is).</summary>
    public IncidentParserBuilder Use(IIncidentExtractor extractor)
    {
        Extractors.AddIfNotAlready(extractor);
        return this;
    }

    /// <summary>
    /// Puts <paramref name="extractor"/> in the place of the registered extractor of its type, or appends it.
    /// Every configured <c>UseX(options)</c> goes through here, so <c>UseDefaults().UseX(o => …)</c> applies the
    /// caller's options instead of keeping the default instance.
    /// </summary>
    public IncidentParserBuilder UseConfigured<T>(T extractor) where T : class, IIncidentExtractor
    {
        Extractors.ReplaceOrAdd<T>(extractor);
        return this;
    }

    /// <summary>Makes every extractor share <paramref name="tokenizer"/>.</summary>
    public IncidentParserBuilder UseTokenizer(ITokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        Tokenizer = tokenizer;
        return this;
    }

    /// <summary>Freezes the configuration into a thread-safe parser.</summary>
    public IncidentParser Build() => new(Extractors.ToArray(), Tokenizer);
}
