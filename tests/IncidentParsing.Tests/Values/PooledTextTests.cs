using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Values;

/// <summary>Texts kept in a notice's shared buffer behave exactly like strings of their own.</summary>
public sealed class PooledTextTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    private const string Notice = "【セキュリティ事件簿#2030-001】株式会社テストにおける個人情報漏えいについて 2030/1/20\n" +
        "令和11年12月3日、不正アクセスを確認しました。令和11年12月3日にサーバを停止しました。\n" +
        "漏えいした可能性がある情報は、お客様の氏名、メールアドレス、生年月日で、対象は 1,234 件です。\n" +
        "令和11年12月5日、個人情報保護委員会に報告しました。\n";

    [Fact]
    public void A_parsed_value_equals_the_same_value_built_from_strings_and_hashes_alike()
    {
        var incident = Parser.Parse(Notice, "n.txt").Incidents.Single();
        var count = incident.Counts.Single(c => c.Value == 1234);
        var rebuilt = new Count(count.Value, count.Unit, count.Qualifier, count.Subject, new string(count.Text.AsSpan()), count.Start, count.End)
        {
            IsTotal = count.IsTotal,
        };
        Assert.Equal(rebuilt, count);
        Assert.Equal(rebuilt.GetHashCode(), count.GetHashCode());
        Assert.NotEqual(rebuilt with { Text = "1,235 件" }, count);
        Assert.Equal(Notice[count.Start..count.End], count.Text);
    }

    [Fact]
    public void Repeated_dates_read_back_as_their_own_characters()
    {
        var timeline = Parser.Parse(Notice, "n.txt").Incidents.Single().Timeline;
        var same = timeline.Where(e => e.Text == "令和11年12月3日").ToList();
        Assert.Equal(2, same.Count);
        Assert.NotEqual(same[0].Start, same[1].Start);
        Assert.All(timeline, e => Assert.Equal(Notice[e.Start..e.End], e.Text));
    }

    [Fact]
    public async Task Texts_read_the_same_from_another_thread_after_the_parse()
    {
        var incident = Parser.Parse(Notice, "n.txt").Incidents.Single();
        var here = incident.Fields.Select(f => f.Text).Concat(incident.Reports.Select(r => r.Text)).ToArray();
        var there = await Task.Run(() => incident.Fields.Select(f => f.Text).Concat(incident.Reports.Select(r => r.Text)).ToArray());
        Assert.Equal(here, there);
        Assert.Contains("個人情報保護委員会", there);
    }

    [Property(MaxTest = 500)]
    public Property A_pool_gives_back_every_text_it_was_given() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Gen.Elements("令和", "5年", "氏名", "", "1,234件", "和5", "メール")).Select(l => l.ToArray())), texts =>
        {
            var pool = new NoticeTextPool();
            var stored = texts.Select(t => pool.Add(t.AsSpan())).ToArray();
            pool.Seal();
            return texts.Zip(stored).All(p => p.First == p.Second.ToString() && p.Second.Equals(new SourceChars(p.First)));
        });

    [Fact]
    public void A_sealed_pool_takes_no_more_text()
    {
        var pool = new NoticeTextPool();
        var kept = pool.Add("氏名".AsSpan());
        pool.Seal();
        Assert.Throws<InvalidOperationException>(() => pool.Add("住所".AsSpan()));
        Assert.Equal("氏名", kept.ToString());
    }
}
