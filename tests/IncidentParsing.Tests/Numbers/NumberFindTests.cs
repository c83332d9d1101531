using IncidentParsing.Numbers;

namespace IncidentParsing.Tests.Numbers;

public sealed class NumberFindTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(900)]
    public void Find_on_a_string_returns_exactly_the_numbers_the_list_form_finds(int count)
    {
        // Densely packed numbers (one per few characters) overflow the first pooled buffer.
        string text = string.Concat(Enumerable.Range(1, count).Select(i => $"{i}件、"));
        var listed = new List<NumberMention>();
        JapaneseNumberParser.Default.Find(text, listed);

        var found = JapaneseNumberParser.Default.Find(text);

        Assert.Equal(count, found.Count);
        Assert.Equal(listed, found);
        Assert.Equal(Enumerable.Range(1, count).Select(i => (decimal)i), found.Select(m => m.Value));
    }
}
