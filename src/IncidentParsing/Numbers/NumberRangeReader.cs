namespace IncidentParsing.Numbers;

/// <summary>
/// Joins two numeric expressions into a two-sided range when only range words stand between them:
/// <c>20から100未満</c>, <c>100以上300以下</c>, <c>1000以上、1500以下</c>, <c>20~100</c>,
/// <c>20と30の間</c>, <c>20より大きく35以下</c>, <c>50以下20以上</c>. The range runs from the smaller
/// to the larger value whatever the order in the text.
/// </summary>
internal static class NumberRangeReader
{
    /// <summary>Words allowed between the two ends, longest first.</summary>
    private static readonly string[] GapWords =
        ["より大きいが", "より大きく", "より大きい", "より小さく", "を超え", "番目", "以上", "以下", "未満", "から", "より", "超", "~", "〜", "-", "と", "、", ",", " ", "第", "が"];

    /// <summary>Gap words that by themselves make a range (と needs a following の間).</summary>
    private static readonly string[] RangeMarkers = ["から", "~", "〜", "以上", "以下", "未満", "より", "を超え", "超", "-"];

    public static IReadOnlyList<NumberExpression> Join(string text, List<NumberExpression> items)
    {
        for (int i = 0; i + 1 < items.Count; i++)
        {
            var a = items[i];
            var b = items[i + 1];
            if (a.Kind == NumberExpressionKind.Range || b.Start < a.End || !IsRangeGap(text, a, b))
            {
                continue;
            }
            decimal low = Math.Min(a.Value, b.Value), high = Math.Max(a.Value, b.Value);
            items[i] = new NumberExpression(a.Start, b.End, low, high, NumberExpressionKind.Range, a.IsVague || b.IsVague);
            items.RemoveAt(i + 1);
        }
        return items;
    }

    private static bool IsRangeGap(string text, NumberExpression a, NumberExpression b)
    {
        var gap = text.AsSpan(a.End, b.Start - a.End);
        if (gap.Length == 0 || gap.Length > 12)
        {
            return false;
        }
        bool marker = false, and = false;
        int at = 0;
        while (at < gap.Length)
        {
            string? word = null;
            foreach (var w in GapWords)
            {
                if (gap[at..].StartsWith(w, StringComparison.Ordinal))
                {
                    word = w;
                    break;
                }
            }
            if (word is null)
            {
                return false;
            }
            marker |= Array.IndexOf(RangeMarkers, word) >= 0 || word.StartsWith("より", StringComparison.Ordinal);
            and |= word == "と";
            at += word.Length;
        }
        if (gap.SequenceEqual("-"))
        {
            // 03-1234-5678 and 2024-08-09 are not ranges.
            bool chained = (a.Start > 0 && text[a.Start - 1] == '-') || (b.End < text.Length && text[b.End] == '-');
            return !chained;
        }
        if (and && !marker)
        {
            var after = text.AsSpan(b.End);
            return after.StartsWith("の間") || after.StartsWith("番目の間");
        }
        return marker;
    }
}
