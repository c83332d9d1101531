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
public sealed partial class IncidentParserBuilder
{
    private readonly ExtractorList _extractors = [];

    /// <summary>
    /// The extractors, in the order they run. Order is stated by type (<see cref="InsertBefore{T}"/>), not by priority
    /// numbers; <see cref="Build"/> checks it against what each extractor <see cref="RequiresAttribute">requires</see>.
    /// </summary>
    public IList<IIncidentExtractor> Extractors => _extractors;

    /// <summary>The tokenizer shared by the extractors; the built-in script tokenizer by default.</summary>
    public ITokenizer Tokenizer { get; set; } = ScriptTokenizer.Instance;

    /// <summary>Appends <paramref name="extractor"/> (or, if one of its type is there already, leaves the list as it is).</summary>
    public IncidentParserBuilder Use(IIncidentExtractor extractor)
    {
        _extractors.AddIfNotAlready(extractor);
        return this;
    }

    /// <summary>
    /// Puts <paramref name="extractor"/> in the place of the registered extractor of its type, or appends it.
    /// Every configured <c>UseX(options)</c> goes through here, so <c>UseDefaults().UseX(o => …)</c> applies the
    /// caller's options instead of keeping the default instance.
    /// </summary>
    public IncidentParserBuilder UseConfigured<T>(T extractor) where T : class, IIncidentExtractor
    {
        _extractors.ReplaceOrAdd<T>(extractor);
        return this;
    }

    /// <summary>
    /// Creates an extractor from options that <paramref name="configure"/> fills in, and puts it in the place of the
    /// registered extractor of its type (<see cref="UseConfigured{T}(T)"/>): the body of every configurable <c>UseX()</c>.
    /// </summary>
    internal IncidentParserBuilder UseConfigured<TExtractor, TOptions>(Action<TOptions>? configure, Func<TOptions, TExtractor> create)
        where TExtractor : class, IIncidentExtractor
        where TOptions : new()
    {
        var options = new TOptions();
        configure?.Invoke(options);
        return UseConfigured(create(options));
    }

    /// <summary>Inserts <paramref name="extractor"/> before the first extractor of type <typeparamref name="T"/> (at the end when there is none).</summary>
    public IncidentParserBuilder InsertBefore<T>(IIncidentExtractor extractor) where T : class, IIncidentExtractor
    {
        _extractors.InsertBefore<T>(extractor);
        return this;
    }

    /// <summary>Inserts <paramref name="extractor"/> after the last extractor of type <typeparamref name="T"/> (at the end when there is none).</summary>
    public IncidentParserBuilder InsertAfter<T>(IIncidentExtractor extractor) where T : class, IIncidentExtractor
    {
        _extractors.InsertAfter<T>(extractor);
        return this;
    }

    /// <summary>Removes the extractors of type <typeparamref name="T"/>; true when there was one.</summary>
    public bool Remove<T>() where T : class, IIncidentExtractor => _extractors.TryRemove<T>();

    /// <summary>Makes every extractor share <paramref name="tokenizer"/>.</summary>
    public IncidentParserBuilder UseTokenizer(ITokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        Tokenizer = tokenizer;
        return this;
    }

    /// <summary>Freezes the configuration into a thread-safe parser.</summary>
    /// <exception cref="InvalidOperationException">An extractor comes before one it requires (<see cref="RequiresAttribute"/>).</exception>
    public IncidentParser Build()
    {
        var extractors = _extractors.ToArray();
        ExtractorOrder.Check(extractors);
        return new(extractors, Tokenizer);
    }
}
