namespace IncidentParsing.Extractors.Organization;

/// <summary>
/// The short name a notice gives a name in brackets right after it (X(以下「IIJ社」), X(代表取締役:…、以下「Y社」)).
/// A company the notice calls "Y社" is spoken of in the third person: another party, never the notice's own voice.
/// </summary>
internal static class ShortNames
{
    /// <summary>
    /// True when the name ending at <paramref name="end"/> is given a short name ending in 社 that is not the notice's
    /// own voice (当社), a back-reference (同社) or a role (委託先). Only a company's third person is telling: an issuer
    /// gives itself short names too (X(以下、DNP)).
    /// </summary>
    public static bool IsThirdPersonCompany(OrganizationLexicon lexicon, string text, int end)
    {
        var alias = Alias(text, end);
        return alias.Length > 1 && alias[^1] == '社' && !IsOwnOrRoleAlias(lexicon, alias);
    }

    /// <summary>
    /// The short name the notice gives the name ending at <paramref name="end"/> (X(以下、IIJ) → IIJ), where it is a name
    /// of its own and not the notice's voice or a role (当社, 委託先); empty otherwise.
    /// </summary>
    public static ReadOnlySpan<char> OtherName(OrganizationLexicon lexicon, string text, int end)
    {
        var alias = Alias(text, end);
        return alias.Length >= 2 && !IsOwnOrRoleAlias(lexicon, alias) && NameScanner.IsNameChar(alias[0]) ? alias : [];
    }

    // X(以下「IIJ社」), X(代表取締役:…、以下、委託先): the short name a notice gives the name right after it, or "".
    private static ReadOnlySpan<char> Alias(string text, int end)
    {
        const string Below = "以下";
        if (end >= text.Length || text[end] != '(')
        {
            return [];
        }
        var bracket = text.AsSpan(end, Math.Min(MaxProfile, text.Length - end));
        int bracketEnd = bracket.IndexOf(')');
        int below = (bracketEnd < 0 ? bracket : bracket[..bracketEnd]).IndexOf(Below, StringComparison.Ordinal);
        if (below < 0)
        {
            return [];
        }
        int start = end + below + Below.Length;
        while (start < text.Length && text[start] is '、' or ',' or '「' or '『' or ' ')
        {
            start++;
        }
        var rest = text.AsSpan(start, Math.Min(MaxAlias, text.Length - start));
        int close = rest.IndexOfAny("」』)、,。\n");
        int called = rest.IndexOf("という", StringComparison.Ordinal);
        int cut = close < 0 ? called : called < 0 ? close : Math.Min(close, called);
        return cut > 0 ? rest[..cut] : [];
    }

    private const int MaxAlias = 14;
    // A company's profile in brackets before its short name: (本社:東京都…、代表取締役:…、以下「X社」).
    private const int MaxProfile = 80;

    // 当社, 本学, 同社, 委託先: the notice's own voice, a back-reference or a role; the cues and readings weigh those.
    private static bool IsOwnOrRoleAlias(OrganizationLexicon lexicon, ReadOnlySpan<char> alias)
    {
        return lexicon.StartsWithPointer(alias) || alias[0] == '同' || alias.Contains("委託", StringComparison.Ordinal);
    }
}
