using IncidentParsing.Input;
using IncidentParsing.Model;
using IncidentParsing.Pipeline;

namespace IncidentParsing.Tests.Input;

/// <summary>
/// PDF files made the way organizations make them: notices of this project's own making (Layout/Fixtures) laid out in
/// LibreOffice Writer (date and issuer right-aligned, a centred bold title, justified paragraphs wrapped by the page,
/// a page number in the footer) and printed to PDF by <c>tools/make-pdf-fixtures.py</c>. Each reads as the plain
/// text of the same notice: the same title, organization, published date, kinds, counts, fields and dates.
/// </summary>
public sealed class OfficePdfTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    private static string PdfDir => Path.Combine(SeedCorpus.Root, "tests", "IncidentParsing.Tests", "Input", "Pdf");
    private static string TextDir => Path.Combine(SeedCorpus.Root, "tests", "IncidentParsing.Tests", "Layout", "Fixtures");

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var pdf in Directory.EnumerateFiles(PdfDir, "*.pdf").Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileNameWithoutExtension(pdf));
        }
        return names;
    }

    private static string Facets(Incident i) => string.Join("\n",
        $"title: {i.Title}", $"organization: {i.Organization}", $"published: {i.Published}", $"incident: {i.IsIncident}",
        $"kinds: {string.Join(",", i.Kinds)}", $"status: {i.LeakStatus}",
        $"counts: {string.Join(",", i.Counts.Select(c => $"{c.Value}{c.Unit}"))}",
        $"fields: {string.Join(",", i.Fields.Select(f => f.Category.ToString()).Order(StringComparer.Ordinal))}",
        $"dates: {string.Join(",", i.Timeline.Select(t => t.Date.ToString()).Order(StringComparer.Ordinal))}");

    [Theory]
    [MemberData(nameof(Names))]
    public void A_word_processor_pdf_reads_as_the_plain_text_of_its_notice(string name)
    {
        var fromText = Assert.Single(Parser.Parse(File.ReadAllText(Path.Combine(TextDir, name + ".txt"))).Incidents);
        var read = NoticeReader.Read(File.ReadAllBytes(Path.Combine(PdfDir, name + ".pdf")), name + ".pdf");
        Assert.Equal(NoticeFormat.Pdf, read.Format);
        Assert.Empty(read.Diagnostics);
        var fromPdf = Assert.Single(Parser.ParseInput(read).Incidents);
        Assert.Equal(Facets(fromText), Facets(fromPdf));
        // The page numbers in the footer are no part of the text.
        Assert.DoesNotContain(read.Text.Split('\n'), line => line.Trim() is "1" or "2");
    }

    [Fact]
    public void The_fixtures_are_there()
    {
        Assert.True(Names().Count >= 5, $"the PDF fixtures in {PdfDir} (tools/make-pdf-fixtures.py makes them)");
    }
}
