using System.Buffers;
using IncidentParsing.Collections;
using IncidentParsing.Lexicons;
using IncidentParsing.Text;

namespace IncidentParsing.Numbers;

/// <summary>
/// Finds and reads Japanese numbers: Arabic digits with or without grouping (<c>1,092</c>,
/// <c>1 234 567</c>), decimals (<c>2.5</c>, <c>四点八</c>), kanji numerals (<c>二十万</c>,
/// <c>一万二千三百四十五</c>, <c>二〇二三</c>, formal <c>弐拾参</c>), mixed and myriad notation
/// (<c>1万2千</c>, <c>7.2万</c>, <c>約 756 万</c>, <c>1億2345万6789</c>) and vague numbers
/// (<c>数十</c>, <c>千数百</c>), which are flagged rather than given a made-up exact value.
/// </summary>
/// <remarks>
/// A hand-written scanner: one pass, no regular expressions, no allocation per number beyond the
/// result list. Instances hold only immutable data and are safe to share between threads.
/// The <c>Find</c> methods expect normalized text (<see cref="NormalizedText"/>: full-width digits
/// folded); <see cref="FindInRaw"/> normalizes first and reports offsets into the raw string.
/// </remarks>
public sealed class JapaneseNumberParser
{
    private const int MaxTokens = 32;
    private const string MinusWord = "マイナス";

    private readonly string[] _nonNumberWords;

    /// <summary>Every character a number can start with (digits, kanji numerals, signs, '.', 数, マ of マイナス).</summary>
    private static readonly SearchValues<char> StartChars = SearchValues.Create(NumeralChars.StartCharacters + "-−‐.数マ");

    /// <summary>A parser with the built-in list of words that contain numerals but are not numbers.</summary>
    public static JapaneseNumberParser Default { get; } = new();

    /// <summary>
    /// Creates a parser. <paramref name="extraNonNumberWords"/> adds words that contain kanji numerals
    /// but are not numbers (place and personal names, idioms: <c>千代田</c>, <c>一部</c>) to the built-in list
    /// in <c>Numbers/non-numbers.tsv</c>.
    /// </summary>
    public JapaneseNumberParser(IEnumerable<string>? extraNonNumberWords = null)
    {
        var words = Lexicon.ReadEmbedded("Numbers/non-numbers.tsv").Select(r => r[0]);
        if (extraNonNumberWords is not null)
        {
            words = words.Concat(extraNonNumberWords.Where(w => !string.IsNullOrEmpty(w)));
        }
        _nonNumberWords = words.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every number in the normalized <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<NumberMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Notices range from one number per 20 characters to one per 100 or more: a list sized for the dense
        // ones wastes most of its (48-byte) slots on the rest. Collect into pooled storage instead and keep
        // an array of exactly the numbers found.
        using var found = new PooledList<NumberMention>();
        int i = 0;
        while (TryFindNext(text, ref i, out var mention))
        {
            found.Add(mention);
        }
        return found.AsSpan().ToArray();
    }

    /// <summary>Appends every number in the normalized <paramref name="text"/> to <paramref name="into"/>, in text order.</summary>
    public void Find(ReadOnlySpan<char> text, List<NumberMention> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        int i = 0;
        while (TryFindNext(text, ref i, out var mention))
        {
            into.Add(mention);
        }
    }

    // The next number at or after i; i moves past it (or to the end of the text when there is none).
    private bool TryFindNext(ReadOnlySpan<char> text, ref int i, out NumberMention mention)
    {
        while (i < text.Length)
        {
            // Jump to the next character that can start a number: a vectorized search, not a per-char test.
            int next = text[i..].IndexOfAny(StartChars);
            if (next < 0)
            {
                break;
            }
            i += next;
            char c = text[i];
            if (c == 'マ' && !text[i..].StartsWith(MinusWord))
            {
                i++;
                continue;
            }
            if (TryParseAt(text, i, out mention) && mention.End > i)
            {
                i = mention.End;
                return true;
            }
            // Never restart inside a digit run that was rejected (an over-long identifier).
            i++;
            while (NumeralChars.IsAsciiDigit(c) && i < text.Length && NumeralChars.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
        i = text.Length;
        mention = default;
        return false;
    }

    /// <summary>
    /// Every number in <paramref name="raw"/> (full-width digits and all), with offsets into
    /// <paramref name="raw"/>; the text is normalized first.
    /// </summary>
    public IReadOnlyList<NumberMention> FindInRaw(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var view = NormalizedText.Create(raw);
        var found = new List<NumberMention>();
        Find(view.Text, found);
        for (int k = 0; k < found.Count; k++)
        {
            var span = view.ToOriginal(new TextSpan(found[k].Start, found[k].End));
            found[k] = found[k] with { Start = span.Start, End = span.End };
        }
        return found;
    }

    /// <summary>Reads <paramref name="text"/> (raw or normalized) as exactly one number.</summary>
    public bool TryParse(string text, out NumberMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        var view = NormalizedText.Create(text);
        var t = view.Text.AsSpan().Trim(' ');
        int lead = view.Text.Length - view.Text.AsSpan().TrimStart(' ').Length;
        if (t.Length > 0 && TryParseAt(t, 0, out mention) && mention.End == t.Length)
        {
            var span = view.ToOriginal(new TextSpan(mention.Start + lead, mention.End + lead));
            mention = mention with { Start = span.Start, End = span.End };
            return true;
        }
        mention = default;
        return false;
    }

    /// <summary>
    /// Reads the number that starts exactly at <paramref name="start"/> of the normalized
    /// <paramref name="text"/> (a sign included), as long as it extends.
    /// </summary>
    public bool TryParseAt(ReadOnlySpan<char> text, int start, out NumberMention mention)
    {
        mention = default;
        if ((uint)start >= (uint)text.Length)
        {
            return false;
        }
        int body = start;
        bool negative = false;
        if (NumeralChars.IsMinus(text[start]) && IsSignPosition(text, start))
        {
            body = start + 1 < text.Length && text[start + 1] == ' ' ? start + 2 : start + 1;
            negative = true;
        }
        else if (text[start..].StartsWith(MinusWord))
        {
            body = start + MinusWord.Length;
            negative = true;
        }
        if (body >= text.Length || (negative && !NumeralChars.IsAsciiDigit(text[body]) && NumeralChars.KanjiDigit(text[body]) < 0
            && NumeralChars.SmallUnit(text[body]) == 0 && text[body] != '.'))
        {
            return false;
        }
        if (negative && body > start + 1 && text[body - 1] == ' ' && !NumeralChars.IsAsciiDigit(text[body]))
        {
            return false;
        }

        Span<NumberToken> tokens = stackalloc NumberToken[MaxTokens];
        int n = NumberTokenizer.Tokenize(text, body, tokens);
        int used = NumberEvaluator.Evaluate(tokens[..n], upper: false, out decimal value, out var forms);
        if (used == 0)
        {
            return false;
        }
        decimal upperValue = value;
        if ((forms & NumberForms.Vague) != 0)
        {
            NumberEvaluator.Evaluate(tokens[..used], upper: true, out upperValue, out _);
        }
        int end = tokens[used - 1].End;
        if (negative)
        {
            value = -value;
            upperValue = -upperValue;
            forms |= NumberForms.Negative;
        }
        if (!IsNumberWord(text, body, end, forms))
        {
            return false;
        }
        mention = new NumberMention(start, end, Normalize(value), Normalize(upperValue), forms);
        return true;
    }


    // A minus sign, not a hyphen inside a phone number, date, range or word (03-1234, COVID-19, 10-20).
    private static bool IsSignPosition(ReadOnlySpan<char> text, int at)
    {
        if (at == 0)
        {
            return true;
        }
        char p = text[at - 1];
        return !(NumeralChars.IsAsciiDigit(p) || NumeralChars.IsAsciiLetter(p) || NumeralChars.IsMinus(p) || p is '.' or '_' or '/');
    }

    // Kanji numerals inside ordinary words (一部, 十分, 千代田, 四川, 第三者) are not numbers.
    private bool IsNumberWord(ReadOnlySpan<char> text, int start, int end, NumberForms forms)
    {
        if ((forms & NumberForms.Arabic) != 0)
        {
            return true;
        }
        if (end - start == 1 && NumeralChars.IsWeak(text[start]))
        {
            return false;
        }
        foreach (var word in _nonNumberWords)
        {
            int from = Math.Max(0, start - word.Length + 1);
            for (int o = from; o <= start && o + word.Length <= text.Length; o++)
            {
                if (text.Slice(o, word.Length).SequenceEqual(word))
                {
                    return false;
                }
            }
        }
        return true;
    }

    // 0.23456000 → 0.23456, 72000.0 → 72000: the value, not the way it was computed.
    // Drops trailing zeros of the fraction (2.50 → 2.5); an integer has none, and a decimal division costs more than
    // the rest of reading a number.
    private static decimal Normalize(decimal value) => value.Scale == 0 ? value : value / 1.000000000000000000000000000000000m;
}
