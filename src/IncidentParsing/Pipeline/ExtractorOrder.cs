using System.Reflection;

namespace IncidentParsing.Pipeline;

/// <summary>Checks that every extractor comes after the extractors it requires (<see cref="RequiresAttribute"/>).</summary>
internal static class ExtractorOrder
{
    public static void Check(IReadOnlyList<IIncidentExtractor> extractors)
    {
        for (int i = 0; i < extractors.Count; i++)
        {
            foreach (var requires in extractors[i].GetType().GetCustomAttributes<RequiresAttribute>())
            {
                int at = IndexOf(extractors, requires.Extractor);
                if (at > i)
                {
                    string name = ExtractorList.NameOf(extractors[i]);
                    string required = ExtractorList.NameOf(extractors[at]);
                    throw new InvalidOperationException(
                        $"The '{name}' extractor (at {i}) reads what '{required}' (at {at}) writes, so '{required}' must come first: "
                        + $"add it before '{name}', or move it with builder.InsertBefore<{extractors[i].GetType().Name}>(…).");
                }
            }
        }
    }

    private static int IndexOf(IReadOnlyList<IIncidentExtractor> extractors, Type type)
    {
        for (int k = 0; k < extractors.Count; k++)
        {
            if (type.IsInstanceOfType(extractors[k]))
            {
                return k;
            }
        }
        return -1;
    }
}
