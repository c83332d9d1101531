using System.Text.Json;

namespace IncidentParsing.Model;

/// <summary>
/// The contract's kebab-case code of an enum value (<c>UnauthorizedAccess</c> → <c>unauthorized-access</c>) and back:
/// the one map between the contract's enums and their codes, spelled as the JSON output spells them
/// (<see cref="KebabCaseEnumConverter{T}"/>), for the exports and for the lexicons' data files. Computed once per enum.
/// </summary>
/// <typeparam name="T">A contract enum.</typeparam>
internal static class ContractCode<T> where T : struct, Enum
{
    // Enum values in the model are dense from 0, so an array indexed by value is enough; built once, never mutated.
    private static readonly string[] Codes = BuildCodes();

    /// <summary>The code of <paramref name="value"/>.</summary>
    public static string Of(T value)
    {
        // Reading the value as an int does not box it (Convert.ToInt32 would, on every call).
        int index = System.Runtime.CompilerServices.Unsafe.SizeOf<T>() == sizeof(int)
            ? System.Runtime.CompilerServices.Unsafe.As<T, int>(ref value)
            : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        return (uint)index < (uint)Codes.Length ? Codes[index] : JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
    }

    private static readonly Dictionary<string, T> ByCode = BuildByCode();

    /// <summary>The value whose code is <paramref name="code"/> (<c>card-holder</c>), if there is one.</summary>
    public static bool TryParse(string code, out T value) => ByCode.TryGetValue(code, out value);

    /// <summary>The value whose code is <paramref name="code"/>.</summary>
    /// <exception cref="FormatException">No value has that code (a lexicon names a code the contract lacks).</exception>
    public static T Parse(string code) =>
        TryParse(code, out var value) ? value : throw new FormatException($"'{code}' is no {typeof(T).Name} code ({string.Join(", ", ByCode.Keys)})");

    private static Dictionary<string, T> BuildByCode()
    {
        var byCode = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var v in Enum.GetValues<T>())
        {
            byCode[JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())] = v;
        }
        return byCode;
    }

    private static string[] BuildCodes()
    {
        var values = Enum.GetValues<T>();
        int max = 0;
        foreach (var v in values)
        {
            max = Math.Max(max, Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture));
        }
        var codes = new string[max + 1];
        foreach (var v in values)
        {
            codes[Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)] = JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString());
        }
        return codes;
    }
}
