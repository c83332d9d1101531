using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentParsing.Export;

/// <summary>
/// The flat columns of an <see cref="IncidentRow"/> as text, in the order its properties are declared: the row is the
/// one definition of the columns, and the CSV format (and any other text format) reads this table of them.
/// </summary>
internal static class IncidentColumns
{
    /// <summary>What joins the items of a list column in text formats.</summary>
    public const char ListSeparator = ';';

    /// <summary>A column: its name and how to write a row's value as text (null for an empty cell).</summary>
    /// <param name="Name">The column name (camelCase, as in the JSON contract).</param>
    /// <param name="Text">The row's value as text.</param>
    public sealed record Column(string Name, Func<IncidentRow, string?> Text);

    /// <summary>Every column, in order.</summary>
    public static IReadOnlyList<Column> All { get; } = typeof(IncidentRow)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
        .OrderBy(p => p.MetadataToken)
        .Select(p => new Column(p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name), row => Text(p.GetValue(row))))
        .ToArray();

    private static string? Text(object? value) => value switch
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
