using System.Text;
using System.Text.Json;
using IncidentParsing.Layout;

namespace IncidentParsing.Tests.Layout;

/// <summary>
/// The invented notices in <c>Layout/Fixtures</c> (company, public-body, news, look-alike and PDF-like layouts, see
/// its README) read as their hand-made gold says: one incident per notice, its title, incident or not, its own
/// date, and the role of each annotated line.
/// </summary>
public sealed class LayoutFixtureTests
{
    private static string Dir => Path.Combine(SeedCorpus.Root, "tests", "IncidentParsing.Tests", "Layout", "Fixtures");

    public static IEnumerable<object[]> Names =>
        Directory.EnumerateFiles(Dir, "*.txt").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_notice_reads_as_its_gold_says(string name)
    {
        var (incidents, _) = LayoutProbe.Parse(File.ReadAllText(Path.Combine(Dir, name + ".txt")));
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, name + ".json")));
        var notices = gold.RootElement.GetProperty("notices").EnumerateArray().ToList();
        Assert.Equal(notices.Count, incidents.Count);
        for (int i = 0; i < notices.Count; i++)
        {
            var want = notices[i];
            var got = incidents[i];
            Assert.StartsWith(Key(want.GetProperty("titleStartsWith").GetString()), Key(got.Title), StringComparison.Ordinal);
            Assert.Equal(want.GetProperty("isIncident").GetBoolean(), got.IsIncident);
            if (want.GetProperty("isIncident").GetBoolean() && want.GetProperty("published").GetString() is { } published)
            {
                Assert.Equal(published, got.Published?.ToString());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_annotated_line_has_its_role(string name)
    {
        string text = File.ReadAllText(Path.Combine(Dir, name + ".txt"));
        var (_, probe) = LayoutProbe.Run(text);
        var lines = probe.Lines.Select(x => (Text: Key(x.Line), Code: Code(x.Role))).ToList();
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, name + ".json")));
        var wrong = new List<string>();
        foreach (var entry in gold.RootElement.GetProperty("roles").EnumerateArray())
        {
            string line = Key(entry.GetProperty("line").GetString());
            string role = entry.GetProperty("role").GetString()!;
            // Page furniture before the first notice or after the last is left out of every notice.
            var roles = lines.Where(x => x.Text == line).Select(x => x.Code).DefaultIfEmpty("chrome").ToList();
            if (!roles.Any(r => Alike(r, role)))
            {
                wrong.Add($"{line} [{role}] read as {string.Join('/', roles)}");
            }
        }
        Assert.True(wrong.Count == 0, name + ":\n" + string.Join('\n', wrong));
    }

    // Roles a careful reader may tell either way: a site's name over its menu (chrome, label or issuer), a title that is
    // the first sentence (title or lead), a masked credit (credit or chrome), and the closing blocks (issuer, contact,
    // signature), whose lines often serve two of them, and a page's footer (the site's address block).
    private static readonly string[][] AlikeRoles =
    [
        ["chrome", "label", "issuer"],
        ["title", "lead"],
        ["credit", "chrome"],
        ["issuer", "contact", "signature"],
        ["contact", "chrome"], // a page's footer is the site's address block
    ];

    private static bool Alike(string got, string want) => got == want || AlikeRoles.Any(g => g.Contains(got) && g.Contains(want));

    private static string Code(LineRole role) => JsonNamingPolicy.KebabCaseLower.ConvertName(role.ToString());

    private static string Key(string? s) => new((s ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
