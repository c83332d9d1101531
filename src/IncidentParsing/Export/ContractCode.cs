using System.Text.Json;

namespace IncidentParsing.Export;

/// <summary>
/// The contract's kebab-case code of an enum value (<c>UnauthorizedAccess</c> → <c>unauthorized-access</c>),
/// the same spelling the JSON output uses, computed once per enum type.
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
