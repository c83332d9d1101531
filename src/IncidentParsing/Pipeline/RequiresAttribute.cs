namespace IncidentParsing.Pipeline;

/// <summary>
/// States that an extractor reads what another writes onto the incident (<c>[Requires(typeof(KindsExtractor))]</c>),
/// so that one must run first. <see cref="IncidentParserBuilder.Build"/> checks it: an extractor listed before one it
/// requires fails at configuration, with a message saying which to move. A required extractor that is not in the
/// list is allowed: what it would write stays at its default (a parser of one extractor, for measuring it alone).
/// </summary>
/// <param name="extractor">The extractor type (or a base type or interface of it) that must run first.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequiresAttribute(Type extractor) : Attribute
{
    /// <summary>The extractor type that must run first.</summary>
    public Type Extractor { get; } = extractor;
}
