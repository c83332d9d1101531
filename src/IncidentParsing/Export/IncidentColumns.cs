using System.Globalization;
using IncidentParsing.Json;

namespace IncidentParsing.Export;

/// <summary>
/// The flat columns of an <see cref="IncidentRow"/> as text, in the order its properties are declared: the row is the
/// one definition of the columns, and the CSV format (and any other text format) reads this table of them.
/// </summary>
internal static class IncidentColumns
{
    /// <summary>What joins the items of a list column in text formats.</summary>
    public const char ListSeparator = ';';

    /// <summary>A column: its name, the property's type, and a row's value.</summary>
    /// <param name="Name">The column name (camelCase, as in the JSON contract).</param>
    /// <param name="Type">The property's type (<c>string</c>, <c>int</c>, <c>long?</c>, <c>bool</c>, <c>bool?</c>,
    /// <c>DateOnly?</c> or <c>IReadOnlyList&lt;string&gt;</c>): binary formats choose their column types from it.</param>
    /// <param name="Value">The row's value, boxed.</param>
    public sealed record Column(string Name, Type Type, Func<IncidentRow, object?> Value)
    {
        /// <summary>The row's value as text (null for an empty cell).</summary>
        public string? Text(IncidentRow row) => TextOf(Value(row));
    }

    /// <summary>Every column, in order.</summary>
    /// <remarks>
    /// Read from the row's source-generated JSON metadata, which lists the properties in declaration order with
    /// their names and getters: no reflection at run time, so a natively compiled tool has the same columns.
    /// </remarks>
    public static IReadOnlyList<Column> All { get; } = IncidentJsonContext.Default.IncidentRow.Properties
        .Select(p => new Column(p.Name, p.PropertyType, p.Get is { } get ? row => get(row) : throw new InvalidOperationException($"{p.Name} has no getter")))
        .ToArray();

    private static string? TextOf(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyList<string> items => items.Count == 0 ? null : string.Join(ListSeparator, items),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
