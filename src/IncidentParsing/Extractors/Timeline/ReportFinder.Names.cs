using System.Buffers;
using IncidentParsing.Dates;
using IncidentParsing.Model;

namespace IncidentParsing.Extractors.Timeline;

/// <summary>Recognizing an authority's name: a listed one, a run with a government suffix, a list of them, its department.</summary>
internal sealed partial class ReportFinder
{
    // The first offset at or after `from` where a run of ideographs starts.
    // The first run start at or after `from` with a government suffix among its first MaxRun ideographs: only
    // there can TryAuthorityAt find an unlisted name. Suffixes are rare, runs are not, so search for the suffix
    // and walk back to its run's start.
    private static int NextSuffixedRunStart(string text, int from, ref int scanned)
    {
        while (scanned < text.Length)
        {
            int k = text.AsSpan(scanned).IndexOfAny(AnySuffix);
            if (k < 0)
            {
                break;
            }
            int suffix = scanned + k;
            scanned = suffix + 1;
            int start = suffix;
            while (start > 0 && suffix - start < MaxRun - 1 && Scan.IsIdeograph(text[start - 1]))
            {
                start--;
            }
            if (start >= from && (start == 0 || !Scan.IsIdeograph(text[start - 1])))
            {
                return start;
            }
        }
        scanned = text.Length;
        return text.Length;
    }

    // inList: the name stands in a list of authorities, where a comma may end it (文部科学省、厚生労働省へ).
    private bool TryAuthorityAt(string text, int i, out ReportTarget target, out int end, bool inList = false)
    {
        if (_authorities.TryMatchAt(text, i, out string cue, out target))
        {
            end = i + cue.Length;
            return true;
        }
        end = i;
        // 総務省, 金融庁, 横浜市: a run of two or more ideographs ending in a government suffix.
        if (i > 0 && Scan.IsIdeograph(text[i - 1]))
        {
            return false;
        }
        int j = i;
        while (j < text.Length && j - i < MaxRun && Scan.IsIdeograph(text[j]))
        {
            j++;
            char c = text[j - 1];
            bool national = GovernmentSuffixes.Contains(c);
            bool local = LocalGovernmentSuffixes.Contains(c);
            // 県学事法制課に: a prefecture's or a city's own department.
            bool department = LocalGovernmentSuffixes.Contains(text[i]) && DepartmentEnds.Contains(c);
            if ((national || local || department) && j - i >= (national ? 2 : 3) && EndsName(text, j, inList))
            {
                target = ReportTarget.Regulator;
                end = j;
                return true;
            }
        }
        return false;
    }

    private bool EndsName(string text, int at, bool inList)
    {
        if (Scan.Match(text, at, Particles) is not null)
        {
            return true;
        }
        if (at >= text.Length || text[at] != '、')
        {
            return false;
        }
        return inList || (ListedAuthoritiesEnd(text, at, text.Length) is int end && end > at && Scan.Match(text, end, Particles) is not null);
    }

    // 文部科学省、厚生労働省、所轄警察へ報告: an authority listed before others shares their verb, so the
    // reading goes on after the last of the list. Returns at unless a listed authority follows the comma.
    private int ListedAuthoritiesEnd(string text, int at, int sentenceEnd)
    {
        for (int n = 0; n < MaxListed && at < sentenceEnd && text[at] == '、'; n++)
        {
            int next = -1;
            for (int j = at + 1; j < Math.Min(sentenceEnd, at + 1 + MaxListedPlace) && next < 0 && !IsHiraganaOtherThanNo(text[j]); j++)
            {
                next = TryAuthorityAt(text, j, out _, out int end, inList: true) ? end : -1;
            }
            if (next < 0)
            {
                return at;
            }
            at = SkipParenthetical(text, next);
        }
        return at;
    }

    private static bool IsHiraganaOtherThanNo(char c) => c is >= '\u3041' and <= '\u309F' && c != 'の';

    // The end of a department written after an authority's name, where a particle follows it; null where none does.
    private static int? DepartmentEnd(string text, int at)
    {
        int? end = null;
        for (int j = at; j < text.Length && j - at < MaxDepartment; j++)
        {
            char c = text[j];
            if (!(Scan.IsIdeograph(c) || c is >= '\u30A1' and <= '\u30FA' or >= '\u3041' and <= '\u3093' or 'ー' or '・' or ' '))
            {
                break;
            }
            if (DepartmentEnds.Contains(c) && Scan.Match(text, j + 1, Particles) is not null)
            {
                end = j + 1;
            }
        }
        return end;
    }

    private static int PlaceStart(string text, int at)
    {
        int start = at;
        while (start > 0 && at - start < 8 && Scan.IsIdeograph(text[start - 1]) && !"年月日時分当同".Contains(text[start - 1])
            && !DateNumber.IsKanjiNumeral(text[start - 1]))
        {
            start--;
        }
        return start;
    }
}
