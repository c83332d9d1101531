using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentParsing.Lexicons;
using IncidentParsing.Model;

namespace IncidentParsing.Tests.Values;

/// <summary>The memory-saving representations give back exactly what was put in.</summary>
public sealed class CompactValueTests
{
    private static Arbitrary<(int Year, int Month, int Day, int Hour, int Minute, DatePart Part, bool Approximate, bool Inferred)> Dates() =>
        Arb.From(
            from year in Gen.Choose(1, 9999)
            from month in Gen.Choose(0, 12)
            from day in month == 0 ? Gen.Constant(0) : Gen.Choose(0, DateTime.DaysInMonth(year, month))
            from hour in day == 0 ? Gen.Constant(-1) : Gen.Choose(-1, 24)
            from minute in hour < 0 ? Gen.Constant(-1) : Gen.Choose(-1, 59)
            from part in Gen.Elements(Enum.GetValues<DatePart>())
            from approximate in Gen.Elements(true, false)
            from inferred in Gen.Elements(true, false)
            select (year, month, day, hour, minute, part, approximate, inferred));

    [Property(MaxTest = 2000)]
    public Property A_packed_date_returns_every_component_it_was_given() =>
        Prop.ForAll(Dates(), d =>
        {
            var date = new JapaneseDate(d.Year, d.Month, d.Day, d.Hour, d.Minute) { Part = d.Part, Approximate = d.Approximate, Inferred = d.Inferred };
            return (date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Part, date.Approximate, date.Inferred)
                == (d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Part, d.Approximate, d.Inferred)
                && JapaneseDate.TryParseIso(date.ToString(), out var back)
                && back == (date with { Part = DatePart.None, Approximate = false, Inferred = false });
        });

    [Fact]
    public void A_vocabulary_word_comes_back_as_one_shared_instance()
    {
        var words = VocabularyStrings.Embedded;
        string first = words.Get("メールアドレス".AsSpan());
        string second = words.Get(new string("メールアドレス".AsSpan()).AsSpan());
        Assert.Equal("メールアドレス", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Any_other_text_comes_back_as_an_equal_new_string()
    {
        var words = VocabularyStrings.Embedded;
        const string other = "どの語彙にもない言い回しの一文";
        string first = words.Get(other.AsSpan());
        Assert.Equal(other, first);
        Assert.NotSame(first, words.Get(other.AsSpan()));
        Assert.Equal("", words.Get([]));
    }
}
