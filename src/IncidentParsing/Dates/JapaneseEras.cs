using System.Globalization;

namespace IncidentParsing.Dates;

/// <summary>
/// The Japanese eras as the BCL's <see cref="JapaneseCalendar"/> (ICU data) knows them: names,
/// one-letter romanizations and the Gregorian year each era starts in. Nothing here is hard-coded,
/// so an era added to the platform's calendar data is recognized without a code change.
/// </summary>
internal sealed class JapaneseEras
{
    /// <summary>One era.</summary>
    /// <param name="Name">Its name (<c>令和</c>).</param>
    /// <param name="StartYear">The Gregorian year of its first year (元年).</param>
    internal readonly record struct Era(string Name, int StartYear);

    private readonly Era[] _byName;
    // The letters (R, H, S…) are looked up through DateTimeFormatInfo.GetEra, a culture-aware comparison: done on
    // first use of a letter era, not when the recognizer is built.
    private readonly Lazy<int[]> _startByLetter;

    /// <summary>The eras of the running platform, read once.</summary>
    public static JapaneseEras Instance { get; } = new();

    private JapaneseEras()
    {
        var calendar = new JapaneseCalendar();
        var format = (DateTimeFormatInfo)CultureInfo.GetCultureInfo("ja-JP").DateTimeFormat.Clone();
        format.Calendar = calendar;
        var eras = new List<Era>();
        foreach (int era in calendar.Eras)
        {
            // Every era's first year includes 31 December, so this date always exists.
            int startYear = calendar.ToDateTime(1, 12, 31, 0, 0, 0, 0, era).Year;
            string name = format.GetEraName(era);
            if (name.Length > 0)
            {
                eras.Add(new Era(name, startYear));
            }
        }
        // Longest names first so a name that prefixes another cannot shadow it.
        _byName = eras.OrderByDescending(e => e.Name.Length).ToArray();
        _startByLetter = new Lazy<int[]>(() => LetterStartYears(calendar, LetterFormat(calendar) ?? format), LazyThreadSafetyMode.ExecutionAndPublication);
        FirstChars = string.Concat(_byName.Select(e => e.Name[0]).Distinct());
    }

    /// <summary>The first characters of all era names, for the scanner's trigger set.</summary>
    public string FirstChars { get; }

    /// <summary>The era whose name starts at <paramref name="at"/>, if any.</summary>
    public bool TryMatchName(ReadOnlySpan<char> text, int at, out Era era)
    {
        foreach (var e in _byName)
        {
            if (text[at..].StartsWith(e.Name, StringComparison.Ordinal))
            {
                era = e;
                return true;
            }
        }
        era = default;
        return false;
    }

    /// <summary>The start year of the era romanized as <paramref name="letter"/> (<c>R</c> → 2019), or 0.</summary>
    public int StartYearOfLetter(char letter) => letter is >= 'A' and <= 'Z' ? _startByLetter.Value[letter - 'A'] : 0;

    // GetEra compares with the culture's collator before it tries the one-letter names. Japanese's ICU collator
    // takes ~0.25 s to open; English-in-Japan has the same Japanese calendar and eras with the root collator
    // (~15 ms), so it is asked first. The letters themselves come from the calendar data either way.
    private static DateTimeFormatInfo? LetterFormat(JapaneseCalendar calendar)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo("en-JP");
            if (!culture.OptionalCalendars.Any(c => c is JapaneseCalendar))
            {
                return null;
            }
            var format = (DateTimeFormatInfo)culture.DateTimeFormat.Clone();
            format.Calendar = calendar;
            return format;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private static int[] LetterStartYears(JapaneseCalendar calendar, DateTimeFormatInfo format)
    {
        var years = new int[26];
        for (char letter = 'A'; letter <= 'Z'; letter++)
        {
            int era = format.GetEra(letter.ToString());
            if (era > 0 && Array.IndexOf(calendar.Eras, era) >= 0)
            {
                years[letter - 'A'] = calendar.ToDateTime(1, 12, 31, 0, 0, 0, 0, era).Year;
            }
        }
        return years;
    }
}
