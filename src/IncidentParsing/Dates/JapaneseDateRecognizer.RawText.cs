using IncidentParsing.Model;
using IncidentParsing.Text;

namespace IncidentParsing.Dates;

// The public entry on the caller's own text: normalize, scan, and report spans in the text as given.
public sealed partial class JapaneseDateRecognizer
{
    /// <summary>
    /// Every date or time expression in <paramref name="text"/>, in text order. The text is taken as written
    /// (full-width digits, ideographic spaces, <c>\r\n</c>, ㍻…): it is normalized (see <see cref="NormalizedText"/>)
    /// before matching, and every <see cref="DateMention.Span"/> and <see cref="DateMention.WeekdayMismatch"/> is
    /// an offset into <paramref name="text"/> as given, so <c>text[span.Start..span.End]</c> is the expression.
    /// Dates without a year (or month) are completed from the nearest preceding full date, else from
    /// <paramref name="reference"/>, and marked inferred; those that cannot be completed are left out unless they
    /// carry a time.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<DateMention> Recognize(string text, JapaneseDate? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = NormalizedText.Create(text);
        var found = RecognizeList(normalized.Text, reference);
        for (int k = 0; k < found.Count; k++)
        {
            found[k] = ToOriginal(found[k], normalized);
        }
        return found;
    }

    // Most texts are normal already: their spans map to themselves and the mention is kept as it is.
    private static DateMention ToOriginal(DateMention m, NormalizedText normalized)
    {
        var span = normalized.ToOriginal(m.Span);
        TextSpan? weekday = m.WeekdayMismatch is { } w ? normalized.ToOriginal(w) : null;
        return span == m.Span && weekday == m.WeekdayMismatch ? m : m with { Span = span, WeekdayMismatch = weekday };
    }

    /// <summary>
    /// A full date (year, month and day, Gregorian or era) written at exactly <paramref name="at"/>, read on its own
    /// (no context, no reference) without allocating: for a title's or a date line's own date.
    /// </summary>
    internal static bool TryReadFullDate(ReadOnlySpan<char> text, int at, out JapaneseDate date, out int end)
    {
        date = default;
        end = at;
        if (!DatePointParser.TryParse(text, at, out var raw) || raw.End <= raw.Start
            || !DateResolver.TryResolve(raw, Hour24(raw), new DateContext(null, 0, null), null, Anchoring.Context, out var resolved)
            || resolved.Date is not { Precision: >= DatePrecision.Day, Inferred: false } value)
        {
            return false;
        }
        date = new JapaneseDate(value.Year, value.Month, value.Day);
        end = raw.End;
        return true;
    }
}
