using IncidentParsing.Collections;

namespace IncidentParsing.Tests.Collections;

public sealed class PooledListTests
{
    [Fact]
    public void Keeps_items_in_order_while_it_grows_and_is_empty_after_dispose()
    {
        var list = new PooledList<(int, string)>();
        for (int i = 0; i < 100; i++)
        {
            list.Add((i, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(100, list.Count);
        Assert.Equal(Enumerable.Range(0, 100), list.AsSpan().ToArray().Select(x => x.Item1));
        Assert.Equal("57", list[57].Item2);

        list.Dispose();
        Assert.Equal(0, list.Count);
        Assert.True(list.AsSpan().IsEmpty);
    }
}
