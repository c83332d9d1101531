namespace IncidentParsing.Numbers;

/// <summary>Classifies the characters that Japanese numbers are written with (after NFKC).</summary>
internal static class NumeralChars
{
    /// <summary>Arabic digits and every kanji numeral character below (digits and units).</summary>
    public const string StartCharacters = "0123456789〇零一壱壹二弐弍貳三参參四肆五伍六陸七漆八捌九玖十拾百佰陌千仟阡万萬億兆";

    /// <summary>Positional kanji digits 〇一二…九, 零 and the formal (daiji) forms.</summary>
    public static int KanjiDigit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' or '壱' or '壹' => 1,
        '二' or '弐' or '弍' or '貳' => 2,
        '三' or '参' or '參' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陸' => 6,
        '七' or '漆' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>十, 百, 千 and their formal forms: 10, 100, 1000; 0 for anything else.</summary>
    public static int SmallUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' or '陌' => 100,
        '千' or '仟' or '阡' => 1000,
        _ => 0,
    };

    /// <summary>万, 億, 兆 (and 萬): 10^4, 10^8, 10^12; 0 for anything else.</summary>
    public static long Myriad(char c) => c switch
    {
        '万' or '萬' => 10_000L,
        '億' => 100_000_000L,
        '兆' => 1_000_000_000_000L,
        _ => 0,
    };

    /// <summary>
    /// Formal numerals that are also everyday words on their own (参加, 拾う, 陸地, 伍する): a number
    /// written with one of them alone is not read as a number.
    /// </summary>
    public static bool IsWeak(char c) => c is '参' or '拾' or '陸' or '漆' or '捌' or '玖' or '肆' or '伍' or '阡' or '仟' or '佰' or '陌' or '萬';

    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsKanjiNumeral(char c) => KanjiDigit(c) >= 0 || SmallUnit(c) > 0 || Myriad(c) > 0;

    public static bool IsUnit(char c) => SmallUnit(c) > 0 || Myriad(c) > 0;

    public static bool IsMinus(char c) => c is '-' or '−' or '‐';

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
}
